package org.jresty.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jresty.runtime.LuaString;
import org.jresty.runtime.MapInterner;
import org.junit.jupiter.api.Test;

/** Listing details that the golden files exercise little: string quoting, locations, operand kinds. */
class ListingTest {
    private final MapInterner interner = new MapInterner();

    private LuaString str(String latin1) {
        return interner.intern(latin1);
    }

    @Test
    void stringsAreEscapedAndCut() {
        assertEquals("\"a\\tb\\nc\\rd\\000e\\027f\\127\"", Listing.quote(str("a\tb\nc\rd\0e\033f\177")));
        assertEquals("\"\u00e9\u00ff\"", Listing.quote(str("\u00e9\u00ff")), "bytes above 127 are printed as they are");
        String forty = "x".repeat(40);
        assertEquals("\"" + forty + "\"", Listing.quote(str(forty)));
        assertEquals("\"" + forty + "\"~", Listing.quote(str(forty + "y")));
        // the cut counts escaped text but the test for a cut counts the original bytes
        assertEquals("\"" + "\\000".repeat(10) + "\"~", Listing.quote(str("\0".repeat(41))));
    }

    private Proto named(String chunkname, int firstline) {
        Proto p = new Proto();
        p.chunkname = str(chunkname);
        p.firstline = firstline;
        return p;
    }

    @Test
    void locationsFollowLuaJit() {
        assertEquals("c.lua:3", FunctionLocation.of(named("@/a/b/c.lua", 3)));
        assertEquals("b.lua:0", FunctionLocation.of(named("@a\\b.lua", 0)));
        assertEquals("/x:0", FunctionLocation.of(named("@/x", 0)));
        assertEquals(":0", FunctionLocation.of(named("@dir/", 0)));
        assertEquals("stdin:7", FunctionLocation.of(named("=stdin", 7)));
        assertEquals("\"code\":1", FunctionLocation.of(named("code", 1)));
        String forty = "b".repeat(40);
        assertEquals("\"" + forty + "\":0", FunctionLocation.of(named(forty, 0)));
        String address = FunctionLocation.of(named("=" + forty, 0));
        assertEquals(true, address.matches("0x[0-9a-f]+:0"), address);
    }

    @Test
    void operandKindsAreShown() {
        Proto p = new Proto();
        p.chunkname = str("=t");
        p.framesize = 3;
        p.uv = new int[] {0};
        p.uvnames = new String[] {"up"};
        p.kgc = new Object[] {str("k")};
        p.knum = new double[] {0x1p52 + 3, 0.25};
        p.bc = new int[] {Op.ad(Op.FUNCF, 3, 0), Op.ad(Op.KSHORT, 0, 0xffff), Op.ad(Op.USETS, 0, 0),
                Op.ad(Op.TSETM, 1, 0), Op.abc(Op.ADDVN, 2, 1, 1), Op.ad(Op.IST, 0, 2), Op.ad(Op.JMP, 1, Op.JUMP_BIAS - 4),
                Op.ad(Op.RET0, 0, 1)};
        assertEquals("""
                -- BYTECODE -- t:0-0
                KGC    0    "k"
                KN    1    0.25
                0001    KSHORT   0  -1
                0002    USETS    0   0      ; up ; "k"
                0003 => TSETM    1   0      ; 3
                0004    ADDVN    2   1   1  ; 0.25
                0005    IST          2
                0006    JMP      1 => 0003
                0007    RET0     0   1

                """, Listing.list(p));
        assertEquals("0001    [-1]    KSHORT   0  -1\n", Listing.line(p, 1, null, true));
        p.firstline = 3;
        p.numline = 9;
        p.lineinfo = new int[] {3, 12, 4, 4, 4, 4, 4, 4};
        assertEquals("0001    [12] => KSHORT   0  -1\n", Listing.line(p, 1, "=>", true));
    }
}
