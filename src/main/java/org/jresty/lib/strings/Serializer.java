package org.jresty.lib.strings;

import org.jresty.runtime.LuaString;
import org.jresty.runtime.LuaTable;
import org.jresty.vm.LuaVM;

/**
 * string.buffer's serialization format (LuaJIT's lj_serialize.c): tags, U124 lengths, little-endian numbers,
 * tables as array part then hash part, string and metatable dictionaries. Hash entries are written in jresty's
 * node order, which need not be LuaJIT's (tables with hash keys may encode to other bytes, decoding is the
 * same). Errors are {@link StringLibError}s with LuaJIT's texts.
 */
public final class Serializer {
    private static final int TAG_NIL = 0, TAG_FALSE = 1, TAG_TRUE = 2, TAG_INT = 6, TAG_NUM = 7, TAG_TAB = 8,
            TAG_DICT_MT = 14, TAG_DICT_STR = 15, TAG_STR = 0x20;
    /** LJ_SERIALIZE_DEPTH. */
    private static final int MAX_DEPTH = 100;

    private final LuaVM vm;
    private final LuaTable dictStr;
    private final LuaTable dictMt;
    private final java.util.Map<Object, Integer> strIndex;
    private final java.util.Map<Object, Integer> mtIndex;
    private int depth = MAX_DEPTH;

    public Serializer(LuaVM vm, LuaTable dictStr, LuaTable dictMt) {
        this.vm = vm;
        this.dictStr = dictStr;
        this.dictMt = dictMt;
        this.strIndex = dictStr == null ? null : checkDict(dictStr, true);
        this.mtIndex = dictMt == null ? null : checkDict(dictMt, false);
    }

    // -------------------------------------------------------------------------------------------- encode

    private static void putU124(ByteSink out, int v) {
        if (Integer.compareUnsigned(v, 0xe0) < 0) {
            out.put(v);
        } else if (Integer.compareUnsigned(v, 0x1fe0) < 0) {
            v -= 0xe0;
            out.put(0xe0 | (v >>> 8));
            out.put(v & 0xff);
        } else {
            out.put(0xff);
            for (int i = 0; i < 4; i++) {
                out.put((v >>> (8 * i)) & 0xff);
            }
        }
    }

    /** Where encoded bytes go (a ByteBuf or a buffer object). */
    public interface ByteSink {
        void put(int b);

        void put(byte[] b, int off, int n);
    }

    public static ByteSink sink(ByteBuf b) {
        return new ByteSink() {
            public void put(int x) {
                b.append(x);
            }

            public void put(byte[] x, int off, int n) {
                b.append(x, off, n);
            }
        };
    }

    public static ByteSink sink(StringBufferObject b) {
        return new ByteSink() {
            public void put(int x) {
                b.put(x);
            }

            public void put(byte[] x, int off, int n) {
                b.put(x, off, n);
            }
        };
    }

    private static void putString(ByteSink out, LuaString s) {
        putU124(out, TAG_STR + s.length());
        out.put(s.bytes(), 0, s.length());
    }

    public void put(ByteSink out, Object o) {
        depth = MAX_DEPTH;
        encode(out, o);
    }

    private void encode(ByteSink out, Object o) {
        if (o instanceof LuaString s) {
            putString(out, s);
        } else if (o instanceof Double d) {
            out.put(TAG_NUM);
            long bits = Double.doubleToRawLongBits(d);
            for (int i = 0; i < 8; i++) {
                out.put((int) (bits >>> (8 * i)) & 0xff);
            }
        } else if (o == null) {
            out.put(TAG_NIL);
        } else if (o instanceof Boolean b) {
            out.put(b ? TAG_TRUE : TAG_FALSE);
        } else if (o instanceof LuaTable t) {
            encodeTable(out, t);
        } else {
            throw new StringLibError("cannot serialize '" + org.jresty.runtime.Conv.typeName(o) + "'");
        }
    }

    private void encodeTable(ByteSink out, LuaTable t) {
        if (depth <= 0) {
            throw new StringLibError("too deep to serialize");
        }
        depth--;
        int asize = t.arraySize();
        int narray = 0;
        int one = 2;
        for (int i = asize - 1; i >= 0; i--) {
            if (t.getInt(i) != null) {
                narray = i + 1;
                break;
            }
        }
        if (narray > 0 && t.getInt(0) == null) {
            one = 4;
        }
        Object[] node = t.gcHashNodes();
        int nhash = 0;
        if (node != null) {
            for (int i = 1; i < node.length; i += 2) {
                if (node[i] != null) {
                    nhash++;
                }
            }
        }
        if (mtIndex != null && t.metatable != null) {
            Integer idx = mtIndex.get(t.metatable);
            if (idx != null) {
                out.put(TAG_DICT_MT);
                putU124(out, idx);
            }
        }
        out.put(TAG_TAB + (nhash > 0 ? 1 : 0) + (narray > 0 ? one : 0));
        if (narray > 0) {
            putU124(out, narray);
        }
        if (nhash > 0) {
            putU124(out, nhash);
        }
        for (int i = one >> 2; i < narray; i++) {
            encode(out, t.getInt(i));
        }
        if (nhash > 0) {
            for (int i = node.length - 2; i >= 0; i -= 2) {
                if (node[i + 1] == null) {
                    continue;
                }
                Object k = node[i];
                Integer idx = strIndex != null && k instanceof LuaString ? strIndex.get(k) : null;
                if (idx != null) {
                    out.put(TAG_DICT_STR);
                    putU124(out, idx);
                } else {
                    encode(out, k);
                }
                encode(out, node[i + 1]);
            }
        }
        depth++;
    }

    // -------------------------------------------------------------------------------------------- decode

    private byte[] in;
    private int pos;
    private int end;

    /** Decodes one value from in[from, to); {@link #position()} is where it stopped. */
    public Object get(byte[] in, int from, int to) {
        this.in = in;
        this.pos = from;
        this.end = to;
        depth = MAX_DEPTH;
        return decode();
    }

    public int position() {
        return pos;
    }

    private static StringLibError eob() {
        return new StringLibError("unexpected end of buffer");
    }

    private int getU124() {
        if (pos >= end) {
            throw eob();
        }
        int v = in[pos++] & 0xff;
        if (v < 0xe0) {
            return v;
        }
        if (v != 0xff) {
            if (pos >= end) {
                throw eob();
            }
            return ((v & 0x1f) << 8) + (in[pos++] & 0xff) + 0xe0;
        }
        if (pos + 4 > end) {
            throw eob();
        }
        int x = 0;
        for (int i = 0; i < 4; i++) {
            x |= (in[pos++] & 0xff) << (8 * i);
        }
        return x;
    }

    private Object decode() {
        int tp = getU124();
        if (Integer.compareUnsigned(tp, TAG_STR) >= 0) {
            long len = Integer.toUnsignedLong(tp) - TAG_STR;
            if (len > end - pos) {
                throw eob();
            }
            LuaString s = vm.intern(in, pos, (int) len);
            pos += (int) len;
            return s;
        }
        switch (tp) {
            case TAG_INT -> {
                if (pos + 4 > end) {
                    throw eob();
                }
                int x = 0;
                for (int i = 0; i < 4; i++) {
                    x |= (in[pos++] & 0xff) << (8 * i);
                }
                return (double) x;
            }
            case TAG_NUM -> {
                if (pos + 8 > end) {
                    throw eob();
                }
                long bits = 0;
                for (int i = 0; i < 8; i++) {
                    bits |= (long) (in[pos++] & 0xff) << (8 * i);
                }
                double d = Double.longBitsToDouble(bits);
                return Double.isNaN(d) ? Double.NaN : d;
            }
            case TAG_NIL -> {
                return null;
            }
            case TAG_FALSE -> {
                return Boolean.FALSE;
            }
            case TAG_TRUE -> {
                return Boolean.TRUE;
            }
            case TAG_DICT_STR -> {
                int idx = getU124() + 1;
                Object s = dictStr != null && idx > 0 && idx < dictStr.arraySize() ? dictStr.getInt(idx) : null;
                if (!(s instanceof LuaString)) {
                    throw new StringLibError("cannot deserialize dictionary index " + idx);
                }
                return s;
            }
            default -> {
                if (tp >= TAG_TAB && tp <= TAG_DICT_MT) {
                    return decodeTable(tp);
                }
                throw new StringLibError(String.format("cannot deserialize tag 0x%02x", tp));
            }
        }
    }

    private LuaTable decodeTable(int tp) {
        if (depth <= 0) {
            throw new StringLibError("too deep to serialize");
        }
        depth--;
        LuaTable mt = null;
        if (tp == TAG_DICT_MT) {
            int idx = getU124() + 1;
            Object m = dictMt != null && idx > 0 && idx < dictMt.arraySize() ? dictMt.getInt(idx) : null;
            if (!(m instanceof LuaTable)) {
                throw new StringLibError("cannot deserialize dictionary index " + idx);
            }
            mt = (LuaTable) m;
            tp = getU124();
            if (!(tp >= TAG_TAB && tp < TAG_DICT_MT)) {
                throw new StringLibError(String.format("cannot deserialize tag 0x%02x", tp));
            }
        }
        int narray = 0;
        int nhash = 0;
        if (tp >= TAG_TAB + 2) {
            narray = getU124();
        }
        if ((tp & 1) != 0) {
            nhash = getU124();
        }
        if (narray < 0 || nhash < 0 || narray > end - pos + 1 || nhash > end - pos) {
            throw eob(); // each entry takes at least one byte
        }
        LuaTable t = new LuaTable(vm.heap, narray, LuaTable.hsize2hbits(nhash));
        if (mt != null) {
            t.setMetatable(mt);
        }
        for (int i = tp >= TAG_TAB + 4 ? 1 : 0; i < narray; i++) {
            Object v = decode();
            if (v != null) {
                t.setInt(i, v);
            }
        }
        for (int i = 0; i < nhash; i++) {
            Object k = decode();
            if (k == null || (k instanceof Double d && Double.isNaN(d))) {
                throw new StringLibError(k == null ? "table index is nil" : "table index is NaN");
            }
            if (t.get(k) != null) {
                throw new StringLibError("duplicate table key");
            }
            Object v = decode();
            t.set(k, v);
        }
        depth++;
        return t;
    }

    /**
     * Checks a dict/metatable option (array of strings or of tables; false entries allowed) and indexes it:
     * value -> 0-based position, the first of duplicates winning.
     */
    public static java.util.Map<Object, Integer> checkDict(LuaTable dict, boolean strings) {
        java.util.Map<Object, Integer> index = new java.util.HashMap<>();
        int len = dict.length();
        for (int i = 1; i <= len && i < dict.arraySize(); i++) {
            Object o = dict.getInt(i);
            boolean ok = strings ? o instanceof LuaString : o instanceof LuaTable;
            if (ok) {
                index.putIfAbsent(o, i - 1);
            } else if (o != Boolean.FALSE) {
                throw new StringLibError("bad options table");
            }
        }
        return index;
    }
}
