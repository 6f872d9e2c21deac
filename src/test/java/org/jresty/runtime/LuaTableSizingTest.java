package org.jresty.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Consumer;

import org.jresty.Mode;
import org.jresty.bytecode.TemplateTable;
import org.jresty.heap.Heap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Byte counts of table workloads against LuaJIT. GC64 values were measured with luajit -joff (cases.tsv's
 * harness); a single table's header is the only difference in x64 mode (32 bytes smaller).
 */
class LuaTableSizingTest {
    private static long delta(Mode mode, Consumer<Heap> work) {
        Heap heap = new Heap(mode);
        long before = heap.total();
        work.accept(heap);
        return heap.total() - before;
    }

    private static long oneTable(Mode mode, long gc64Bytes) {
        return mode == Mode.GC64 ? gc64Bytes : gc64Bytes - 32;
    }

    private static void check(Mode mode, long gc64Bytes, Consumer<LuaTable> work) {
        long got = delta(mode, h -> work.accept(new LuaTable(h)));
        assertEquals(oneTable(mode, gc64Bytes), got);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void emptyAndConstructorSizes(Mode mode) {
        boolean g = mode == Mode.GC64;
        assertEquals(g ? 64 : 32, delta(mode, h -> new LuaTable(h)));
        // table.new(10, 0), table.new(0, 10), table.new(100, 100): cases.tsv rows tab_new_*.
        assertEquals(g ? 152 : 120, delta(mode, h -> LuaTable.createTable(h, 10, 0)));
        assertEquals(g ? 448 : 416, delta(mode, h -> LuaTable.createTable(h, 0, 10)));
        assertEquals(g ? 3944 : 3912, delta(mode, h -> LuaTable.createTable(h, 100, 100)));
        // {a=1} and {a=1,b=2}: 2 nodes; {a=1,b=2,c=3}: 4 nodes; 5 keys: 8 nodes (TNEW hash bits).
        assertEquals(g ? 112 : 80, delta(mode, h -> LuaTable.fromTNEW(h, LuaTable.hsize2hbits(2) << 11)));
        assertEquals(g ? 160 : 128, delta(mode, h -> LuaTable.fromTNEW(h, LuaTable.hsize2hbits(3) << 11)));
        assertEquals(g ? 256 : 224, delta(mode, h -> LuaTable.fromTNEW(h, LuaTable.hsize2hbits(5) << 11)));
        // TNEW with 0x7ff means 0x801 slots: too big to colocate.
        assertEquals((g ? 64 : 32) + 0x801 * 8, delta(mode, h -> LuaTable.fromTNEW(h, 0x7ff)));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void templateDuplicationKeepsTheTemplateSizes(Mode mode) {
        // {a=1, b=2, c=3, 1, 2, 3}: array of 4 slots colocated, 4 nodes (tab_tdup: 160 / 192).
        TemplateTable tpl = new TemplateTable(4, 2);
        Heap heap = new Heap(mode);
        Object[] keys = {heap.intern("a"), heap.intern("b"), heap.intern("c")};
        for (int i = 0; i < 3; i++) {
            tpl.array[i + 1] = (double) (i + 1);
            tpl.hashKeys[i] = keys[i];
            tpl.hashValues[i] = (double) (i + 1);
        }
        tpl.hashCount = 3;
        long before = heap.total();
        LuaTable t = new LuaTable(heap, tpl);
        assertEquals(mode == Mode.GC64 ? 192 : 160, heap.total() - before);
        assertEquals(3, t.length());
        assertEquals(2.0, t.getStr((LuaString) keys[1]));
        assertEquals(3.0, t.getInt(3));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void growingWorkloads(Mode mode) {
        check(mode, 200, t -> {
            for (int i = 1; i <= 10; i++) t.setInt(i, (double) i);
        });
        check(mode, 448, t -> {
            for (int i = 1; i <= 10; i++) t.set(i * 1.5, (double) i);
        });
        check(mode, 832, t -> {
            for (int i = 1; i <= 20; i++) t.setInt(-i, (double) i);
        });
        check(mode, 2632, t -> {
            for (int i = 1; i <= 100; i++) t.set(i * 1.5, (double) i);
        });
        check(mode, 1096, t -> {
            for (int i = 1; i <= 100; i++) t.setInt(i, (double) i);
        });
        check(mode, 8264, t -> {
            for (int i = 1; i <= 1000; i++) t.setInt(i, (double) i);
        });
        check(mode, 1096, t -> {
            for (int i = 100; i >= 1; i--) t.set((double) i, (double) i);
        });
        check(mode, 200, t -> {
            for (int i = 1; i <= 16; i *= 2) t.setInt(i, (double) i);
        });
        check(mode, 152, t -> {
            t.set(1.5, 1.0);
            for (int i = 1; i <= 5; i++) t.setInt(i, (double) i);
        });
        check(mode, 136, t -> {
            t.set(Boolean.TRUE, 1.0);
            t.set(Boolean.FALSE, 2.0);
            t.setInt(1, 1.0);
            t.setInt(2, 2.0);
        });
        check(mode, 584, t -> {
            for (int i = 1; i <= 33; i++) t.setInt(i, (double) i);
            t.setInt(34, null);
        });
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void deadKeysKeepTheirNodesUntilARehash(Mode mode) {
        check(mode, 112, t -> {
            for (int i = 1; i <= 40; i++) {
                t.setInt(i, (double) i);
                t.setInt(i, null);
            }
        });
        check(mode, 112, t -> {
            for (int i = 1; i <= 40; i++) {
                t.set(i * 0.5, (double) i);
                t.set(i * 0.5, null);
            }
        });
        check(mode, 904, t -> {
            for (int i = 1; i <= 30; i++) t.set(i * 0.5, (double) i);
            for (int i = 1; i <= 30; i++) t.set(i * 0.5, null);
            for (int i = 1; i <= 30; i++) t.set(i * 0.25, (double) i);
        });
        check(mode, 112, t -> {
            for (int i = 1; i <= 16; i++) t.setInt(i, (double) i);
            for (int i = 1; i <= 16; i++) t.setInt(i, null);
            t.setInt(17, 1.0);
            t.setInt(18, 1.0);
        });
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void freeingGivesBackEveryByte(Mode mode) {
        Heap heap = new Heap(mode);
        long before = heap.total();
        LuaTable t = LuaTable.createTable(heap, 4, 0);
        for (int i = 1; i <= 100; i++) t.setInt(i, (double) i);
        for (int i = 1; i <= 30; i++) t.set(i + 0.5, 1.0);
        assertEquals(heap.total() - before, t.heapBytes());
        t.gcFree();
        assertEquals(before, heap.total());
    }
}
