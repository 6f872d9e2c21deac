package org.jresty.runtime;

import org.jresty.heap.Layout;

/**
 * The string work of concatenation (BC_CAT, lj_meta_cat's fast path): strings and numbers written once into an
 * array of the exact length, which the string table then keeps without a second copy when the result is new.
 * Integral numbers are written digit by digit, without going through Java text.
 */
public final class StrCat {
    private StrCat() {
    }

    /** A number's tostring text as the VM's string, written straight into the array the string table keeps. */
    public static LuaString number(Interner strings, double d) {
        return strings.internOwned(NumberFormat.tostringBytes(d));
    }

    /**
     * Concatenates vals[from, from+n) (n &gt;= 1), each a {@link LuaString} or a {@link Double}, into the interned
     * result. A result equal to one of the parts (the others empty) is that part itself.
     */
    public static LuaString concat(Interner strings, Object[] vals, int from, int n) {
        long total = 0;
        LuaString single = null;
        int nonEmpty = 0;
        byte[][] texts = null;
        for (int i = 0; i < n; i++) {
            Object v = vals[from + i];
            int len;
            if (v instanceof LuaString s) {
                len = s.length();
            } else {
                double d = (Double) v;
                len = NumberFormat.integerLength(d);
                if (len == 0) {
                    if (texts == null) {
                        texts = new byte[n][];
                    }
                    byte[] t = NumberFormat.tostringBytes(d);
                    texts[i] = t;
                    len = t.length;
                }
            }
            if (len > 0) {
                nonEmpty++;
                single = v instanceof LuaString s ? s : null;
            }
            total += len;
        }
        if (nonEmpty == 1 && single != null) {
            return single;
        }
        if (total == 0) {
            return strings.internOwned(new byte[0]);
        }
        if (total > Layout.MAX_STR) {
            throw new LuaError("string length overflow");
        }
        int t = (int) total;
        Object first = vals[from];
        byte[] out;
        int p;
        int i0;
        byte growth = LuaString.GROWING;
        LuaString extending = null;
        if (first instanceof LuaString s0) {
            p = s0.length();
            i0 = 1;
            byte[] a = s0.array();
            byte g = s0.growth();
            if (g == LuaString.GROWING && s0.canExtend(t)) {
                out = a; // s = s .. x again: the tail goes into the room left last time
                extending = s0;
            } else if (g == LuaString.GROWING && t >= MIN_ROOM) {
                out = new byte[t + Math.min(t >> 1, MAX_ROOM)];
                System.arraycopy(a, 0, out, 0, p);
            } else {
                // Starting from a copy of the first string spares HotSpot zeroing the part it copies.
                out = a.length == p ? java.util.Arrays.copyOf(a, t) : java.util.Arrays.copyOfRange(a, 0, t);
                if (g == LuaString.FIXED) growth = LuaString.FIXED;
            }
        } else {
            out = new byte[t];
            p = 0;
            i0 = 0;
        }
        for (int i = i0; i < n; i++) {
            Object v = vals[from + i];
            if (v instanceof LuaString s) {
                int len = s.length();
                System.arraycopy(s.array(), 0, out, p, len);
                p += len;
            } else if (texts != null && texts[i] != null) {
                byte[] text = texts[i];
                System.arraycopy(text, 0, out, p, text.length);
                p += text.length;
            } else {
                double d = (Double) v;
                int len = NumberFormat.integerLength(d);
                NumberFormat.writeInteger(out, p, len, d);
                p += len;
            }
        }
        LuaString r = strings.internConcat(out, t, growth);
        if (extending != null && r.array() == out) extending.claimTail();
        return r;
    }

    /**
     * A concatenation of at least this many bytes that starts with a concatenation's result gets room for half as
     * much again (at most MAX_ROOM bytes), where the next one may append in place.
     */
    static final int MIN_ROOM = 32, MAX_ROOM = 1 << 26;
}
