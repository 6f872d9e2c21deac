package org.jresty.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.jresty.Mode;
import org.jresty.heap.Heap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Raw access, # with holes (expected lengths printed by luajit), next/iteration and key normalization. */
class LuaTableAccessTest {
    private final StringBuilder out = new StringBuilder();

    private void show(LuaTable t) {
        out.append(t.length()).append(' ');
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void lengthMatchesLuaJitOnTablesWithHoles(Mode mode) {
        Heap h = new Heap(mode);
        LuaTable t = new LuaTable(h);
        for (int i = 1; i <= 16; i *= 2) t.setInt(i, 1.0);
        show(t);
        LuaTable t5 = new LuaTable(h);
        for (int i = 1; i <= 10; i++) t5.setInt(i, 1.0);
        t5.setInt(9, null);
        show(t5);
        t5.setInt(10, null);
        show(t5);
        LuaTable a = new LuaTable(h);
        for (int i = 1; i <= 20; i++) a.setInt(i, 1.0);
        a.setInt(20, null);
        a.setInt(10, null);
        show(a);
        a.setInt(19, null);
        show(a);
        LuaTable b = new LuaTable(h);
        b.setInt(2, 2.0);
        show(b);
        b.setInt(1, 1.0);
        show(b);
        b.setInt(3, 3.0);
        show(b);
        LuaTable c = new LuaTable(h);
        for (int i = 1; i <= 5; i++) c.setInt(i, 1.0);
        c.setInt(6, null);
        c.setInt(7, 7.0);
        show(c);
        c.setInt(8, 8.0);
        show(c);
        LuaTable d = new LuaTable(h);
        d.setInt(1, 1.0);
        d.setInt(3, 3.0);
        d.setInt(5, 5.0);
        show(d);
        d.setInt(2, 2.0);
        show(d);
        d.setInt(4, 4.0);
        show(d);
        LuaTable e = new LuaTable(h);
        for (int i = 1; i <= 16; i++) e.setInt(i, 1.0);
        for (int i = 1; i <= 16; i++) e.setInt(i, null);
        show(e);
        e.setStr(h.intern("x"), 1.0);
        e.setInt(17, 1.0);
        show(e);
        LuaTable f = new LuaTable(h);
        f.setInt(0, 0.0);
        show(f);
        f.setInt(1, 1.0);
        show(f);
        // luajit len2.lua (same operations) prints:
        assertEquals("16 10 8 19 18 2 2 3 5 8 1 3 5 0 0 0 1 ", out.toString());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void keysNormalizeAndInvalidKeysRaise(Mode mode) {
        Heap h = new Heap(mode);
        LuaTable t = new LuaTable(h);
        t.set(-0.0, "zero");
        assertEquals("zero", t.get(0.0));
        assertEquals("zero", t.getInt(0));
        t.set(2.5, "x");
        assertEquals("x", t.get(2.5));
        t.set(1e300, "big");
        assertEquals("big", t.get(1e300));
        t.set((double) Integer.MIN_VALUE, "min");
        assertEquals("min", t.getInt(Integer.MIN_VALUE));
        assertEquals("table index is nil", assertThrows(LuaError.class, () -> t.set(null, 1.0)).getMessage());
        assertEquals("table index is NaN",
                assertThrows(LuaError.class, () -> t.set(Double.NaN, 1.0)).getMessage());
        assertNull(t.get(Double.NaN));
        assertNull(t.get(null));
        Object key = new Object[0];
        t.set(key, "obj");
        assertEquals("obj", t.get(key));
        // a twin instance of an interned string still finds the entry
        LuaString s = h.intern("name");
        t.setStr(s, 7.0);
        assertEquals(7.0, t.get(new LuaString("name".getBytes(), 0, 4)));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void randomOperationsAgreeWithAMap(Mode mode) {
        Heap h = new Heap(mode);
        LuaTable t = new LuaTable(h);
        Map<Object, Object> ref = new HashMap<>();
        Random rnd = new Random(42);
        LuaString[] strs = new LuaString[50];
        for (int i = 0; i < strs.length; i++) strs[i] = h.intern("k" + i);
        for (int step = 0; step < 20000; step++) {
            int r = rnd.nextInt(4);
            Object key = switch (r) {
                case 0 -> (double) (rnd.nextInt(200) - 20);
                case 1 -> rnd.nextInt(100) * 0.25;
                case 2 -> strs[rnd.nextInt(strs.length)];
                default -> rnd.nextBoolean();
            };
            Object val = rnd.nextInt(3) == 0 ? null : (double) step;
            t.set(key, val);
            Object norm = key instanceof Double d && d == 0 ? 0.0 : key;
            if (val == null) ref.remove(norm); else ref.put(norm, val);
            if (step % 97 == 0) {
                for (Map.Entry<Object, Object> en : ref.entrySet()) {
                    assertEquals(en.getValue(), t.get(en.getKey()));
                }
                // iteration visits exactly the live entries
                Map<Object, Object> seen = new HashMap<>();
                Object[] kv = new Object[2];
                Object k = null;
                while (t.next(k, kv)) {
                    k = kv[0];
                    assertNull(seen.put(kv[0], kv[1]));
                }
                assertEquals(ref, seen);
            }
        }
        // a LuaJIT border
        int n = t.length();
        assertTrue(n == 0 || t.getInt(n) != null);
        assertNull(t.getInt(n + 1));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void nextRejectsUnknownKeysAndIterIndexesCoverBothParts(Mode mode) {
        Heap h = new Heap(mode);
        LuaTable t = LuaTable.createTable(h, 3, 2);
        t.setInt(1, "a");
        t.setInt(3, "c");
        t.setStr(h.intern("x"), "x");
        assertEquals("invalid key to 'next'",
                assertThrows(LuaError.class, () -> t.iterIndexOf(h.intern("nope"))).getMessage());
        int i = t.iterNext(-1);
        assertEquals(1.0, t.iterKey(i));
        i = t.iterNext(i);
        assertEquals(3.0, t.iterKey(i));
        i = t.iterNext(i);
        assertEquals(h.intern("x"), t.iterKey(i));
        assertEquals(-1, t.iterNext(i));
        assertFalse(t.next(h.intern("x"), new Object[2]));
        assertEquals(3, t.nkeys());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void templateCopiesShareTheirKeysOnlyUntilOneLaysOutAKey(Mode mode) {
        Heap h = new Heap(mode);
        // {a=1, b=2, c=3}: 4 nodes, one of them free.
        org.jresty.bytecode.TemplateTable tpl = new org.jresty.bytecode.TemplateTable(0, 2);
        String[] names = {"a", "b", "c"};
        for (int i = 0; i < 3; i++) {
            tpl.hashKeys[i] = h.intern(names[i]);
            tpl.hashValues[i] = (double) (i + 1);
        }
        tpl.hashCount = 3;
        LuaTable first = new LuaTable(h, tpl);
        LuaTable grown = new LuaTable(h, tpl);
        LuaTable cleared = new LuaTable(h, tpl);
        LuaTable other = new LuaTable(h, tpl);
        grown.setStr(h.intern("d"), 4.0); // takes the free node
        grown.setStr(h.intern("e"), 5.0); // rehashes
        cleared.clear();
        other.setStr(h.intern("b"), 20.0);
        for (LuaTable t : new LuaTable[] {first, other}) {
            assertEquals(3, t.nkeys());
            assertNull(t.getStr(h.intern("d")));
            assertEquals(1.0, t.getStr(h.intern("a")));
            assertEquals(4, t.hashSize());
        }
        assertEquals(2.0, first.getStr(h.intern("b")));
        assertEquals(20.0, other.getStr(h.intern("b")));
        assertEquals(5, grown.nkeys());
        assertEquals(4.0, grown.getStr(h.intern("d")));
        assertEquals(0, cleared.nkeys());
        cleared.setStr(h.intern("z"), 1.0);
        assertEquals(1.0, cleared.getStr(h.intern("z")));
        assertEquals(3, other.nkeys());
    }
}
