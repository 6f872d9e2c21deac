package org.jresty.bytecode;

import static org.jresty.bytecode.DumpFormat.*;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Comparator;
import org.jresty.Mode;
import org.jresty.runtime.LuaString;

/**
 * Writes a prototype tree as a LuaJIT 2.1 bytecode dump (lj_bcwrite.c): what {@code string.dump} and
 * {@code luajit -b} produce. Children come before their parent, each prototype prefixed by its length.
 */
public final class DumpWriter {
    private final Mode mode;
    private final boolean strip;
    private final boolean deterministic;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1024);

    private DumpWriter(Mode mode, boolean strip, boolean deterministic) {
        this.mode = mode;
        this.strip = strip;
        this.deterministic = deterministic;
    }

    /**
     * The dump of main. strip drops debug info and the chunk name; deterministic sorts the hash parts of
     * constant tables as luajit -d does (otherwise they are written in the template's insertion order).
     */
    public static byte[] write(Proto main, Mode mode, boolean strip, boolean deterministic) {
        DumpWriter w = new DumpWriter(mode, strip, deterministic);
        w.writeHeader(main);
        w.writeProto(main);
        w.out.write(0);
        return w.out.toByteArray();
    }

    private void writeHeader(Proto main) {
        out.write(HEAD1);
        out.write(HEAD2);
        out.write(HEAD3);
        out.write(VERSION);
        out.write((strip ? F_STRIP : 0) + (mode.fr2 ? F_FR2 : 0) + ((main.flags & Proto.FFI) != 0 ? F_FFI : 0));
        if (!strip) {
            byte[] name = main.chunkname == null ? new byte[0] : main.chunkname.bytes();
            DebugInfo.writeUleb(out, name.length);
            out.writeBytes(name);
        }
    }

    private void writeProto(Proto pt) {
        if ((pt.flags & Proto.CHILD) != 0) {
            for (Object k : pt.kgc) {
                if (k instanceof Proto child) {
                    writeProto(child);
                }
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(64 + 4 * pt.bc.length);
        body.write(pt.flags & PROTO_DUMP_FLAGS);
        body.write(pt.numparams);
        body.write(pt.framesize);
        body.write(pt.uv.length);
        DebugInfo.writeUleb(body, pt.kgc.length);
        DebugInfo.writeUleb(body, pt.knum.length);
        DebugInfo.writeUleb(body, pt.bc.length - 1);
        byte[] debug = strip ? null : DebugInfo.encode(pt);
        if (debug != null) {
            DebugInfo.writeUleb(body, debug.length);
            if (debug.length != 0) {
                DebugInfo.writeUleb(body, pt.firstline);
                DebugInfo.writeUleb(body, pt.numline);
            }
        }
        for (int pc = 1; pc < pt.bc.length; pc++) {
            int ins = pt.bc[pc];
            body.write(ins);
            body.write(ins >>> 8);
            body.write(ins >>> 16);
            body.write(ins >>> 24);
        }
        for (int v : pt.uv) {
            body.write(v);
            body.write(v >>> 8);
        }
        for (int i = pt.kgc.length - 1; i >= 0; i--) {
            writeGcConstant(body, pt.kgc[i]);
        }
        for (double n : pt.knum) {
            writeNumber(body, n);
        }
        if (debug != null) {
            body.writeBytes(debug);
        }
        DebugInfo.writeUleb(out, body.size());
        out.writeBytes(body.toByteArray());
    }

    private void writeGcConstant(ByteArrayOutputStream b, Object k) {
        switch (k) {
            case LuaString s -> writeString(b, KGC_STR, s);
            case Proto p -> b.write(KGC_CHILD);
            case TemplateTable t -> {
                b.write(KGC_TAB);
                writeTable(b, t);
            }
            case CDataConst c -> {
                switch (c.kind()) {
                    case INT64 -> {
                        b.write(KGC_I64);
                        writeLong(b, c.bits());
                    }
                    case UINT64 -> {
                        b.write(KGC_U64);
                        writeLong(b, c.bits());
                    }
                    case COMPLEX -> {
                        b.write(KGC_COMPLEX);
                        writeLong(b, Double.doubleToRawLongBits(c.real()));
                        writeLong(b, Double.doubleToRawLongBits(c.imag()));
                    }
                }
            }
            default -> throw new IllegalArgumentException("not a GC constant: " + k);
        }
    }

    private static void writeString(ByteArrayOutputStream b, int base, LuaString s) {
        DebugInfo.writeUleb(b, base + s.length());
        b.writeBytes(s.bytes());
    }

    /** Low word then high word, each as ULEB128. */
    private static void writeLong(ByteArrayOutputStream b, long v) {
        DebugInfo.writeUleb(b, (int) v);
        DebugInfo.writeUleb(b, (int) (v >>> 32));
    }

    private void writeTable(ByteArrayOutputStream b, TemplateTable t) {
        int narray = TemplateTables.usedArrayLength(t);
        int nhash = t.hashCount;
        DebugInfo.writeUleb(b, narray);
        DebugInfo.writeUleb(b, nhash);
        for (int i = 0; i < narray; i++) {
            writeTableItem(b, t.array[i], true);
        }
        Integer[] order = new Integer[nhash];
        Arrays.setAll(order, i -> i);
        if (deterministic && nhash > 1) {
            Arrays.sort(order, Comparator.comparing(i -> t.hashKeys[i], DumpWriter::compareKeys));
        }
        for (int i : order) {
            writeTableItem(b, t.hashKeys[i], false);
            writeTableItem(b, t.hashValues[i], true);  // null: a nil-value marker, written as nil
        }
    }

    /** luajit -d's order of template keys: numbers (by their bits), then strings, then true, then false. */
    static int compareKeys(Object a, Object b) {
        int ta = keyRank(a), tb = keyRank(b);
        if (ta != tb) {
            return Integer.compare(ta, tb);
        }
        if (a instanceof Double x) {
            return Long.compareUnsigned(Double.doubleToRawLongBits(x), Double.doubleToRawLongBits((Double) b));
        }
        if (a instanceof LuaString s) {
            return s.compareTo((LuaString) b);
        }
        return 0;
    }

    /** The order of LuaJIT's type tags as unsigned numbers: numbers < string < true < false. */
    private static int keyRank(Object k) {
        if (k instanceof Double) {
            return 0;
        } else if (k instanceof LuaString) {
            return 1;
        }
        return Boolean.TRUE.equals(k) ? 2 : 3;
    }

    /** A template key or value; narrow writes integral numbers as integers (values are narrowed, keys not). */
    private static void writeTableItem(ByteArrayOutputStream b, Object v, boolean narrow) {
        switch (v) {
            case null -> b.write(KTAB_NIL);
            case Boolean bool -> b.write(bool ? KTAB_TRUE : KTAB_FALSE);
            case LuaString s -> writeString(b, KTAB_STR, s);
            case Double d -> {
                double n = d;
                int k = (int) n;
                if (narrow && n == k) {
                    b.write(KTAB_INT);
                    DebugInfo.writeUleb(b, k);
                } else {
                    b.write(KTAB_NUM);
                    writeLong(b, Double.doubleToRawLongBits(n));
                }
            }
            default -> throw new IllegalArgumentException("not a template value: " + v);
        }
    }

    /** A number constant: integers as a 33-bit ULEB128 of 2*k, others as (low word * 2 + 1) then the high word. */
    private static void writeNumber(ByteArrayOutputStream b, double n) {
        int k = (int) n;
        if (n == k) {
            writeUleb33(b, (k & 0xffffffffL) << 1);
        } else {
            long bits = Double.doubleToRawLongBits(n);
            writeUleb33(b, (bits & 0xffffffffL) << 1 | 1);
            DebugInfo.writeUleb(b, (int) (bits >>> 32));
        }
    }

    private static void writeUleb33(ByteArrayOutputStream b, long v) {
        while (v >= 0x80) {
            b.write((int) (v & 0x7f) | 0x80);
            v >>>= 7;
        }
        b.write((int) v);
    }
}
