package org.jresty.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * String hashes. {@link #sparse} costs the same for a 20 KB string as for a short one: it reads every byte of
 * strings up to {@link #SPARSE_FULL} bytes, and only seven 32-bit words plus the length of longer ones (the idea of
 * LuaJIT 2.1's hash_sparse; the last eight bytes are all read, so that a common prefix followed by a counter of up
 * to eight digits still spreads). The string table chains by it. {@link #full} reads every byte: the string table falls
 * back to it for chains that collect too many sparse collisions (as LuaJIT falls back to hash_dense), and tables
 * use it as the key hash of long strings.
 *
 * <p>Both are Java's polynomial hash (31), words included, with the last bytes weighing least: keys that differ in
 * their last characters ("k1", "k2", ... or 1 .. "") land in neighbouring slots, which keeps sequential work
 * cache friendly, as the byte-wise hash did before.
 */
public final class StrHash {
    /** Strings up to this length are fully covered by the sparse hash. */
    public static final int SPARSE_FULL = 12;

    private static final VarHandle LE32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle BE32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

    private StrHash() {
    }

    /** The hash the string table chains by, over s[off, off+len), len &gt; 0. */
    public static int sparse(byte[] s, int off, int len) {
        if (len <= SPARSE_FULL) {
            return full(s, off, len);
        }
        int h = len;
        h = 31 * h + (int) LE32.get(s, off);
        h = 31 * h + (int) LE32.get(s, off + (len >> 3));
        h = 31 * h + (int) LE32.get(s, off + (len >> 2));
        h = 31 * h + (int) LE32.get(s, off + (len >> 1) - 2);
        h = 31 * h + (int) LE32.get(s, off + len - (len >> 2) - 4);
        h = 31 * h + (int) BE32.get(s, off + len - 8);
        h = 31 * h + (int) BE32.get(s, off + len - 4);
        return h ^ (h >>> 16);
    }

    /** The hash of every byte of s[off, off+len): Arrays.hashCode of that range, mixed. */
    public static int full(byte[] s, int off, int len) {
        int h = 1;
        for (int i = off, end = off + len; i < end; i++) {
            h = 31 * h + s[i];
        }
        return h ^ (h >>> 16);
    }

    /** {@link #full} of a whole array (vectorized by the JVM). */
    public static int full(byte[] s) {
        int h = Arrays.hashCode(s);
        return h ^ (h >>> 16);
    }

    /**
     * The hash tables use for the string s[off, off+len) whose sparse hash is given: the sparse hash up to
     * {@link #SPARSE_FULL} bytes (it sees them all), the full one beyond (long keys that agree on the sampled
     * words still spread).
     */
    public static int keyHash(int sparse, byte[] s, int off, int len) {
        return len <= SPARSE_FULL ? sparse : full(s, off, len);
    }
}
