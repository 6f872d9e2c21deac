package org.jresty.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jresty.Mode;
import org.jresty.heap.Collector;
import org.jresty.heap.Heap;
import org.jresty.heap.RootSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The string table's sparse hash, its fall back to full hashing for colliding chains, ownership, and StrCat. */
class StringTableHashTest {
    /** n strings of len bytes that differ only at byte pos (i spelled in base 26 over three bytes). */
    private static List<byte[]> sameSamples(int n, int len, int pos) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byte[] b = new byte[len];
            java.util.Arrays.fill(b, (byte) 'x');
            b[pos] = (byte) ('a' + i % 26);
            b[pos + 1] = (byte) ('a' + i / 26 % 26);
            b[pos + 2] = (byte) ('a' + i / 676);
            out.add(b);
        }
        return out;
    }

    private static final class Roots implements RootSet {
        final List<Object> roots = new ArrayList<>();

        @Override
        public void markRoots(Collector c) {
            roots.forEach(c::mark);
        }

        @Override
        public void callFinalizer(Object gcFunction, GCObject object) {
        }
    }

    /** A heap with these roots, fully collected once (the start-up garbage gone). */
    private static Heap collectedHeap(Mode mode, Roots roots) {
        Heap h = new Heap(mode);
        h.setRoots(roots);
        h.fullGc();
        return h;
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void longStringsWithEqualSamplesStayDistinct(Mode mode) {
        Heap h = new Heap(mode);
        StringTable st = h.strings;
        // Bytes 5..7 of a 100-byte string are outside every sampled word: all 300 share one sparse hash.
        List<byte[]> raw = sameSamples(300, 100, 5);
        int sparse = StrHash.sparse(raw.get(0), 0, 100);
        for (byte[] b : raw) {
            assertEquals(sparse, StrHash.sparse(b, 0, 100));
        }
        List<LuaString> strs = new ArrayList<>();
        for (byte[] b : raw) {
            strs.add(st.intern(b, 0, b.length));
        }
        assertTrue(st.denseSlotCount() >= 1, "the colliding chain turned to full hashing");
        for (int i = 0; i < raw.size(); i++) {
            assertSame(strs.get(i), st.intern(raw.get(i).clone(), 0, 100), "string " + i + " is found again");
            for (int j = 0; j < i; j++) {
                assertNotSame(strs.get(i), strs.get(j));
            }
        }
        LuaTable t = new LuaTable(h);
        for (int i = 0; i < strs.size(); i++) {
            t.setStr(strs.get(i), (double) i);
        }
        for (int i = 0; i < strs.size(); i++) {
            assertEquals((double) i, t.getStr(strs.get(i)));
        }
        assertEquals(300, t.nkeys());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void shortStringsWithEqualHashesStayDistinct(Mode mode) {
        Heap h = new Heap(mode);
        // "Aa" and "BB" have the same polynomial hash, so all 64 strings of six of them collide.
        List<LuaString> strs = new ArrayList<>();
        for (int m = 0; m < 64; m++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < 6; k++) {
                sb.append((m >> k & 1) == 0 ? "Aa" : "BB");
            }
            strs.add(h.intern(sb.toString()));
        }
        for (LuaString s : strs) {
            assertEquals(strs.get(0).hashCode(), s.hashCode());
            assertSame(s, h.intern(s.toString()));
        }
        LuaTable t = new LuaTable(h);
        for (int i = 0; i < 64; i++) {
            t.setStr(strs.get(i), (double) i);
        }
        for (int i = 0; i < 64; i++) {
            assertEquals((double) i, t.getStr(strs.get(i)));
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void collidingStringsAreCollectedAndTheCountReturns(Mode mode) {
        Roots roots = new Roots();
        Heap h = collectedHeap(mode, roots);
        long base = h.total();
        int strings = h.strings.size();
        for (byte[] b : sameSamples(500, 64, 5)) {
            h.strings.intern(b, 0, b.length);
        }
        long grown = h.total();
        assertTrue(grown > base);
        h.fullGc();
        h.fullGc();
        assertEquals(strings, h.strings.size());
        // Interning them again (now unmarked) rebuilds the dense chains from an empty state.
        for (byte[] b : sameSamples(500, 64, 5)) {
            roots.roots.add(h.strings.intern(b, 0, b.length));
        }
        h.fullGc();
        assertEquals(strings + 500, h.strings.size());
        for (byte[] b : sameSamples(500, 64, 5)) {
            assertTrue(roots.roots.contains(h.strings.intern(b, 0, b.length)));
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void internOwnedKeepsAFreshArrayOnlyForNewStrings(Mode mode) {
        Heap h = new Heap(mode);
        byte[] fresh = "owned string".getBytes(StandardCharsets.ISO_8859_1);
        LuaString s = h.strings.internOwned(fresh);
        assertSame(fresh, s.bytes());
        byte[] again = "owned string".getBytes(StandardCharsets.ISO_8859_1);
        assertSame(s, h.strings.internOwned(again));
        byte[] copied = "copied string".getBytes(StandardCharsets.ISO_8859_1);
        assertNotSame(copied, h.strings.intern(copied, 0, copied.length).bytes());
        assertSame(h.strings.empty, h.strings.internOwned(new byte[0]));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void longKeyHashReadsEveryByte(Mode mode) {
        Heap h = new Heap(mode);
        byte[] a = new byte[40];
        byte[] b = new byte[40];
        java.util.Arrays.fill(a, (byte) 'q');
        java.util.Arrays.fill(b, (byte) 'q');
        b[9] = 'r';
        LuaString sa = h.strings.intern(a, 0, 40);
        LuaString sb = h.strings.intern(b, 0, 40);
        assertEquals(sa.sparseHash(), sb.sparseHash());
        assertTrue(sa.hashCode() != sb.hashCode());
        assertEquals(LuaString.hashOf(b, 0, 40), sb.hashCode());
        // A twin (not interned) instance hashes and compares by content.
        assertEquals(sb, new LuaString(b, 0, 40));
        assertEquals(sb.hashCode(), new LuaString(b, 0, 40).hashCode());
    }

    private static String cat(Heap h, Object... parts) {
        return StrCat.concat(h.strings, parts, 0, parts.length).toString();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void concatenationWritesNumbersAsLuaJit(Mode mode) {
        Heap h = new Heap(mode);
        LuaString x = h.intern("x");
        assertEquals("-0x", cat(h, -0.0, x));
        assertEquals("0x", cat(h, 0.0, x));
        assertEquals("1e+15", cat(h, 1e15, h.strings.empty));
        assertEquals("1e+14|99999999999999|-99999999999999", cat(h, 1e14, h.intern("|"), 99999999999999.0,
                h.intern("|"), -99999999999999.0));
        assertEquals("9.007199254741e+15", cat(h, 9007199254740992.0, h.strings.empty));
        assertEquals("1e+100", cat(h, 1e100, h.strings.empty));
        assertEquals("nan inf -inf", cat(h, Double.NaN, h.intern(" "), Double.POSITIVE_INFINITY, h.intern(" "),
                Double.NEGATIVE_INFINITY));
        assertEquals("2147483648-2147483649 0.1", cat(h, 2147483648.0, -2147483649.0, h.intern(" "), 0.1));
        assertEquals("-9.2233720368548e+18", cat(h, -9223372036854775808.0, h.strings.empty));
        assertEquals("12", cat(h, 1.0, 2.0));
        assertEquals("", cat(h, h.strings.empty, h.strings.empty));
        assertSame(h.strings.empty, StrCat.concat(h.strings, new Object[] {h.strings.empty}, 0, 1));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void numbersBecomeTheVmsStrings(Mode mode) {
        Heap h = new Heap(mode);
        assertSame(h.intern("-0"), StrCat.number(h.strings, -0.0));
        assertSame(h.intern("123"), StrCat.number(h.strings, 123.0));
        assertSame(h.intern("1e+15"), StrCat.number(h.strings, 1e15));
        assertSame(h.intern("nan"), StrCat.number(h.strings, Double.NaN));
        assertSame(h.intern("0.1"), StrCat.number(h.strings, 0.1));
        for (double d : new double[] {0, 1, -1, 9, 10, -10, 99999999999999.0, -99999999999999.0, 1e14, 4294967296.0,
                -2147483648.0, 0.5, 1e-300}) {
            assertEquals(NumberFormat.tostring(d),
                    new String(NumberFormat.tostringBytes(d), StandardCharsets.ISO_8859_1));
        }
    }

    private static Double scan(String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        return StrScan.toNumber(b, 0, b.length);
    }

    @org.junit.jupiter.api.Test
    void decimalIntegersScanAsTheFullScanner() {
        assertEquals(42.0, scan("42"));
        assertEquals(7.0, scan("007"));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(scan("-0")));
        assertEquals(-999999999999999.0, scan("-999999999999999"));
        assertEquals(1e15, scan("1000000000000000"));
        assertEquals(12345678901234567.0, scan("12345678901234567"));
        assertEquals(5.0, scan("+5"));
        assertEquals(5.0, scan(" 5 "));
        assertEquals(16.0, scan("0x10"));
        assertEquals(null, scan("-"));
        assertEquals(null, scan(""));
        assertEquals(null, scan("1-"));
        assertEquals(null, scan("--1"));
        assertEquals(1.5, scan("1.5"));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void concatenationReturnsTheOnlyNonEmptyPartItself(Mode mode) {
        Heap h = new Heap(mode);
        LuaString s = h.intern("abc");
        LuaString e = h.strings.empty;
        assertSame(s, StrCat.concat(h.strings, new Object[] {e, s, e}, 0, 3));
        LuaString made = StrCat.concat(h.strings, new Object[] {s, h.intern("def")}, 0, 2);
        assertSame(h.intern("abcdef"), made);
        assertArrayEquals("7".getBytes(StandardCharsets.ISO_8859_1),
                StrCat.concat(h.strings, new Object[] {7.0, e}, 0, 2).bytes());
        assertSame(h.intern("7"), StrCat.concat(h.strings, new Object[] {e, 7.0}, 0, 2));
    }

    private static LuaString concat(Heap h, Object... parts) {
        return StrCat.concat(h.strings, parts, 0, parts.length);
    }

    /**
     * s = s .. x appends in place into the room a concatenation left: the results share one array, each sees only
     * its own bytes, a second extension of the same string copies, an exact array is made on demand, and the
     * count is LuaJIT's string sizes whatever the arrays' lengths.
     */
    @ParameterizedTest
    @EnumSource(Mode.class)
    void appendsShareTheRoomLeftByTheLastConcatenation(Mode mode) {
        Heap h = new Heap(mode);
        LuaString s = concat(h, h.intern("a".repeat(40)), h.intern("b"));
        LuaString s2 = concat(h, s, h.intern("c"));
        assertTrue(s2.array().length > s2.length(), "room left for the next append");
        LuaString s3 = concat(h, s2, h.intern("d"));
        assertSame(s2.array(), s3.array(), "appended in place");
        LuaString branch = concat(h, s2, h.intern("e")); // s2's tail is taken by s3
        assertNotSame(s2.array(), branch.array());
        assertEquals("a".repeat(40) + "bcd", s3.toString());
        assertEquals("a".repeat(40) + "bce", branch.toString());
        assertEquals("a".repeat(40) + "bc", s2.toString());
        assertEquals(42, s2.bytes().length);
        assertEquals(LuaString.FIXED, s2.growth());
        assertSame(h.intern("a".repeat(40) + "bc"), s2);
        assertSame(h.intern("a".repeat(40) + "bcd"), s3);
        LuaString f = h.intern("f");
        long before = h.total();
        LuaString s4 = concat(h, s3, f);
        assertSame(s3.array(), s4.array());
        assertEquals(h.layout.stringSize(44), h.total() - before);
        assertEquals(s4.hashCode(), LuaString.hashOf(s4.bytes(), 0, 44));
        LuaString s5 = concat(h, s4, h.intern("g")); // s4 has an exact array now: so has what grows from it
        assertEquals(45, s5.array().length);
        assertEquals(LuaString.FIXED, s5.growth());
    }

    /**
     * Strings made and dropped while the collector steps (sweeps of the pool in shares, dead entries left in their
     * chains, compactions and resizes between sweeps): the kept ones are always found again as the same objects,
     * the dropped ones are made anew, and the count comes back to the kept ones.
     */
    @ParameterizedTest
    @EnumSource(Mode.class)
    void stringsChurnedUnderIncrementalSweepsAreFoundOrMadeAgain(Mode mode) {
        Roots roots = new Roots();
        Heap h = collectedHeap(mode, roots);
        int base = h.strings.size();
        java.util.Map<String, LuaString> kept = new java.util.HashMap<>();
        for (int round = 0; round < 40; round++) {
            for (int i = 0; i < 5000; i++) {
                String text = "s" + (round * 5000 + i);
                LuaString s = h.intern(text);
                if (i % 10 == 0) {
                    kept.put(text, s);
                    roots.roots.add(s);
                }
                h.gcCheck();
            }
            for (var e : kept.entrySet()) {
                assertSame(e.getValue(), h.intern(e.getKey()), e.getKey());
            }
            for (int i = 5; round > 0 && i < 5000; i += 10) { // dropped last round: found, or made again
                String text = "s" + ((round - 1) * 5000 + i);
                assertEquals(text, h.intern(text).toString());
                h.gcCheck();
            }
        }
        h.fullGc();
        h.fullGc();
        assertEquals(base + kept.size(), h.strings.size());
        LuaString gone = h.intern("s1");
        assertEquals(base + kept.size() + 1, h.strings.size());
        assertSame(gone, h.intern("s1"));
        for (var e : kept.entrySet()) {
            assertSame(e.getValue(), h.intern(e.getKey()));
        }
    }

    /** A string found again (so kept among the recent ones) and then collected is made anew, and counted again. */
    @ParameterizedTest
    @EnumSource(Mode.class)
    void aCollectedStringIsNotFoundAgain(Mode mode) {
        Roots roots = new Roots();
        Heap h = collectedHeap(mode, roots);
        int strings = h.strings.size();
        LuaString first = h.intern("found twice, then dropped");
        assertSame(first, h.intern("found twice, then dropped"));
        long withIt = h.total();
        h.fullGc();
        h.fullGc();
        assertEquals(strings, h.strings.size());
        LuaString again = h.intern("found twice, then dropped");
        assertNotSame(first, again);
        assertEquals(strings + 1, h.strings.size());
        assertEquals(withIt, h.total(), "counted again");
    }

    /** A loop that makes only garbage strings keeps the chains short: the dead entries are dropped in time. */
    @ParameterizedTest
    @EnumSource(Mode.class)
    void garbageStringsDoNotPileUpInTheChains(Mode mode) {
        Heap h = new Heap(mode);
        h.setRoots(new Roots());
        int maxDead = 0;
        for (int i = 0; i < 200_000; i++) {
            h.intern("garbage " + i);
            // A new string drops the dead entries once they outnumber the live strings and the slots (not while
            // the collector sweeps the strings: that waits for the sweep's end).
            if (!h.collector().sweepingStrings()) {
                assertTrue(h.strings.deadEntries() <= h.strings.size() + h.strings.slots(), "at string " + i);
            }
            maxDead = Math.max(maxDead, h.strings.deadEntries());
            h.gcCheck();
        }
        assertTrue(maxDead > 100, "strings were swept: " + maxDead);
    }
}
