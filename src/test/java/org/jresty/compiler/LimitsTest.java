package org.jresty.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.jresty.Mode;
import org.jresty.runtime.MapInterner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** LuaJIT's compile limits on generated sources; expected messages are what the Debian luajit printed. */
class LimitsTest {
    private static String error(String src, String name, Mode mode) {
        LuaSyntaxError e = assertThrows(LuaSyntaxError.class, () -> Compiler.compile(
                src.getBytes(StandardCharsets.ISO_8859_1), "@" + name, mode, new MapInterner()));
        return e.getMessage();
    }

    private static String list(int n, String fmt, String sep) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(sep);
            sb.append(fmt.replace("%d", Integer.toString(i)));
        }
        return sb.toString();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void tooManySlots(Mode mode) {
        // GC64's call frame takes one slot more, so x64 mode overflows one argument later
        String near = mode == Mode.GC64 ? "a248" : "a249";
        assertEquals("slots.lua:1: function or expression too complex near '" + near + "'",
                error("f(" + list(260, "a%d", ", ") + ")\n", "slots.lua", mode));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void tooManySyntaxLevels(Mode mode) {
        assertEquals("slots2.lua:1: chunk has too many syntax levels",
                error("local x = " + list(300, "a", " .. ") + "\n", "slots2.lua", mode));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void variableStackLimit(Mode mode) {
        assertEquals("vstack.lua:65477: chunk has more than 65476 local variables",
                error("do local a end\n".repeat(70000), "vstack.lua", mode));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void tooManyConstants(Mode mode) {
        assertEquals("consts.lua:70002: main function has more than 65536 constants",
                error("local t = {}\n" + list(70000, "t[%d.5] = 1\n", ""), "consts.lua", mode));
        assertEquals("sconsts.lua:70002: main function has more than 65536 constants",
                error("local t = {}\n" + list(70000, "t.k%d = 1\n", ""), "sconsts.lua", mode));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void controlStructureTooLong(Mode mode) {
        assertEquals("j.lua:20004: control structure too long near '<eof>'",
                error("local x = 0\nif x then\n" + list(20000, "x = x + %d", "\n") + "\nend\n", "j.lua", mode));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void nulEndsTheQuotedToken(Mode mode) {
        // messages are C strings: the token text stops at a NUL byte
        assertEquals("strnul.lua:1: unexpected symbol near '1'", error("x = 'a\0b' 1\n", "strnul.lua", mode));
        assertEquals("s.lua:1: unfinished string near ''a'", error("x = 'a\0b\n'", "s.lua", mode));
    }
}
