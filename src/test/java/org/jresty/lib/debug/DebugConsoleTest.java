package org.jresty.lib.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.jresty.Mode;
import org.jresty.lib.io.IoState;
import org.jresty.lib.io.LuaFile;
import org.jresty.lib.io.StdStreams;
import org.jresty.vm.LuaVM;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** debug.debug reads commands from stdin until "cont" or end of input; prompts and errors go to stderr. */
class DebugConsoleTest {
    private static String[] run(Mode mode, String stdin, String code) {
        LuaVM vm = new LuaVM(mode);
        IoState io = IoState.of(vm);
        io.in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.ISO_8859_1));
        ((LuaFile) io.stdin.payload).stream = StdStreams.stdin(io);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        io.err = new PrintStream(err, true, StandardCharsets.ISO_8859_1);
        String out = DebugScripts.run(vm, code.getBytes(StandardCharsets.ISO_8859_1), "=test");
        return new String[] {out, err.toString(StandardCharsets.ISO_8859_1)};
    }

    // Expected texts as luajit prints them (luajit -e 'debug.debug() print("after")' with this input).
    @ParameterizedTest
    @EnumSource(Mode.class)
    void runsCommandsUntilCont(Mode mode) {
        String[] r = run(mode, "print(\"hello from debug\")\nx = 1 +\nerror(\"boom\")\nerror({})\nprint(x)\ncont\n"
                + "print(\"not run\")\n", "debug.debug() print(\"after\", io.read(\"*l\"))");
        assertEquals("hello from debug\nnil\nafter\tprint(\"not run\")\n", r[0]);
        assertEquals("lua_debug> lua_debug> (debug command):2: unexpected symbol near '<eof>'\n"
                + "lua_debug> (debug command):1: boom\n"
                + "lua_debug> (error object is not a string)\n"
                + "lua_debug> lua_debug> ", r[1]);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void endOfInputEndsTheLoop(Mode mode) {
        String[] r = run(mode, "print(1)", "debug.debug() print(\"eof\")");
        assertEquals("1\neof\n", r[0]);
        assertEquals("lua_debug> lua_debug> ", r[1]);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void commandsSeeGlobals(Mode mode) {
        String[] r = run(mode, "shared = shared * 2\ncont\n", "shared = 21 debug.debug() print(shared)");
        assertEquals("42\n", r[0]);
    }
}
