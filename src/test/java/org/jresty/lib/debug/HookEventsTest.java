package org.jresty.lib.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jresty.Mode;
import org.jresty.vm.LuaVM;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hook events (call, return, line, count) against luajit's recorded output. They need the interpreter to
 * report instructions and function entries to {@link Hooks}; until it does these tests are skipped.
 */
class HookEventsTest {
    /** True when a count hook fires, i.e. the interpreter calls Hooks.instruction. */
    static boolean interpreterReportsHooks() {
        LuaVM vm = new LuaVM(Mode.GC64);
        String probe = "local n = 0 debug.sethook(function() n = n + 1 end, '', 1) local x = 1 debug.sethook() print(n)";
        return !DebugScripts.run(vm, probe.getBytes(StandardCharsets.ISO_8859_1), "=probe").equals("0\n");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void hookEventsMatchLuajit(Mode mode) throws IOException {
        assumeTrue(interpreterReportsHooks(), "the interpreter does not report hook events yet");
        DebugScripts.check("hooks", mode);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void countHookFiresEveryNthInstruction(Mode mode) {
        assumeTrue(interpreterReportsHooks(), "the interpreter does not report hook events yet");
        String code = """
                local lines = {}
                debug.sethook(function() lines[#lines + 1] = debug.getinfo(2, "l").currentline end, "", 2)
                local z = 1
                z = z + 1
                z = z + 2
                z = z + 3
                debug.sethook()
                print(table.concat(lines, " "))
                """;
        // KSHORT(3) ADDVN(4) ADDVN(5) ADDVN(6) GGET(7) TGETS(7): every second one fires
        assertEquals("4 6 7\n", DebugScripts.run(new LuaVM(mode), code.getBytes(StandardCharsets.ISO_8859_1), "=c"));
    }
}
