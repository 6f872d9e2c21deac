package org.jresty.heap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jresty.Mode;
import org.jresty.runtime.LuaError;
import org.jresty.runtime.LuaString;
import org.jresty.runtime.LuaTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The collector: reclaiming, weak tables, __gc order and resurrection, barriers, pacing, options, the wall. */
class CollectorTest {
    private final TestRoots roots = new TestRoots();

    private Heap heap(Mode mode) {
        Heap h = new Heap(mode);
        h.setRoots(roots);
        // names the collector interns on first use, so that they do not show in deltas
        h.strings.fix(h.intern("__mode"));
        h.strings.fix(h.intern("__gc"));
        return h;
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void garbageIsFreedToTheByte(Mode mode) {
        Heap h = heap(mode);
        LuaTable live = new LuaTable(h);
        roots.roots.add(live);
        long base = h.total();
        for (int i = 0; i < 900; i++) {
            LuaTable g = new LuaTable(h);
            g.setInt(1, h.intern("garbage " + i));
            g.set(i + 0.5, g);
        }
        assertTrue(h.total() > base);
        h.fullGc();
        // the string table grew to 1024 slots for the 945 strings; a sweep halves it once (never below 512)
        assertEquals(512, h.strings.slots());
        assertEquals("not enough memory", h.memoryError().getMessage());
        assertEquals(base + h.layout.stringTableSize(512 - 256), h.total());
        assertEquals(1, h.objects(HeapKind.TABLE));
        assertEquals(45, h.objects(HeapKind.STRING)); // the fixed strings of LuaJIT's startup
        assertEquals(1, h.cycles());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void weakTablesDropCollectedKeysAndValuesButNeverStrings(Mode mode) {
        Heap h = heap(mode);
        LuaTable weakValues = new LuaTable(h);
        LuaTable mt = new LuaTable(h);
        mt.setStr(h.intern("__mode"), h.intern("v"));
        weakValues.setMetatable(mt);
        LuaTable kept = new LuaTable(h);
        roots.roots.add(weakValues);
        roots.roots.add(kept);
        weakValues.setInt(1, new LuaTable(h));
        weakValues.setInt(2, h.intern("a string"));
        weakValues.setInt(3, kept);
        weakValues.setStr(h.intern("x"), new LuaTable(h));
        LuaTable weakKeys = new LuaTable(h);
        LuaTable kmt = new LuaTable(h);
        kmt.setStr(h.intern("__mode"), h.intern("k"));
        weakKeys.setMetatable(kmt);
        roots.roots.add(weakKeys);
        weakKeys.set(new LuaTable(h), 1.0);
        weakKeys.set(kept, 2.0);
        weakKeys.set(h.intern("skey"), new LuaTable(h));
        h.fullGc();
        assertNull(weakValues.getInt(1));
        assertEquals("a string", weakValues.getInt(2).toString());
        assertEquals(kept, weakValues.getInt(3));
        assertNull(weakValues.getStr(h.intern("x")));
        assertEquals(2, weakKeys.nkeys());
        assertEquals(2.0, weakKeys.get(kept));
        assertNotNull(weakKeys.get(h.intern("skey")));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void finalizersRunNewestFirstAndObjectsGoOneCycleLater(Mode mode) {
        Heap h = heap(mode);
        LuaTable mt = new LuaTable(h);
        mt.setStr(h.intern("__gc"), "fin");
        roots.roots.add(mt);
        long base = h.total();
        for (int i = 1; i <= 3; i++) {
            new TestRoots.Udata(h, "u" + i, mt);
        }
        long withUdata = h.total();
        h.fullGc();
        // luajit: for i=1,3 do <newproxy with __gc printing i> end collectgarbage() prints "3 2 1"
        assertEquals(List.of("fin:u3", "fin:u2", "fin:u1"), roots.finalized);
        assertEquals(withUdata, h.total()); // resurrected for the finalizer
        h.fullGc();
        assertEquals(base, h.total());
        assertEquals(3, roots.finalized.size());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aResurrectedUserdataIsNotFinalizedTwice(Mode mode) {
        Heap h = heap(mode);
        LuaTable mt = new LuaTable(h);
        mt.setStr(h.intern("__gc"), "resurrect");
        roots.roots.add(mt);
        TestRoots.Udata u = new TestRoots.Udata(h, "u", mt);
        u.value = new LuaTable(h);
        u = null;
        h.fullGc();
        h.fullGc();
        assertEquals(1, roots.finalized.size());
        assertEquals(1, h.objects(HeapKind.USERDATA));
        assertEquals(2, h.objects(HeapKind.TABLE)); // mt and the table the userdata holds
        roots.roots.removeIf(o -> o instanceof TestRoots.Udata);
        h.fullGc();
        assertEquals(1, roots.finalized.size());
        assertEquals(0, h.objects(HeapKind.USERDATA));
        assertEquals(1, h.objects(HeapKind.TABLE));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void incrementalCyclesKeepWhatIsReachableThroughBarriers(Mode mode) {
        Heap h = heap(mode);
        LuaTable live = new LuaTable(h);
        roots.roots.add(live);
        int n = 20000;
        for (int i = 1; i <= n; i++) {
            LuaTable kept = new LuaTable(h);
            live.setInt(i, kept); // stored into a table the collector may have blackened already
            kept.setStr(h.intern("k" + (i % 50)), new LuaTable(h));
            new LuaTable(h, 4, 2); // garbage
            h.gcCheck();
        }
        assertTrue(h.cycles() > 0, "the pacer ran cycles");
        h.fullGc();
        assertEquals(1 + 2L * n, h.objects(HeapKind.TABLE));
        assertEquals(n, live.length());
        // collectgarbage("count") is exactly what the survivors hold
        long sum = 0;
        for (HeapKind k : HeapKind.values()) {
            sum += h.bytes(k);
        }
        assertEquals(h.total(), sum);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void storesIntoTraversedUpvaluesAndTablesSurviveTheCycle(Mode mode) {
        Heap h = heap(mode);
        org.jresty.runtime.UpVal uv = new org.jresty.runtime.UpVal((Object) null);
        h.newUpvalue(uv);
        LuaTable t = new LuaTable(h);
        LuaTable chain = new LuaTable(h); // live objects that keep the mark phase going
        for (int i = 1; i <= 200; i++) {
            chain.setInt(i, new LuaTable(h));
        }
        roots.roots.add(chain);
        roots.roots.add(uv);
        roots.roots.add(t); // marked last, traversed first (the gray list is a stack)
        for (int i = 0; i < 2000; i++) {
            new LuaTable(h); // garbage
        }
        h.fullGc();
        long tables = h.objects(HeapKind.TABLE);
        h.collectgarbage("setstepmul", 1); // one object per step
        int steps = 0;
        do {
            h.collectgarbage("step", 0);
            assertTrue(++steps < 100, "t gets traversed");
        } while ((t.gcMark & Heap.BLACK) == 0);
        h.collectgarbage("step", 0); // and then the upvalue
        assertEquals("propagate", h.collector().phase());
        // stores into objects the collector has already traversed
        uv.set(new LuaTable(h));
        t.setInt(1, new LuaTable(h));
        t.setStr(h.intern("fresh key"), h.intern("fresh value"));
        while (!Boolean.TRUE.equals(h.collectgarbage("step", 0))) {
            assertTrue(++steps < 100000, "the cycle ends"); // finish the cycle incrementally
        }
        assertEquals(tables + 2, h.objects(HeapKind.TABLE));
        assertEquals("fresh value", t.getStr(h.intern("fresh key")).toString());
        h.fullGc();
        assertEquals(tables + 2, h.objects(HeapKind.TABLE));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void collectgarbageOptionsReturnWhatLuaJitReturns(Mode mode) {
        Heap h = heap(mode);
        assertEquals(200.0, h.collectgarbage("setpause", 150));
        assertEquals(150.0, h.collectgarbage("setpause", 200));
        assertEquals(200.0, h.collectgarbage("setstepmul", 300));
        assertEquals(300.0, h.collectgarbage("setstepmul", 200));
        assertEquals(true, h.collectgarbage("isrunning", 0));
        assertEquals(0.0, h.collectgarbage("stop", 0));
        assertEquals(false, h.collectgarbage("isrunning", 0));
        assertEquals(0.0, h.collectgarbage("restart", 0));
        assertEquals(true, h.collectgarbage("isrunning", 0));
        assertEquals(false, h.collectgarbage("step", 0));
        assertEquals(0.0, h.collectgarbage("collect", 0));
        assertEquals(true, h.collectgarbage("step", 100000));
        assertEquals(h.total() / 1024.0, h.collectgarbage("count", 0));
        assertNull(h.collectgarbage("nonsense", 0));
        // after a full cycle the threshold is estimate/100 * pause
        h.fullGc();
        assertEquals((h.total() / 100) * 200, h.collector().threshold);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void theWallCollectsOnceThenRaisesNotEnoughMemory(Mode mode) {
        Heap h = heap(mode);
        LuaTable live = new LuaTable(h);
        roots.roots.add(live);
        h.setLimit(h.total() + 200_000);
        h.collectgarbage("stop", 0); // only the wall collects here
        for (int i = 0; i < 1000; i++) {
            LuaTable.createTable(h, 100, 0); // garbage: the emergency collection makes room
        }
        long cyclesBefore = h.cycles();
        LuaError e = assertThrows(LuaError.class, () -> {
            for (int i = 1; ; i++) {
                live.setInt(i, LuaTable.createTable(h, 100, 0));
            }
        });
        assertEquals("not enough memory", e.getMessage());
        assertTrue(h.cycles() > cyclesBefore);
        assertTrue(h.total() <= h.limit());
        // the heap stays usable
        live.setInt(1, null);
        h.fullGc();
        assertTrue(LuaTable.createTable(h, 100, 0) != null);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void deadStringsFoundBeforeTheirSweepAreReused(Mode mode) {
        Heap h = heap(mode);
        LuaString s = h.intern("short lived");
        long withString = h.total();
        h.fullGc();
        assertEquals(withString - h.layout.stringSize(11), h.total());
        LuaString again = h.intern("short lived");
        assertEquals(withString, h.total());
        assertEquals(s.toString(), again.toString());
    }
}
