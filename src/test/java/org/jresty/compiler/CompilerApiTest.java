package org.jresty.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.jresty.Mode;
import org.jresty.bytecode.CDataConst;
import org.jresty.bytecode.Proto;
import org.jresty.bytecode.TemplateTable;
import org.jresty.bytecode.VarInfo;
import org.jresty.runtime.LuaString;
import org.jresty.runtime.MapInterner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The compiler's Java API: chunk names in messages, Proto fields, constants, flags, interning. */
class CompilerApiTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String error(String src, String chunkname, Mode mode) {
        LuaSyntaxError e = assertThrows(LuaSyntaxError.class,
                () -> Compiler.compile(b(src), chunkname, mode, new MapInterner()));
        assertInstanceOf(LuaString.class, e.value);
        return e.getMessage();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void chunkNamesInMessages(Mode mode) {
        // expected texts from luajit: loadstring(src, name) returns these messages
        assertEquals("stdin:1: unexpected symbol near '='", error("= 1", "=stdin", mode));
        assertEquals("x.lua:2: '=' expected near '<eof>'", error("\nx", "@x.lua", mode));
        assertEquals("[string \"x = = 1\"]:1: unexpected symbol near '='", error("x = = 1", "x = = 1", mode));
        assertEquals("[string \"local a...\"]:2: unexpected symbol near '+'",
                error("local a\n+", "local a\n+", mode));
        assertEquals("[string \"123456789012345678901234567890123456789012345...\"]:1: unexpected symbol near '='",
                error("=", "1234567890123456789012345678901234567890123456789012345", mode));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void protoFields(Mode mode) {
        MapInterner in = new MapInterner();
        Proto main = Compiler.compile(b("local t = {1, 2, x = 'y'}\nlocal f = function(a, ...) return a, 1LL end\n"
                + "for i = 1, 2 do end\n"), "@m.lua", mode, in);
        assertEquals(Proto.VARARG | Proto.CHILD | Proto.FFI, main.flags);
        assertEquals(0, main.firstline);
        assertEquals(4, main.numline);
        assertSame(in.intern("@m.lua"), main.chunkname);
        assertEquals(main.bc.length, main.lineinfo.length);
        assertEquals(0, main.lineinfo[0]);
        TemplateTable tt = assertInstanceOf(TemplateTable.class, main.kgc[0]);
        assertEquals(3, tt.array.length);
        assertEquals(1, tt.hashBits);
        Proto f = assertInstanceOf(Proto.class, main.kgc[1]);
        assertEquals(1, f.numparams);
        assertEquals(Proto.VARARG | Proto.FFI, f.flags);
        assertEquals(2, f.firstline);
        assertInstanceOf(CDataConst.class, f.kgc[0]);
        assertEquals(new VarInfo("(for index)", 6, 8), main.varinfo[2]);
        assertEquals("i", main.varinfo[5].name());
        assertTrue(Compiler.isBytecode(new byte[] {0x1b, 'L', 'J'}));
        assertFalse(Compiler.isBytecode(b("return 1")));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void bytecodeBehindHeaderIsMalformed(Mode mode) {
        assertEquals("cannot load malformed bytecode", error("#!x\n\u001bLJ", "=x", mode));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void shortSrc(Mode mode) {
        assertEquals("file.lua", ChunkName.shortSrc("@file.lua"));
        assertEquals("stdin", ChunkName.shortSrc("=stdin"));
        assertEquals("[string \"print(1)\"]", ChunkName.shortSrc("print(1)"));
        assertEquals("[string \"a...\"]", ChunkName.shortSrc("a\nb"));
        String longPath = "@" + "d/".repeat(40) + "f.lua";
        assertEquals("..." + longPath.substring(longPath.length() - 56), ChunkName.shortSrc(longPath));
        assertEquals("x".repeat(59), ChunkName.shortSrc("=" + "x".repeat(70)));
        assertEquals("[builtin:name]", ChunkName.shortSrc("name", true));
    }
}
