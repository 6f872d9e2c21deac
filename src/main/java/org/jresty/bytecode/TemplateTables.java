package org.jresty.bytecode;

import java.util.Arrays;
import java.util.Map;

/** Helpers over {@link TemplateTable}: storing a key as LuaJIT's lj_tab_set would, and listing entries. */
public final class TemplateTables {
    private TemplateTables() {
    }

    /**
     * Sets t[key] = value: integer keys inside the array part go there, others into the hash part (a new key is
     * appended, so insertion order is kept). A null hash value is kept as LuaJIT's nil-value marker (see
     * {@link TemplateTable}). The key must not be nil or NaN.
     */
    public static void put(TemplateTable t, Object key, Object value) {
        put(t, key, value, null);
    }

    /** As {@link #put(TemplateTable, Object, Object)}, with an optional key-to-entry map for big tables. */
    public static void put(TemplateTable t, Object key, Object value, Map<Object, Integer> index) {
        if (key instanceof Double d) {
            double k = d;
            if (k == 0) {
                key = 0.0;  // -0 is the same key as 0
            }
            if (k >= 0 && k < t.array.length && k == (int) k) {
                t.array[(int) k] = value;
                return;
            }
        }
        int i = index == null ? indexOf(t, key) : index.getOrDefault(key, -1);
        if (i >= 0) {
            t.hashValues[i] = value;
            return;
        }
        if (t.hashCount == t.hashKeys.length) {
            int cap = Math.max(1, t.hashKeys.length * 2);
            t.hashKeys = Arrays.copyOf(t.hashKeys, cap);
            t.hashValues = Arrays.copyOf(t.hashValues, cap);
        }
        if (index != null) {
            index.put(key, t.hashCount);
        }
        t.hashKeys[t.hashCount] = key;
        t.hashValues[t.hashCount] = value;
        t.hashCount++;
    }

    /** Index of a key among the hash entries, or -1. */
    public static int indexOf(TemplateTable t, Object key) {
        for (int i = 0; i < t.hashCount; i++) {
            if (sameKey(t.hashKeys[i], key)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean sameKey(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return x.doubleValue() == y.doubleValue();
        }
        return a.equals(b);
    }

    /** The number of array slots a dump writes: the array part without its trailing nils. */
    public static int usedArrayLength(TemplateTable t) {
        int n = t.array.length;
        while (n > 0 && t.array[n - 1] == null) {
            n--;
        }
        return n;
    }
}
