package org.jresty.bytecode;

import static org.jresty.bytecode.BytecodeFiles.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jresty.Mode;
import org.jresty.runtime.LuaError;
import org.jresty.runtime.MapInterner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The dump format's details: constants, table order, debug info size, header checks and error names. */
class DumpFormatTest {
    private final MapInterner interner = new MapInterner();

    /** A function "return knum[0]" with the given number and GC constants, framesize 2. */
    private Proto returning(double[] knum, Object... kgc) {
        Proto p = new Proto();
        p.framesize = 2;
        p.bc = new int[] {Op.ad(Op.FUNCF, 2, 0), Op.ad(Op.KNUM, 0, 0), Op.ad(Op.RET1, 0, 2)};
        p.uv = new int[0];
        p.knum = knum;
        p.kgc = kgc;
        p.chunkname = interner.intern("=t");
        return p;
    }

    private Proto roundTrip(Proto p, Mode mode, boolean strip) {
        byte[] dump = DumpWriter.write(p, mode, strip, true);
        Proto back = DumpReader.read(dump, "=t", mode, interner);
        assertArrayEquals(dump, DumpWriter.write(back, mode, strip, true));
        return back;
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void numberConstantsKeepTheirBits(Mode mode) {
        double[] values = {0, 1, -1, 63, 64, -64, 2147483647, -2147483648, 2147483648.0, -2147483649.0, 0.5, -0.5,
                1e300, -1e-300, 4.9e-324, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0x1p52 + 3, 3e9,
                Double.longBitsToDouble(0x00000000_80000000L), Double.longBitsToDouble(0x3ff00000_fffffff1L)};
        Proto back = roundTrip(returning(values), mode, true);
        for (int i = 0; i < values.length; i++) {
            assertEquals(Double.doubleToRawLongBits(values[i]), Double.doubleToRawLongBits(back.knum[i]), "knum " + i);
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void integerConstantsUse33BitUleb(Mode mode) {
        byte[] dump = DumpWriter.write(returning(new double[] {-1, 1, 0.5}), mode, true, true);
        // knum section: -1 -> 2*0xffffffff as 33 bits; 1 -> 2; 0.5 -> low word 0 * 2 + 1, then high word 0x3fe00000
        byte[] expected = {(byte) 0xfe, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x1f, 0x02, 0x01,
                (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0xff, 0x03};
        int at = dump.length - 1 - expected.length;  // right before the final zero
        assertArrayEquals(expected, Arrays.copyOfRange(dump, at, at + expected.length));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void cdataConstantsRoundTrip(Mode mode) {
        CDataConst[] k = {CDataConst.int64(-5), CDataConst.uint64(-1L), CDataConst.complex(0, 2.5),
                CDataConst.int64(12345678901234L)};
        Proto back = roundTrip(returning(new double[] {1}, (Object[]) k), mode, false);
        assertEquals(List.of(k), List.of(back.kgc));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void deterministicDumpsSortTableKeysAsLuaJit(Mode mode) {
        TemplateTable t = new TemplateTable(0, 3);
        Object[] keys = {interner.intern("b"), 2.5, false, interner.intern("a"), true, -1.0, 1e10,
                interner.intern("ab")};
        for (Object key : keys) {
            TemplateTables.put(t, key, 1.0);
        }
        TemplateTables.put(t, interner.intern("marker"), null);
        Proto back = roundTrip(returning(new double[] {1}, t), mode, true);
        TemplateTable r = (TemplateTable) back.kgc[0];
        // numbers by their bits (negative ones last), then strings byte-wise, then true, then false
        List<Object> expected = List.of(2.5, 1e10, -1.0, interner.intern("a"), interner.intern("ab"),
                interner.intern("b"), interner.intern("marker"), true, false);
        assertEquals(expected, Arrays.asList(r.hashKeys).subList(0, r.hashCount));
        assertNull(r.hashValues[6], "the nil-value marker keeps its key");
        assertEquals(4, r.hashBits);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void nonDeterministicDumpsKeepInsertionOrder(Mode mode) {
        TemplateTable t = new TemplateTable(3, 1);
        t.array[1] = 1.0;
        t.array[2] = null;
        TemplateTables.put(t, interner.intern("z"), true);
        TemplateTables.put(t, interner.intern("a"), interner.intern("s"));
        byte[] dump = DumpWriter.write(returning(new double[] {1}, t), mode, true, false);
        TemplateTable r = (TemplateTable) DumpReader.read(dump, "=t", mode, interner).kgc[0];
        assertEquals(List.of(interner.intern("z"), interner.intern("a")), Arrays.asList(r.hashKeys).subList(0, 2));
        assertEquals(2, r.array.length, "trailing nils of the array part are not written");
        assertEquals(1.0, r.array[1]);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void debugInfoSizeIsWhatDumpsCarry(Mode mode) {
        for (String name : sources(GOLDEN)) {
            Proto main = DumpReader.read(bytes(GOLDEN.resolve(name + "." + tag(mode) + ".g.ljbc")), "=t", mode, interner);
            for (Proto p : all(main)) {
                assertEquals(DebugInfo.encode(p).length, DebugInfo.debugInfoSize(p), name);
            }
            Proto stripped = DumpReader.read(bytes(GOLDEN.resolve(name + "." + tag(mode) + ".ljbc")), "=t", mode, interner);
            assertEquals(0, DebugInfo.debugInfoSize(stripped));
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void wideLineInfoRoundTrips(Mode mode) {
        Proto p = returning(new double[] {1});
        p.firstline = 10;
        for (int numline : new int[] {255, 256, 65535, 65536, 100000}) {
            p.numline = numline;
            p.lineinfo = new int[] {10, 10 + numline / 2, 10 + numline};
            p.uvnames = new String[0];
            p.varinfo = new VarInfo[] {new VarInfo("(for index)", 1, 2), new VarInfo("x\u00e9", 1, 3)};
            Proto back = roundTrip(p, mode, false);
            assertArrayEquals(p.lineinfo, back.lineinfo);
            assertEquals(List.of(p.varinfo), List.of(back.varinfo));
            int width = numline < 256 ? 1 : numline < 65536 ? 2 : 4;
            assertEquals(2 * width + 1 + 3 + 4 + 1, DebugInfo.debugInfoSize(p));
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void bigEndianDumpsAreRead(Mode mode) {
        Proto p = returning(new double[] {7});
        byte[] le = DumpWriter.write(p, mode, true, true);
        byte[] be = le.clone();
        be[4] |= 0x01;
        // header (5) + length (1) + flags, params, framesize, #uv, #kgc, #kn, #bc (7) = instructions start at 13
        for (int at = 13; at < 13 + 8; at += 4) {
            for (int i = 0; i < 4; i++) {
                be[at + i] = le[at + 3 - i];
            }
        }
        Proto back = DumpReader.read(be, "=t", mode, interner);
        assertArrayEquals(p.bc, back.bc);
        assertEquals(7.0, back.knum[0]);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void strippedDumpsAreNamedByTheLoad(Mode mode) {
        byte[] dump = bytes(GOLDEN.resolve("closures." + tag(mode) + ".ljbc"));
        Proto p = DumpReader.read(dump, "@dir/x.lua", mode, interner);
        assertEquals("@dir/x.lua", p.chunkname.toString());
        assertEquals(0, p.firstline);
        assertNull(p.lineinfo);
        String asOwnName = new String(dump, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals("=?", DumpReader.read(dump, asOwnName, mode, interner).chunkname.toString());
        assertEquals("-- BYTECODE -- x.lua:0-0", Listing.list(p).lines().findFirst().orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void errorsNameTheChunkAsLuaJit(Mode mode) {
        byte[] bad = {0x1b, 'L', 'J', 2, (byte) (mode.fr2 ? 0x08 : 0), 1};
        assertEquals("x.lua: cannot load malformed bytecode", message(bad, "@x.lua", mode));
        assertEquals("stdin: cannot load malformed bytecode", message(bad, "=stdin", mode));
        assertEquals("(binary): cannot load malformed bytecode", message(bad, "\033LJ", mode));
        assertEquals("chunk: cannot load malformed bytecode", message(bad, "chunk", mode));
        byte[] version1 = {0x1b, 'L', 'J', 1, (byte) (mode.fr2 ? 0x08 : 0), 0};
        assertEquals("x: cannot load incompatible bytecode", message(version1, "=x", mode));
        byte[] unknownFlag = {0x1b, 'L', 'J', 2, (byte) (mode.fr2 ? 0x18 : 0x10), 0};
        assertEquals("x: cannot load incompatible bytecode", message(unknownFlag, "=x", mode));
        LuaError e = assertThrows(LuaError.class, () -> DumpReader.read(bad, "=x", mode, interner));
        assertFalse(e.wantsLocation, "the message is complete, like a syntax error's");
        byte[] notDump = {'r', 'e', 't'};
        assertEquals("x: cannot load incompatible bytecode", message(notDump, "=x", mode));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void prototypesMustFormOneTree(Mode mode) {
        byte[] one = DumpWriter.write(returning(new double[] {1}), mode, true, true);
        byte[] body = Arrays.copyOfRange(one, 5, one.length - 1);  // the length-prefixed prototype
        byte[] two = new byte[5 + 2 * body.length + 1];
        System.arraycopy(one, 0, two, 0, 5);
        System.arraycopy(body, 0, two, 5, body.length);
        System.arraycopy(body, 0, two, 5 + body.length, body.length);
        assertEquals("t: cannot load malformed bytecode", message(two, "=t", mode));
    }

    private String message(byte[] dump, String chunkname, Mode mode) {
        return assertThrows(LuaError.class, () -> DumpReader.read(dump, chunkname, mode, interner)).getMessage();
    }

    /** Every prototype of a tree, children first. */
    static List<Proto> all(Proto main) {
        List<Proto> out = new ArrayList<>();
        collect(main, out);
        return out;
    }

    private static void collect(Proto p, List<Proto> out) {
        for (Object k : p.kgc) {
            if (k instanceof Proto c) {
                collect(c, out);
            }
        }
        out.add(p);
    }
}
