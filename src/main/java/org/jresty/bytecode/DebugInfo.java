package org.jresty.bytecode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * LuaJIT's in-memory debug info of a prototype, which dumps carry byte for byte: the line of each instruction
 * after the header as a delta from the first line (1, 2 or 4 bytes little-endian, by the span of the function),
 * the upvalue names (zero-terminated), then the variables: a name (zero-terminated, or one byte 1..6 for the
 * internal for-loop names), the start pc as a ULEB128 delta from the previous variable's, the range length as a
 * ULEB128, and a zero byte at the end.
 */
public final class DebugInfo {
    private DebugInfo() {
    }

    /** Bytes of the debug info LuaJIT keeps for p (0 without debug info); the heap counts them in the proto. */
    public static int debugInfoSize(Proto p) {
        if (p.lineinfo == null) {
            return 0;
        }
        int size = (p.bc.length - 1) * DumpFormat.lineWidth(p.numline);
        for (String name : p.uvnames) {
            size += name.length() + 1;
        }
        int lastpc = 0;
        for (VarInfo v : p.varinfo) {
            size += DumpFormat.varnameCode(v.name()) != 0 ? 1 : v.name().length() + 1;
            size += ulebSize(v.startpc() - lastpc) + ulebSize(v.endpc() - v.startpc());
            lastpc = v.startpc();
        }
        return size + 1;
    }

    /** The debug info bytes of p, as a dump writes them (empty without debug info). */
    public static byte[] encode(Proto p) {
        if (p.lineinfo == null) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(debugInfoSize(p));
        int width = DumpFormat.lineWidth(p.numline);
        for (int pc = 1; pc < p.bc.length; pc++) {
            int delta = p.lineinfo[pc] - p.firstline;
            for (int i = 0; i < width; i++) {
                out.write(delta >>> (8 * i));
            }
        }
        for (String name : p.uvnames) {
            out.writeBytes(name.getBytes(StandardCharsets.ISO_8859_1));
            out.write(0);
        }
        int lastpc = 0;
        for (VarInfo v : p.varinfo) {
            int code = DumpFormat.varnameCode(v.name());
            if (code != 0) {
                out.write(code);
            } else {
                out.writeBytes(v.name().getBytes(StandardCharsets.ISO_8859_1));
                out.write(0);
            }
            writeUleb(out, v.startpc() - lastpc);
            writeUleb(out, v.endpc() - v.startpc());
            lastpc = v.startpc();
        }
        out.write(0);
        return out.toByteArray();
    }

    /** Bytes of the ULEB128 encoding of a uint32 (an int taken as unsigned). */
    static int ulebSize(int v) {
        int n = 1;
        while (Integer.compareUnsigned(v, 0x80) >= 0) {
            v >>>= 7;
            n++;
        }
        return n;
    }

    static void writeUleb(ByteArrayOutputStream out, int v) {
        while (Integer.compareUnsigned(v, 0x80) >= 0) {
            out.write((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out.write(v);
    }
}
