package org.jresty.heap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.jresty.Mode;
import org.jresty.runtime.LuaString;
import org.jresty.runtime.LuaTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Strings, the string table and the temporary buffer against cases.tsv's rows (bytes, x64 / GC64). */
class HeapAccountingTest {
    private static long kb(Heap h, Runnable r) {
        long before = h.total();
        r.run();
        return h.total() - before;
    }

    private static long pick(Mode m, long x64, long gc64) {
        return m == Mode.GC64 ? gc64 : x64;
    }

    /** The harness: the buffer grown for 64 KB then two full collections (each halves it). */
    private static Heap harnessHeap(Mode mode) {
        Heap h = new Heap(mode);
        h.setRoots(new TestRoots());
        h.bufferNeed(65536);
        h.fullGc();
        h.fullGc();
        return h;
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void stringSizes(Mode mode) {
        Heap h = new Heap(mode);
        h.intern("q");
        assertEquals(0, kb(h, () -> h.intern("")));
        assertEquals(0, kb(h, () -> h.intern("q")));
        assertEquals(pick(mode, 28, 32), kb(h, () -> h.intern("qqqqqqq")));
        assertEquals(pick(mode, 32, 36), kb(h, () -> h.intern("qqqqqqqq")));
        assertEquals(pick(mode, 124, 128), kb(h, () -> h.intern("q".repeat(100))));
        assertEquals(pick(mode, 1024, 1028), kb(h, () -> h.intern("q".repeat(1000))));
        assertEquals(pick(mode, 28, 32), kb(h, () -> h.intern("12345")));
        // str_interned_dup: the second equal string is the first one
        assertEquals(pick(mode, 72, 76), kb(h, () -> {
            LuaString a = h.intern("z".repeat(50));
            assertSame(a, h.intern("z".repeat(50)));
        }));
        // str_concat: a 10-byte string and a 12-byte one
        assertEquals(pick(mode, 68, 76), kb(h, () -> {
            h.intern("w".repeat(10));
            h.intern("w".repeat(10) + "zz");
        }));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void oneMegabyteStringGrowsTheSharedBuffer(Mode mode) {
        Heap h = harnessHeap(mode);
        assertEquals(16384, h.bufferSize());
        long d = kb(h, () -> {
            h.bufferNeed(1048576);
            h.intern("q".repeat(1048576));
        });
        assertEquals(pick(mode, 2080792, 2080796), d);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void startupStructures(Mode mode) {
        Heap h = new Heap(mode);
        // GG_State, the first string table (256 references), the fixed strings: 20 metamethod names, 22 reserved
        // words, "not enough memory"
        long fixed = 0;
        for (String s : new String[] {"__index", "__newindex", "__gc", "__mode", "__eq", "__len", "__lt", "__le",
            "__concat", "__call", "__add", "__sub", "__mul", "__div", "__mod", "__pow", "__unm", "__metatable",
            "__tostring", "__new", "__pairs", "__ipairs", "and", "break", "do", "else", "elseif", "end", "false", "for", "function", "goto",
            "if", "in", "local", "nil", "not", "or", "repeat", "return", "then", "true", "until", "while",
            "not enough memory"}) {
            fixed += h.layout.stringSize(s.length());
        }
        assertEquals(45, h.strings.size());
        assertEquals(pick(mode, 5560 + 256 * 4, 6384 + 256 * 8) + fixed, h.total());
        assertEquals(256, h.strings.slots());
        assertEquals(h.total(), h.bytes(HeapKind.STATE) + h.bytes(HeapKind.STRING_TABLE) + h.bytes(HeapKind.STRING));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void stringTableDoublesWhenFullAndIsCounted(Mode mode) {
        Heap h = new Heap(mode);
        for (int i = h.strings.size(); i < 255; i++) { // the 256th string doubles the table
            h.intern("s" + i);
        }
        assertEquals(256, h.strings.slots());
        long before = h.total();
        h.intern("one more");
        assertEquals(512, h.strings.slots());
        int ref = mode == Mode.GC64 ? 8 : 4;
        assertEquals(256L * ref + h.layout.stringSize(8), h.total() - before);
        assertEquals(h.layout.stringTableSize(512), h.bytes(HeapKind.STRING_TABLE));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void statsReportListsKindsLargestFirst(Mode mode) {
        Heap h = new Heap(mode);
        new LuaTable(h, 0, 3);
        String[] lines = h.statsReport().split(System.lineSeparator());
        assertEquals(String.format("memory (%s): %d bytes (%.2f KB), peak %d bytes, 0 GC cycles",
                mode == Mode.GC64 ? "GC64" : "x64", h.total(), h.total() / 1024.0, h.peak()), lines[0]);
        assertEquals(String.format("  %-18s %12d bytes", "global state", h.layout.ggState), lines[1]);
        String tables = java.util.Arrays.stream(lines).filter(l -> l.startsWith("  tables")).findFirst().orElse("");
        assertEquals(String.format("  %-18s %12d bytes  %9d objects", "tables", h.layout.tabHeader, 1), tables);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void perKindStatisticsAddUp(Mode mode) {
        Heap h = new Heap(mode);
        LuaTable t = new LuaTable(h);
        for (int i = 1; i <= 40; i++) {
            t.setInt(i, 1.0);
            t.setStr(h.intern("k" + i), 1.0);
        }
        long sum = 0;
        for (HeapKind k : HeapKind.values()) {
            sum += h.bytes(k);
        }
        assertEquals(h.total(), sum);
        assertEquals(1, h.objects(HeapKind.TABLE));
        assertEquals(40 + 45, h.objects(HeapKind.STRING));
        assertEquals(t.heapBytes(), h.bytes(HeapKind.TABLE) + h.bytes(HeapKind.TABLE_ARRAY)
                + h.bytes(HeapKind.TABLE_HASH));
        // a resize holds both hash parts for a moment
        assertEquals(true, h.peak() > h.total());
    }
}
