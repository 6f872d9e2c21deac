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
        if (total > Layout.MAX_STR) {
            throw new LuaError("string length overflow");
        }
        // Starting from a copy of the first string spares HotSpot zeroing the part it copies (s = s .. x).
        Object first = vals[from];
        byte[] out;
        int p;
        int i0;
        if (first instanceof LuaString s0) {
            out = java.util.Arrays.copyOf(s0.bytes(), (int) total);
            p = s0.length();
            i0 = 1;
        } else {
            out = new byte[(int) total];
            p = 0;
            i0 = 0;
        }
        for (int i = i0; i < n; i++) {
            Object v = vals[from + i];
            if (v instanceof LuaString s) {
                byte[] b = s.bytes();
                System.arraycopy(b, 0, out, p, b.length);
                p += b.length;
            } else if (texts != null && texts[i] != null) {
                byte[] t = texts[i];
                System.arraycopy(t, 0, out, p, t.length);
                p += t.length;
            } else {
                double d = (Double) v;
                int len = NumberFormat.integerLength(d);
                NumberFormat.writeInteger(out, p, len, d);
                p += len;
            }
        }
        return strings.internOwned(out);
    }
}
