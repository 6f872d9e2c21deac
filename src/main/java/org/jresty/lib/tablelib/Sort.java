package org.jresty.lib.tablelib;

import org.jresty.lib.Args;
import org.jresty.runtime.Conv;
import org.jresty.runtime.LuaError;
import org.jresty.runtime.LuaFunction;
import org.jresty.runtime.LuaString;
import org.jresty.runtime.LuaTable;
import org.jresty.runtime.LuaThread;
import org.jresty.vm.Interp;
import org.jresty.vm.Meta;

/**
 * table.sort as LuaJIT does it (lib_table.c, from Lua 5.1): median-of-three quicksort recursing into the
 * smaller half, raw reads and writes, so that non-strict or inconsistent comparators give luajit's results and
 * its "invalid order function for sorting" error at the same moments. Comparator calls go through the VM (a
 * yield inside one is "attempt to yield across C-call boundary").
 */
public final class Sort {
    private final LuaThread L;
    private final LuaTable t;
    private final LuaFunction comp;

    private Sort(LuaThread L, LuaTable t, LuaFunction comp) {
        this.L = L;
        this.t = t;
        this.comp = comp;
    }

    /** Sorts t[1..n] with comp (null: the < operator with __lt). */
    public static void sort(LuaThread L, LuaTable t, int n, LuaFunction comp) {
        new Sort(L, t, comp).auxsort(1, n);
    }

    private boolean less(Object a, Object b) {
        if (comp != null) return !Conv.isFalsy(L.vm.interp.call1(L, comp, a, b, 2));
        return lessThan(L, a, b);
    }

    /** lua_lessthan: numbers and strings directly, else a shared __lt metamethod, else LuaJIT's compare error. */
    public static boolean lessThan(LuaThread L, Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) return x < y;
        if (a instanceof LuaString s && b instanceof LuaString u) return s.compareTo(u) < 0;
        String ta = Conv.typeName(a), tb = Conv.typeName(b);
        if (ta.equals(tb)) {
            Object mo = Meta.mm(L.vm, a, L.vm.MM_LT);
            Object mo2 = Meta.mm(L.vm, b, L.vm.MM_LT);
            if (mo != null && Interp.rawEquals(mo, mo2)) {
                return !Conv.isFalsy(L.vm.interp.call1(L, mo, a, b, 2));
            }
            throw new LuaError("attempt to compare two " + ta + " values");
        }
        throw new LuaError("attempt to compare " + ta + " with " + tb);
    }

    private Object get(int i) {
        return t.getInt(i);
    }

    private void set(int i, Object v) {
        t.setInt(i, v);
    }

    private void swap(int i, int j) {
        Object a = get(i), b = get(j);
        set(i, b);
        set(j, a);
    }

    private void auxsort(int l, int u) {
        while (l < u) {
            // sort a[l], a[(l+u)/2] and a[u]
            Object al = get(l), au = get(u);
            if (less(au, al)) {
                set(l, au);
                set(u, al);
            }
            if (u - l == 1) break;
            int i = (int) (((long) l + u) / 2);
            Object ai = get(i);
            al = get(l);
            if (less(ai, al)) {
                set(i, al);
                set(l, ai);
            } else {
                au = get(u);
                if (less(au, ai)) {
                    set(i, au);
                    set(u, ai);
                }
            }
            if (u - l == 2) break;
            Object p = get(i); // pivot
            Object au1 = get(u - 1);
            set(i, au1);
            set(u - 1, p);
            // a[l] <= P == a[u-1] <= a[u], only need to sort from l+1 to u-2
            i = l;
            int j = u - 1;
            for (;;) {
                Object ai2;
                while (less(ai2 = get(++i), p)) {
                    if (i >= u) throw Args.error(L, "invalid order function for sorting");
                }
                Object aj;
                while (less(p, aj = get(--j))) {
                    if (j <= l) throw Args.error(L, "invalid order function for sorting");
                }
                if (j < i) break;
                set(i, aj);
                set(j, ai2);
            }
            swap(u - 1, i);
            // a[l..i-1] <= a[i] == P <= a[i+1..u]; recurse into the smaller half
            if (i - l < u - i) {
                j = l;
                i = i - 1;
                l = i + 2;
            } else {
                j = i + 1;
                i = u;
                u = j - 2;
            }
            auxsort(j, i);
        }
    }
}
