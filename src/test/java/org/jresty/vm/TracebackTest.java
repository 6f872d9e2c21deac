package org.jresty.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.jresty.Mode;
import org.jresty.lib.Args;
import org.jresty.runtime.Builtin;
import org.jresty.runtime.LuaString;
import org.jresty.runtime.LuaThread;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * debug.traceback's format through {@link Traceback}: a test builtin tb(msg, level[, co]) stands in for the
 * debug library. Expected texts are luajit's (its last "[C]: at 0x..." line is the host's C frame; ours is the
 * protected call the runner makes, printed the same way and masked here).
 */
class TracebackTest {
    private static String run(Mode mode, String code) {
        LuaVM vm = new LuaVM(mode);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        vm.out = new PrintStream(out, true, StandardCharsets.ISO_8859_1);
        vm.globals.setStr(vm.intern("tb"), Builtin.of("traceback", (L, base, nargs) -> {
            LuaThread target = Args.arg(L, 3) instanceof LuaThread co ? co : L;
            Object m = Args.arg(L, 1);
            int level = Args.optInt(L, 2, target == L ? 1 : 0);
            L.stack[base] = L.vm.intern(Traceback.traceback(target, m instanceof LuaString s ? s.toString() : null,
                    level));
            return 1;
        }));
        vm.callWithTraceback(vm.load(code.getBytes(StandardCharsets.ISO_8859_1), "@tb.lua"));
        return out.toString(StandardCharsets.ISO_8859_1).replaceAll("\\[C\\]: at 0x[0-9a-f]+", "[C]: at ?");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void longStacksAreCut(Mode mode) {
        String out = run(mode, "local function rec(n) if n == 0 then print(tb('deep', 1)) return end rec(n - 1) end\n"
                + "rec(30)\n");
        String rec = "\ttb.lua:1: in function 'rec'\n";
        assertEquals("deep\nstack traceback:\n" + rec.repeat(11) + "\t...\n" + rec.repeat(8)
                + "\ttb.lua:2: in main chunk\n\t[C]: at ?\n", out);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void methodsMetamethodsAndCoroutines(Mode mode) {
        String out = run(mode, "local obj = {}\n"
                + "function obj:method() print(tb()) end\n"
                + "obj:method()\n"
                + "local co = coroutine.create(function(a) local x = coroutine.yield(a) error('boom') end)\n"
                + "coroutine.resume(co, 1)\n"
                + "print(tb(nil, nil, co))\n"
                + "print(tb('msg', 0, co))\n"
                + "print(coroutine.resume(co))\n"
                + "print(tb(nil, nil, co))\n"
                + "local t = setmetatable({}, {__index = function() print(tb()) end})\n"
                + "local _ = t.x\n");
        assertEquals("stack traceback:\n\ttb.lua:2: in function 'method'\n\ttb.lua:3: in main chunk\n\t[C]: at ?\n"
                + "stack traceback:\n\t[C]: in function 'yield'\n\ttb.lua:4: in function <tb.lua:4>\n"
                + "msg\nstack traceback:\n\t[C]: in function 'yield'\n\ttb.lua:4: in function <tb.lua:4>\n"
                + "false\ttb.lua:4: boom\n"
                + "stack traceback:\n\t[C]: in function 'error'\n\ttb.lua:4: in function <tb.lua:4>\n"
                + "stack traceback:\n\ttb.lua:10: in function '__index'\n\ttb.lua:11: in main chunk\n\t[C]: at ?\n",
                out);
    }
}
