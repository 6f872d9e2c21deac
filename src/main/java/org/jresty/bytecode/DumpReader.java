package org.jresty.bytecode;

import static org.jresty.bytecode.DumpFormat.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jresty.Mode;
import org.jresty.runtime.Interner;
import org.jresty.runtime.LuaError;
import org.jresty.runtime.LuaString;

/**
 * Loads a LuaJIT 2.1 bytecode dump (the format of lj_bcread.c, with or without debug info) into {@link Proto}s.
 * Everything is checked: a truncated, corrupted or hand-made dump gives a Lua error with LuaJIT's text
 * ("chunk: cannot load malformed bytecode", or "... incompatible bytecode" for another mode's or version's dump),
 * and every loaded tree passes {@link ProtoVerifier}, so the VM can trust it.
 */
public final class DumpReader {
    private final byte[] buf;
    private final String chunkarg;
    private final Mode mode;
    private final Interner interner;
    private int pos;
    private int end;
    private int flags;
    private LuaString chunkname;

    private DumpReader(byte[] buf, String chunkarg, Mode mode, Interner interner) {
        this.buf = buf;
        this.chunkarg = chunkarg == null ? "?" : chunkarg;
        this.mode = mode;
        this.interner = interner;
        this.end = buf.length;
    }

    /**
     * Reads a dump. chunkname is the name the chunk is loaded under ("@file", "=name", or the source itself):
     * it names stripped prototypes and prefixes error messages as LuaJIT does.
     */
    public static Proto read(byte[] dump, String chunkname, Mode mode, Interner interner) {
        return new DumpReader(dump, chunkname, mode, interner).readDump();
    }

    /** True when the bytes start like a bytecode dump (LuaJIT decides between source and dump on this). */
    public static boolean isDump(byte[] chunk) {
        return chunk.length > 0 && (chunk[0] & 0xff) == HEAD1;
    }

    private Proto readDump() {
        if (!readHeader()) {
            throw error(ERR_INCOMPATIBLE);
        }
        Deque<Proto> stack = new ArrayDeque<>();
        while (true) {
            if (pos >= end) {
                throw malformed();  // the terminating zero is missing
            }
            if (buf[pos] == 0) {
                pos++;
                break;
            }
            int len = uleb();
            if (len == 0) {
                break;
            }
            if (len < 0 || len > end - pos) {
                throw malformed();
            }
            int blockEnd = pos + len;
            int outerEnd = end;
            end = blockEnd;  // a prototype must not read beyond its own length
            Proto pt = readProto(stack);
            if (pos != blockEnd) {
                throw malformed();
            }
            end = outerEnd;
            stack.push(pt);
        }
        if (pos != end || stack.size() != 1) {
            throw malformed();
        }
        Proto main = stack.pop();
        String problem = ProtoVerifier.problem(main, mode);
        if (problem != null) {
            throw malformed();
        }
        return main;
    }

    /** Checks magic, version and flags and reads the chunk name; false when incompatible. */
    private boolean readHeader() {
        if (end < 1 || (buf[0] & 0xff) != HEAD1) {
            return false;
        }
        pos = 1;
        if (end < 4 || (buf[1] & 0xff) != HEAD2 || (buf[2] & 0xff) != HEAD3 || (buf[3] & 0xff) != VERSION) {
            return false;
        }
        pos = 4;
        if (pos >= end) {
            return false;
        }
        int f;
        try {
            f = uleb();
        } catch (LuaError e) {
            return false;
        }
        if ((f & ~F_KNOWN) != 0 || ((f & F_FR2) != 0) != mode.fr2) {
            return false;
        }
        flags = f;
        if ((f & F_STRIP) != 0) {
            // a stripped dump is named by the load; a dump loaded under its own bytes is "=?"
            String name = !chunkarg.isEmpty() && chunkarg.charAt(0) == HEAD1 ? "=?" : chunkarg;
            chunkname = interner.intern(nameBytes(name));
        } else {
            int len = uleb();
            need(len);
            chunkname = interner.intern(buf, pos, len);
            pos += len;
        }
        return true;
    }

    private Proto readProto(Deque<Proto> stack) {
        Proto pt = new Proto();
        pt.flags = u8();
        pt.numparams = u8();
        pt.framesize = u8();
        int sizeuv = u8();
        int sizekgc = uleb();
        int sizekn = uleb();
        int sizebc = uleb();
        int sizedbg = 0;
        int firstline = 0, numline = 0;
        if ((flags & F_STRIP) == 0) {
            sizedbg = uleb();
            if (sizedbg != 0) {
                firstline = uleb();
                numline = uleb();
            }
        }
        if ((pt.flags & ~PROTO_DUMP_FLAGS) != 0 || sizekgc < 0 || sizekn < 0 || sizebc < 0 || sizedbg < 0) {
            throw malformed();
        }
        // Every item takes at least one byte: refuse counts the block cannot hold before allocating.
        long minimum = 4L * sizebc + 2L * sizeuv + sizekgc + sizekn + sizedbg;
        if (minimum > end - pos) {
            throw malformed();
        }
        pt.chunkname = chunkname;
        pt.bc = new int[sizebc + 1];
        pt.bc[0] = Op.ad(pt.isVararg() ? Op.FUNCV : Op.FUNCF, pt.framesize, 0);
        for (int i = 1; i <= sizebc; i++) {
            pt.bc[i] = u32();
        }
        pt.uv = new int[sizeuv];
        for (int i = 0; i < sizeuv; i++) {
            pt.uv[i] = u16();
        }
        pt.kgc = new Object[sizekgc];
        for (int i = sizekgc - 1; i >= 0; i--) {  // the dump holds them from the last operand index down
            pt.kgc[i] = readGcConstant(stack);
        }
        pt.knum = new double[sizekn];
        for (int i = 0; i < sizekn; i++) {
            pt.knum[i] = readNumber();
        }
        pt.firstline = firstline;
        pt.numline = numline;
        if (sizedbg != 0) {
            readDebugInfo(pt, sizedbg);
        }
        return pt;
    }

    private Object readGcConstant(Deque<Proto> stack) {
        int tp = uleb();
        if (tp < 0 || tp >= KGC_STR) {
            return readString(tp - KGC_STR);
        }
        return switch (tp) {
            case KGC_CHILD -> {
                if (stack.isEmpty()) {
                    throw malformed();
                }
                yield stack.pop();
            }
            case KGC_TAB -> readTable();
            case KGC_I64 -> CDataConst.int64(readLong());
            case KGC_U64 -> CDataConst.uint64(readLong());
            default -> {
                double re = Double.longBitsToDouble(readLong());
                yield CDataConst.complex(re, Double.longBitsToDouble(readLong()));
            }
        };
    }

    private LuaString readString(int len) {
        if (len < 0) {
            throw malformed();
        }
        need(len);
        LuaString s = interner.intern(buf, pos, len);
        pos += len;
        return s;
    }

    /** Two ULEB128 words, low then high. */
    private long readLong() {
        long lo = uleb() & 0xffffffffL;
        long hi = uleb() & 0xffffffffL;
        return hi << 32 | lo;
    }

    private TemplateTable readTable() {
        int narray = uleb();
        int nhash = uleb();
        if (narray < 0 || nhash < 0 || narray > end - pos || nhash > (end - pos) / 2) {
            throw malformed();
        }
        TemplateTable t = new TemplateTable(narray, hashBitsFor(nhash));
        Map<Object, Integer> index = nhash > 8 ? new HashMap<>() : null;
        for (int i = 0; i < narray; i++) {
            t.array[i] = readTableItem();
        }
        for (int i = 0; i < nhash; i++) {
            Object key = readTableItem();
            Object value = readTableItem();  // nil here is a nil-value marker: the key stays
            if (key == null || key instanceof Double d && d.isNaN()) {
                throw malformed();
            }
            TemplateTables.put(t, key, value, index);
        }
        return t;
    }

    private Object readTableItem() {
        int tp = uleb();
        if (tp < 0 || tp >= KTAB_STR) {
            return readString(tp - KTAB_STR);
        }
        return switch (tp) {
            case KTAB_NIL -> null;
            case KTAB_FALSE -> Boolean.FALSE;
            case KTAB_TRUE -> Boolean.TRUE;
            case KTAB_INT -> (double) uleb();
            default -> Double.longBitsToDouble(readLong());
        };
    }

    /** A number constant: a 33-bit ULEB128 whose low bit tells an integer (0) from a double's low word (1). */
    private double readNumber() {
        need(1);
        boolean isDouble = (buf[pos] & 1) != 0;
        int lo = (int) (uleb33() >>> 1);
        if (isDouble) {
            long hi = uleb() & 0xffffffffL;
            return Double.longBitsToDouble(hi << 32 | (lo & 0xffffffffL));
        }
        return lo;
    }

    private void readDebugInfo(Proto pt, int sizedbg) {
        int start = pos;
        int stop = pos + sizedbg;
        if (pt.firstline < 0 || pt.numline < 0 || pt.firstline + pt.numline < 0) {
            throw malformed();
        }
        int n = pt.bc.length;
        int width = lineWidth(pt.numline);
        pt.lineinfo = new int[n];
        pt.lineinfo[0] = pt.firstline;
        for (int i = 1; i < n; i++) {
            int delta = width == 1 ? u8() : width == 2 ? u16() : u32();
            if (delta < 0 || delta > pt.numline) {
                throw malformed();
            }
            pt.lineinfo[i] = pt.firstline + delta;
        }
        pt.uvnames = new String[pt.uv.length];
        for (int i = 0; i < pt.uvnames.length; i++) {
            pt.uvnames[i] = cString(stop);
        }
        List<VarInfo> vars = new ArrayList<>();
        int lastpc = 0;
        while (true) {
            if (pos >= stop) {
                throw malformed();
            }
            int code = buf[pos] & 0xff;
            String name;
            if (code == 0) {
                pos++;
                break;
            } else if (code < VARNAMES.length) {
                pos++;
                name = VARNAMES[code];
            } else {
                name = cString(stop);
            }
            int startpc = lastpc + uleb();
            int endpc = startpc + uleb();
            if (startpc < 0 || startpc > endpc || endpc > n) {
                throw malformed();
            }
            vars.add(new VarInfo(name, startpc, endpc));
            lastpc = startpc;
        }
        pt.varinfo = vars.toArray(VarInfo[]::new);
        if (pos != start + sizedbg) {
            throw malformed();  // the debug info must be exactly what its size says
        }
    }

    /** A zero-terminated name inside the debug info (bytes as Latin-1 chars). */
    private String cString(int stop) {
        int z = pos;
        while (z < stop && buf[z] != 0) {
            z++;
        }
        if (z >= stop) {
            throw malformed();
        }
        String s = new String(buf, pos, z - pos, StandardCharsets.ISO_8859_1);
        pos = z + 1;
        return s;
    }

    // ---- primitive reads: every one checks the bounds of the current block ----

    private void need(int n) {
        if (n < 0 || n > end - pos) {
            throw malformed();
        }
    }

    private int u8() {
        need(1);
        return buf[pos++] & 0xff;
    }

    private int u16() {
        need(2);
        int b0 = buf[pos] & 0xff, b1 = buf[pos + 1] & 0xff;
        pos += 2;
        return bigEndian() ? b0 << 8 | b1 : b1 << 8 | b0;
    }

    private int u32() {
        need(4);
        int v = (buf[pos] & 0xff) | (buf[pos + 1] & 0xff) << 8 | (buf[pos + 2] & 0xff) << 16 | (buf[pos + 3] & 0xff) << 24;
        pos += 4;
        return bigEndian() ? Integer.reverseBytes(v) : v;
    }

    private boolean bigEndian() {
        return (flags & F_BE) != 0;
    }

    /** A ULEB128 of at most 32 bits (5 bytes); the result is the uint32 value as an int. */
    private int uleb() {
        long v = ulebLong();
        if (v > 0xffffffffL) {
            throw malformed();
        }
        return (int) v;
    }

    /** A ULEB128 of at most 33 bits (5 bytes), as number constants use. */
    private long uleb33() {
        long v = ulebLong();
        if (v > 0x1ffffffffL) {
            throw malformed();
        }
        return v;
    }

    private long ulebLong() {
        long v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = u8();
            v |= (long) (b & 0x7f) << shift;
            if (b < 0x80) {
                return v;
            }
        }
        throw malformed();
    }

    private LuaError malformed() {
        return error(ERR_MALFORMED);
    }

    /** A complete message (like a syntax error, no position is added), as LuaJIT's bcread_error. */
    private LuaError error(String message) {
        return new LuaError((Object) LuaString.wrap(nameBytes(displayName(chunkarg) + ": " + message)));
    }

    /** A Java name as bytes: Latin-1 when every char fits a byte, else UTF-8 (as the compiler does). */
    private static byte[] nameBytes(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xff) {
                return s.getBytes(StandardCharsets.UTF_8);
            }
        }
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The chunk name as the reader's messages show it: "(binary)" for a dump used as its own name. */
    static String displayName(String chunkarg) {
        if (!chunkarg.isEmpty()) {
            char c = chunkarg.charAt(0);
            if (c == HEAD1) {
                return "(binary)";
            } else if (c == '@' || c == '=') {
                return chunkarg.substring(1);
            }
        }
        return chunkarg;
    }
}
