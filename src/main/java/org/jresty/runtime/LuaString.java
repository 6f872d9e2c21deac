package org.jresty.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An immutable Lua string: any bytes. Strings are interned per VM (see {@link Interner}), so two equal live
 * strings of one VM are the same object and equality is identity, as in LuaJIT.
 *
 * <p>Two hashes ({@link StrHash}): {@link #sparseHash} (constant time, computed at creation) places the string in
 * the string table; {@link #hashCode} places it in tables. The latter is the sparse hash for strings up to 12
 * bytes, and the full hash (every byte) for longer ones, computed the first time a table needs it: building a
 * long string never reads all of it twice.
 */
public final class LuaString extends GCObject implements Comparable<LuaString> {
    private final byte[] bytes;
    private final int sparse;
    /** The table hash once known (0 = not computed yet; a computed 0 is just recomputed). */
    private int hash;

    /** Creates a string over a private copy of the bytes. Use an {@link Interner} to get the VM's instance. */
    public LuaString(byte[] src, int off, int len) {
        this(Arrays.copyOfRange(src, off, off + len), len == 0 ? 0 : StrHash.sparse(src, off, len));
    }

    /** Takes ownership of the array (the caller must not change it afterwards). */
    public static LuaString wrap(byte[] owned) {
        return new LuaString(owned, owned.length == 0 ? 0 : StrHash.sparse(owned, 0, owned.length));
    }

    /** Takes ownership of the array whose sparse hash is already known (the string table's new strings). */
    LuaString(byte[] owned, int sparse) {
        this.bytes = owned;
        this.sparse = sparse;
        if (owned.length <= StrHash.SPARSE_FULL) {
            this.hash = sparse;
        }
    }

    /** The table hash of the bytes s[off, off+len): what {@link #hashCode} of such a string returns. */
    public static int hashOf(byte[] b, int off, int len) {
        return len == 0 ? 0 : StrHash.keyHash(StrHash.sparse(b, off, len), b, off, len);
    }

    public int length() {
        return bytes.length;
    }

    public byte byteAt(int i) {
        return bytes[i];
    }

    /** The bytes themselves: callers must not modify the array. */
    public byte[] bytes() {
        return bytes;
    }

    /** LuaJIT's sparse hash of the bytes (the string table's primary hash). */
    public int sparseHash() {
        return sparse;
    }

    public boolean contentEquals(byte[] b, int off, int len) {
        return len == bytes.length && Arrays.equals(bytes, 0, len, b, off, off + len);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = bytes.length <= StrHash.SPARSE_FULL ? sparse : StrHash.full(bytes);
            hash = h;
        }
        return h;
    }

    /** Content equality (interned strings of one VM are also identical). */
    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof LuaString s && s.sparse == sparse && Arrays.equals(s.bytes, bytes));
    }

    /** Byte-wise unsigned comparison, like strcmp/memcmp in LuaJIT's string comparison. */
    @Override
    public int compareTo(LuaString o) {
        return Arrays.compareUnsigned(bytes, o.bytes);
    }

    /** The bytes as Latin-1 characters (one char per byte): lossless, for Java-side use. */
    @Override
    public String toString() {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** The bytes decoded as UTF-8, for printing to Java consoles. */
    public String toUtf8() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
