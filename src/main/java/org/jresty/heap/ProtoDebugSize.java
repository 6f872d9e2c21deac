package org.jresty.heap;

import org.jresty.bytecode.Proto;
import org.jresty.bytecode.VarInfo;

/**
 * The debug-info bytes a prototype carries in LuaJIT (fs_prep_line + fs_prep_var): the line map (1, 2 or 4 bytes
 * per instruction after the header, by the function's line span), upvalue names with terminators, and the
 * variable records (name or internal-name code, then start/length as ULEB128), ending with a zero byte.
 * Stripped prototypes carry none.
 */
final class ProtoDebugSize {
    private ProtoDebugSize() {
    }

    static long of(Proto p) {
        if (p.lineinfo == null) {
            return 0;
        }
        int shift = p.numline < 256 ? 0 : p.numline < 65536 ? 1 : 2;
        long size = (long) (p.bc.length - 1) << shift;
        if (p.uvnames != null) {
            for (String n : p.uvnames) {
                size += n.length() + 1;
            }
        }
        if (p.varinfo != null) {
            int lastpc = 0;
            for (VarInfo v : p.varinfo) {
                size += isInternal(v.name()) ? 1 : v.name().length() + 1;
                size += uleb128Size(v.startpc() - lastpc) + uleb128Size(v.endpc() - v.startpc());
                lastpc = v.startpc();
            }
        }
        return size + 1;
    }

    private static boolean isInternal(String name) {
        return name.startsWith("(for ");
    }

    private static int uleb128Size(int v) {
        int n = 1;
        while ((v >>>= 7) != 0) {
            n++;
        }
        return n;
    }
}
