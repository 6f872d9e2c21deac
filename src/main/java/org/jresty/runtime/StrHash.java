package org.jresty.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * LuaJIT 2.1's string hashes (lj_str.c, with a zero seed so that runs are repeatable). {@link #sparse} reads at
 * most four 32-bit words and the length, so interning costs the same for a 20 KB string as for a short one; it
 * covers every byte of strings up to 12 bytes only. {@link #dense} reads every byte: the string table falls back
 * to it for chains that collect too many sparse collisions, and tables use it as the key hash of long strings.
 */
public final class StrHash {
    /** Strings up to this length are fully covered by the sparse hash. */
    public static final int SPARSE_FULL = 12;

    private static final VarHandle U32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private StrHash() {
    }

    private static int u32(byte[] s, int i) {
        return (int) U32.get(s, i);
    }

    /** LuaJIT's hash_sparse over s[off, off+len), len &gt; 0 (constants from Bob Jenkins' lookup3). */
    public static int sparse(byte[] s, int off, int len) {
        int a;
        int b;
        int h = len;
        if (len >= 4) {
            a = u32(s, off);
            h ^= u32(s, off + len - 4);
            b = u32(s, off + (len >> 1) - 2);
            h ^= b;
            h -= Integer.rotateLeft(b, 14);
            b += u32(s, off + (len >> 2) - 1);
        } else {
            a = s[off] & 0xff;
            h ^= s[off + len - 1] & 0xff;
            b = s[off + (len >> 1)] & 0xff;
            h ^= b;
            h -= Integer.rotateLeft(b, 14);
        }
        a ^= h;
        a -= Integer.rotateLeft(h, 11);
        b ^= a;
        b -= Integer.rotateLeft(a, 25);
        h ^= b;
        h -= Integer.rotateLeft(b, 16);
        return h;
    }

    /** LuaJIT's hash_dense over s[off, off+len), continuing from the sparse hash h (12 bytes per round). */
    public static int dense(int h, byte[] s, int off, int len) {
        int b = Integer.reverseBytes(Integer.rotateLeft(h, 4));
        if (len > SPARSE_FULL) {
            int a = 0;
            int pe = off + len - 12;
            int p = pe;
            int q = off;
            do {
                a += u32(s, p);
                b += u32(s, p + 4);
                h += u32(s, p + 8);
                p = q;
                q += 12;
                h ^= b;
                h -= Integer.rotateLeft(b, 14);
                a ^= h;
                a -= Integer.rotateLeft(h, 11);
                b ^= a;
                b -= Integer.rotateLeft(a, 25);
            } while (p < pe);
            h ^= b;
            h -= Integer.rotateLeft(b, 16);
            a ^= h;
            a -= Integer.rotateLeft(h, 4);
            b ^= a;
            b -= Integer.rotateLeft(a, 14);
        }
        return b;
    }

    /**
     * The hash tables use for a string: the sparse hash up to {@link #SPARSE_FULL} bytes (it sees them all),
     * the dense one beyond (so that long keys that agree on the sampled words still spread).
     */
    public static int keyHash(int sparse, byte[] s, int off, int len) {
        return len <= SPARSE_FULL ? sparse : dense(sparse, s, off, len);
    }
}
