package org.jresty.lib.tablelib;

import org.jresty.runtime.LuaTable;

/** The table functions LuaJIT and OpenResty load with require: table.new/clear, nkeys, isempty, isarray, clone. */
public final class Extras {
    private Extras() {
    }

    /** lj_tab_isempty: no non-nil value in either part. */
    public static boolean isEmpty(LuaTable t) {
        return t.iterNext(-1) < 0;
    }

    /** lj_tab_isarray: every key is an integral number (zero and negative ones included); {} is an array. */
    public static boolean isArray(LuaTable t) {
        for (int i = t.iterNext(-1); i >= 0; i = t.iterNext(i)) {
            if (!(t.iterKey(i) instanceof Double d) || Math.rint(d) != d) return false;
        }
        return true;
    }

    /** lj_tab_dup: a table with the same array and hash sizes and the same entries, no metatable. */
    public static LuaTable cloneOf(LuaTable src) {
        int hsize = src.hashSize();
        int hbits = hsize == 0 ? 0 : Integer.numberOfTrailingZeros(hsize);
        LuaTable dup = new LuaTable(src.heap, src.arraySize(), hbits);
        for (int i = src.iterNext(-1); i >= 0; i = src.iterNext(i)) {
            dup.set(src.iterKey(i), src.iterValue(i));
        }
        return dup;
    }
}
