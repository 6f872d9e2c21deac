package org.jresty.lib.jit;

import java.io.IOException;
import java.util.stream.Stream;
import org.jresty.Mode;
import org.jresty.lib.table.LuaScripts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Lua-level cases lua/jit_*.lua against outputs recorded with luajit, in both modes. */
class JitScriptsTest {
    static Stream<Arguments> cases() {
        return LuaScripts.cases("jit");
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("cases")
    void matchesLuajit(Mode mode, String script) throws IOException {
        LuaScripts.check(mode, script);
    }
}
