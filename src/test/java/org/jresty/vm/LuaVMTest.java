package org.jresty.vm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.jresty.Mode;
import org.jresty.runtime.Builtin;
import org.jresty.runtime.LuaError;
import org.jresty.runtime.LuaFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The VM's public API from Java, in both modes. */
class LuaVMTest {
    private static LuaFunction load(LuaVM vm, String code) {
        return vm.load(code.getBytes(StandardCharsets.ISO_8859_1), "@test.lua");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void loadAndCallReturnsResults(Mode mode) {
        LuaVM vm = new LuaVM(mode);
        Object[] r = vm.call(load(vm, "local a, b = ... return a + b, 'x', nil"), 1.0, 2.0);
        assertArrayEquals(new Object[] {3.0, vm.intern("x"), null}, r);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void errorsCarryTheLuaValueWithPosition(Mode mode) {
        LuaVM vm = new LuaVM(mode);
        LuaError e = assertThrows(LuaError.class, () -> vm.call(load(vm, "local t\nreturn t.x")));
        assertEquals("test.lua:2: attempt to index local 't' (a nil value)", e.getMessage());
        // The VM stays usable after an error.
        assertArrayEquals(new Object[] {2.0}, vm.call(load(vm, "return 1 + 1")));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void tracebackIsCapturedWhereTheErrorIsRaised(Mode mode) {
        LuaVM vm = new LuaVM(mode);
        LuaError e = assertThrows(LuaError.class, () -> vm.callWithTraceback(
                load(vm, "local function inner()\n  error('boom')\nend\nfunction outer() inner() end\nouter()\n")));
        assertEquals("test.lua:2: boom", e.getMessage());
        assertEquals("stack traceback:\n"
                + "\t[C]: in function 'error'\n"
                + "\ttest.lua:2: in function 'inner'\n"
                + "\ttest.lua:4: in function 'outer'\n"
                + "\ttest.lua:5: in main chunk\n"
                + "\t[C]: at " + LuaVM.address(vm.globals.getStr(vm.intern("xpcall"))), e.luaTraceback);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void builtinsCallBackIntoLuaButCannotYieldThrough(Mode mode) {
        LuaVM vm = new LuaVM(mode);
        vm.globals.setStr(vm.intern("apply"), Builtin.of("apply", (L, base, nargs) -> {
            Object[] r = L.vm.call(L, L.stack[base], L.stack[base + 1]);
            L.stack[base] = r.length > 0 ? r[0] : null;
            return 1;
        }));
        Object[] r = vm.call(load(vm, "return apply(function(x) return x * 2 end, 21)"));
        assertArrayEquals(new Object[] {42.0}, r);
        Object[] y = vm.call(load(vm, "local co = coroutine.create(function() return apply(coroutine.yield, 1) end)\n"
                + "return coroutine.resume(co)"));
        assertArrayEquals(new Object[] {Boolean.FALSE, vm.intern("attempt to yield across C-call boundary")}, y);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void printWritesToTheVmStreamAndTailCallsRunInConstantStack(Mode mode) {
        LuaVM vm = new LuaVM(mode);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        vm.out = new PrintStream(out, true, StandardCharsets.ISO_8859_1);
        vm.call(load(vm, "local function loop(n) if n == 0 then return 'done' end return loop(n - 1) end\n"
                + "print(loop(1000000), 1/0, -0.0, 2^63)"));
        assertEquals("done\tinf\t-0\t9.2233720368548e+18\n", out.toString(StandardCharsets.ISO_8859_1));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void syntaxErrorsAreLuaErrors(Mode mode) {
        LuaVM vm = new LuaVM(mode);
        LuaError e = assertThrows(LuaError.class, () -> load(vm, "x = = 1"));
        assertEquals("test.lua:1: unexpected symbol near '='", e.getMessage());
        Object[] r = vm.call(load(vm, "return loadstring('x = = 1')"));
        assertNull(r[0]);
        assertTrue(r[1].toString().contains("unexpected symbol near '='"), r[1].toString());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void anInterruptStopsLoopsWithoutCalls(Mode mode) throws Exception {
        LuaVM vm = new LuaVM(mode);
        Thread stopper = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                return;
            }
            vm.interrupted = true;
        });
        stopper.start();
        LuaError e = assertThrows(LuaError.class, () -> vm.call(load(vm, "local n = 0\nwhile true do n = n + 1 end")));
        assertEquals("test.lua:2: interrupted!", e.getMessage());
        stopper.join();
        vm.interrupted = true;
        e = assertThrows(LuaError.class, () -> vm.call(load(vm, "for i = 1, 1e300 do end")));
        assertEquals("test.lua:1: interrupted!", e.getMessage());
    }
}
