package org.jresty.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.jresty.Mode;
import org.jresty.runtime.LuaClosure;
import org.jresty.runtime.LuaError;
import org.jresty.vm.LuaVM;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The compile tier: programs compiled eagerly (hotloop 0) must print exactly what the interpreter alone prints,
 * and the compiled code must really have run (the interpreter counts entries into compiled code).
 */
class CompileTierTest {
    /** A VM with the tier forced on for every prototype, or off. */
    private static LuaVM vm(Mode mode, boolean jit) {
        LuaVM vm = new LuaVM(mode);
        vm.jit.setOn(jit);
        vm.jit.setHotloop(0);
        return vm;
    }

    /** Runs src and returns what it printed, an uncaught error appended with its traceback. */
    private static String run(LuaVM vm, String src) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        vm.out = new PrintStream(out, true, StandardCharsets.ISO_8859_1);
        try {
            vm.callWithTraceback(vm.load(src.getBytes(StandardCharsets.ISO_8859_1), "=t"));
        } catch (LuaError e) {
            vm.out.print("UNCAUGHT: " + e.getMessage() + "\n" + e.luaTraceback + "\n");
        }
        // the last traceback line names the host function's address, which differs between VMs
        return out.toString(StandardCharsets.ISO_8859_1).replaceAll("\\[C\\]: at 0x\\p{XDigit}+", "[C]: at 0x");
    }

    /** Same output with and without the tier; returns the compiled VM (its counters). */
    private static LuaVM same(Mode mode, String src) {
        LuaVM off = vm(mode, false), on = vm(mode, true);
        String expected = run(off, src);
        String actual = run(on, src);
        assertEquals(expected, actual);
        assertEquals(0, off.interp.jitEntries);
        assertTrue(on.interp.jitEntries > 0, "compiled code ran");
        assertTrue(on.jit.compiled > 0, "prototypes compiled");
        return on;
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void arithmeticComparisonsAndLoops(Mode mode) {
        LuaVM vm = same(mode, """
                local s, n = 0, 0
                for i = 1, 100 do
                  local x = i * 1.5 - i / 3 + i % 7 - (-i) ^ 2
                  if x < 10 then s = s + 1 elseif x >= 100 then s = s - x else s = s + x % 3 end
                  if i <= 50 and not (i > 20) then n = n + 1 end
                  if x == 5 or x ~= x then n = n + 100 end
                end
                for i = 10, 1, -3 do n = n + i end
                for i = 1, 0 do n = n + 1000 end
                local j = 0
                while j < 10 do j = j + 1 end
                repeat j = j - 2 until j < 0
                print(s, n, j, 7 % -3, -7 % 3, 5.5 % 0, 2 ^ 0.5, 1 / 0, -1 / 0, 0 / 0 ~= 0 / 0)
                print(math.huge % 2, "10" + 5, "0x10" * 2, 10 .. 20, #"abc", -"2")
                """);
        assertTrue(vm.interp.jitEntries >= 1);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void tablesGlobalsUpvaluesAndIterators(Mode mode) {
        same(mode, """
                local t, h = {}, {a = 1, b = 2}
                for i = 1, 50 do t[i] = i * i end
                t[#t + 1] = "x"
                local s = 0
                for i, v in ipairs(t) do if type(v) == "number" then s = s + v end end
                for k, v in pairs(h) do s = s + v end
                for k, v in next, h do s = s + v end
                local keys = {}
                for k in pairs({x = 1, y = 2, z = 3}) do keys[#keys + 1] = k end
                table.sort(keys)
                G = 5
                G = G + 1
                local up = 0
                local function inc(d) up = up + d; return up end
                for i = 1, 10 do inc(i) end
                local m = {1, 2, 3, n = {deep = {v = 7}}}
                print(s, #t, t[3], t.n, m.n.deep.v, G, up, table.concat(keys, ","), select("#", 1, 2, 3))
                local function va(...) local a, b = ...; return select("#", ...), a, b, {...} end
                local c, a, b, packed = va(1, nil, 3)
                print(c, a, b, #packed)
                local parts = {}
                for i = 1, 5 do parts[i] = "p" .. i .. "." .. i * 0.5 end
                print(table.concat(parts, " "))
                """);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void metamethodsErrorsAndTracebacks(Mode mode) {
        same(mode, """
                local V = {}
                V.__index = V
                V.__add = function(a, b) return setmetatable({x = a.x + b.x}, V) end
                V.__eq = function(a, b) return a.x == b.x end
                V.__lt = function(a, b) return a.x < b.x end
                V.__le = function(a, b) return a.x <= b.x end
                V.__concat = function(a, b) return "V" .. (type(a) == "table" and a.x or a) end
                V.__len = function(a) return 42 end
                V.__unm = function(a) return setmetatable({x = -a.x}, V) end
                V.__newindex = function(t, k, v) rawset(t, k, v * 2) end
                function V.get(self) return self.x end
                local a, b = setmetatable({x = 1}, V), setmetatable({x = 2}, V)
                local c = a + b
                print(c:get(), a == b, a < b, a <= b, b < a, a .. "s", "s" .. a, (-a).x)
                c.y = 5
                print(rawget(c, "y"), a ~= b, setmetatable({}, {__index = function(t, k) return k .. "!" end}).hi)
                local function f(t) return t.x.y end
                print(pcall(f, {}))
                print(pcall(function() local q; return q + 1 end))
                print(pcall(function() return {} < {} end))
                print(pcall(function() return 1 < "2" end))
                print(pcall(function() local t = {}; t[nil] = 1 end))
                print(pcall(function() return ("x") .. {} end))
                print(pcall(function() for i = 1, "x" do end end))
                print(pcall(function() undefinedfunction() end))
                local function deep(n) if n == 0 then error("bottom") end return deep(n - 1) + 1 end
                print(pcall(deep, 3))
                print(debug.getinfo(1, "l").currentline)
                local function lvl() return debug.traceback("tb") end
                print(lvl())
                local t = nil
                print(t.field)
                """);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void coroutinesAcrossCompiledCode(Mode mode) {
        same(mode, """
                local co = coroutine.wrap(function(a)
                  local s = a
                  for i = 1, 5 do s = s + coroutine.yield(s) end
                  return "done", s
                end)
                local r = {}
                r[1] = co(1)
                for i = 2, 6 do r[i] = tostring(co(i)) end
                print(table.concat(r, " "))
                local gen = coroutine.wrap(function() for k, v in pairs({10, 20, 30}) do coroutine.yield(k, v) end end)
                print(gen()) print(gen()) print(gen())
                print(coroutine.resume(coroutine.create(function() local x = nil; return x.y end)))
                """);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void hooksTurnCompiledCodeOff(Mode mode) {
        LuaVM vm = vm(mode, true);
        String out = run(vm, """
                local n = 0
                debug.sethook(function() n = n + 1 end, "", 1)
                local s = 0
                for i = 1, 100 do s = s + i end
                debug.sethook()
                print(s, n > 100)
                """);
        assertEquals("5050\ttrue\n", out);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void jitOffStopsEnteringAndFlushDropsCode(Mode mode) {
        LuaVM vm = vm(mode, true);
        run(vm, "function f(n) local s = 0 for i = 1, n do s = s + i end return s end print(f(10))");
        LuaClosure f = (LuaClosure) vm.globals.getStr(vm.intern("f"));
        assertNotNull(f.proto.compiled);
        run(vm, "jit.off()");
        assertNull(f.proto.compiled);
        long entries = vm.interp.jitEntries;
        assertEquals("55\n", run(vm, "print(f(10))"));
        assertEquals(entries, vm.interp.jitEntries);
        run(vm, "jit.on() jit.off(f)");
        assertEquals("55\n", run(vm, "print(f(10))"));
        assertNull(f.proto.compiled);
        run(vm, "jit.on(f) print(f(10))");
        assertNotNull(f.proto.compiled);
        run(vm, "jit.flush(f)");
        assertNull(f.proto.compiled);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void equalPrototypesShareCodeButNotConstants(Mode mode) {
        LuaVM a = vm(mode, true), b = vm(mode, true);
        // the same instructions and number constants, other strings: one class, each prototype's own strings
        assertEquals("a.x\t1.5\n", run(a, "function f(t) return t.x, 1.5 end print(f({x = 'a.x'}))"));
        assertEquals("b.y\t1.5\n", run(b, "function f(t) return t.y, 1.5 end print(f({y = 'b.y'}))"));
        LuaClosure fa = (LuaClosure) a.globals.getStr(a.intern("f"));
        LuaClosure fb = (LuaClosure) b.globals.getStr(b.intern("f"));
        assertNotNull(fa.proto.compiled);
        assertSame(fa.proto.compiled, fb.proto.compiled);
        assertEquals("nil\t1.5\n", run(b, "print(f({x = 1}))"));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void speculationThatFailsIsCompiledAway(Mode mode) {
        // t * i is kept as a double, speculating on a number; __mul returns a table: each time the frame goes
        // back to the interpreter, until f is compiled again without speculating
        String src = """
                local W = setmetatable({}, {__mul = function(a, b) return {v = b} end})
                function f(t, n)
                  local acc = 0
                  for i = 1, n do local r = t * i; acc = acc + (type(r) == "table" and r.v or r) end
                  return acc
                end
                local s = 0
                for _ = 1, 30 do s = s + f(W, 5) + f(2, 5) end
                print(s)
                """;
        LuaVM on = same(mode, src);
        LuaClosure f = (LuaClosure) on.globals.getStr(on.intern("f"));
        assertTrue(f.proto.jitDeopts >= org.jresty.vm.Compiled.DEOPT_LIMIT);
        assertNotNull(f.proto.compiled);
        assertEquals(0, on.jit.failed);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void hotnessAsLuaJit(Mode mode) {
        LuaVM vm = new LuaVM(mode);
        vm.jit.setHotloop(Jit.HOTLOOP); // LuaJIT's default 56: a call counts 1, a loop iteration 2
        run(vm, "function f() end function g() for i = 1, 55 do end end");
        LuaClosure f = (LuaClosure) vm.globals.getStr(vm.intern("f"));
        LuaClosure g = (LuaClosure) vm.globals.getStr(vm.intern("g"));
        run(vm, "for i = 1, 111 do f() end g()");
        assertNull(f.proto.compiled);
        assertNull(g.proto.compiled);
        run(vm, "f() g()");
        assertNotNull(f.proto.compiled);
        assertNotNull(g.proto.compiled);
    }

    /** A chunk of n lines of table stores, arithmetic, calls, loops and branches. */
    private static String bigChunk(int n) {
        StringBuilder src = new StringBuilder("local t, s = {}, 0\n");
        for (int i = 0; i < n; i++) {
            switch (i % 4) {
                case 0 -> src.append("t[").append(i % 100 + 1).append("] = (t[1] or 0) + ").append(i).append('\n');
                case 1 -> src.append("for j = 1, 3 do s = s + j * ").append(i).append(" end\n");
                case 2 -> src.append("if s % 2 == 0 then s = s + 1 else s = s - 1 end\n");
                default -> src.append("s = s + select('#', ").append(i).append(", s)\n");
            }
        }
        return src.append("print(t[1], t[50], s)\n").toString();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void bigPrototypesAreSplitIntoMethods(Mode mode) {
        String src = bigChunk(600); // far above 7000 bytes of JVM code in one method
        LuaVM on = vm(mode, true);
        assertEquals(run(vm(mode, false), src), run(on, src));
        assertEquals(0, on.jit.tooBig);
        assertEquals(0, on.jit.failed);
        LuaVM huge = vm(mode, true);
        String hugeSrc = bigChunk(4000);
        assertEquals(run(vm(mode, false), hugeSrc), run(huge, hugeSrc));
        assertEquals(1, huge.jit.tooBig);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void interruptStopsACompiledLoopWithoutCalls(Mode mode) throws Exception {
        LuaVM vm = vm(mode, true);
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
            vm.interrupted = true;
        });
        t.start();
        String out = run(vm, "local x = 0 while true do x = x + 1 end");
        t.join();
        assertTrue(out.startsWith("UNCAUGHT: t:1: interrupted!"), out);
        assertTrue(vm.interp.jitEntries > 0);
    }
}
