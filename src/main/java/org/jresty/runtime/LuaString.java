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
    /**
     * The bytes, in [0, len). A string made by concatenation may own a longer array: the next concatenation that
     * starts with it then writes its tail in place, and the result shares the array (s = s .. x in a loop copies
     * each byte a logarithmic number of times instead of once per step).
     */
    private byte[] bytes;
    private final int len;
    private final int sparse;
    /** The table hash once known (0 = not computed yet; a computed 0 is just recomputed). */
    private int hash;
    /** {@link #PLAIN}, {@link #GROWING} or {@link #FIXED}: whether concatenations starting here get spare room. */
    private byte growth;
    /** The bytes past len of the array were taken by a string that extended this one in place. */
    private boolean extended;

    /** Not made by concatenation. */
    static final byte PLAIN = 0;
    /** Made by concatenation: a concatenation starting with it gets spare room for the next one. */
    static final byte GROWING = 1;
    /** Its bytes were asked for as an exact array (or it descends from such a string): no spare room. */
    static final byte FIXED = 2;

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
        this(owned, owned.length, sparse, PLAIN);
    }

    /** The string owned[0, len) whose array may be longer (a concatenation's result); see {@link #bytes}. */
    LuaString(byte[] owned, int len, int sparse, byte growth) {
        this.bytes = owned;
        this.len = len;
        this.sparse = sparse;
        this.growth = growth;
        if (len <= StrHash.SPARSE_FULL) {
            this.hash = sparse;
        }
    }

    /** The table hash of the bytes s[off, off+len): what {@link #hashCode} of such a string returns. */
    public static int hashOf(byte[] b, int off, int len) {
        return len == 0 ? 0 : StrHash.keyHash(StrHash.sparse(b, off, len), b, off, len);
    }

    public int length() {
        return len;
    }

    public byte byteAt(int i) {
        return bytes[i];
    }

    /**
     * The bytes themselves, an array of exactly {@link #length} bytes: callers must not modify it. A string that
     * shares a longer array (see {@link #bytes}) gets an exact copy of its own first.
     */
    public byte[] bytes() {
        byte[] b = bytes;
        if (b.length != len) {
            bytes = b = Arrays.copyOf(b, len);
            growth = FIXED;
        }
        return b;
    }

    /**
     * The array holding the bytes, possibly longer than {@link #length} (for the concatenation code only: it may
     * write past len when {@link #claimTail} says so).
     */
    byte[] array() {
        return bytes;
    }

    byte growth() {
        return growth;
    }

    /**
     * True when a concatenation of total bytes starting with this string may write its tail into this string's
     * array: the room is there and no other string took it.
     */
    boolean canExtend(int total) {
        return !extended && bytes.length >= total;
    }

    /** The string made by extending this one in place now owns the bytes past len. */
    void claimTail() {
        extended = true;
    }

    /** LuaJIT's sparse hash of the bytes (the string table's primary hash). */
    public int sparseHash() {
        return sparse;
    }

    public boolean contentEquals(byte[] b, int off, int len) {
        return len == this.len && Arrays.equals(bytes, 0, len, b, off, off + len);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = len <= StrHash.SPARSE_FULL ? sparse : bytes.length == len ? StrHash.full(bytes)
                    : StrHash.full(bytes, 0, len);
            hash = h;
        }
        return h;
    }

    /** Content equality (interned strings of one VM are also identical). */
    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof LuaString s && s.sparse == sparse && s.len == len
                && Arrays.equals(s.bytes, 0, len, bytes, 0, len));
    }

    /** Byte-wise unsigned comparison, like strcmp/memcmp in LuaJIT's string comparison. */
    @Override
    public int compareTo(LuaString o) {
        return Arrays.compareUnsigned(bytes, 0, len, o.bytes, 0, o.len);
    }

    /** The bytes as Latin-1 characters (one char per byte): lossless, for Java-side use. */
    @Override
    public String toString() {
        return new String(bytes, 0, len, StandardCharsets.ISO_8859_1);
    }

    /** The bytes decoded as UTF-8, for printing to Java consoles. */
    public String toUtf8() {
        return new String(bytes, 0, len, StandardCharsets.UTF_8);
    }
}
