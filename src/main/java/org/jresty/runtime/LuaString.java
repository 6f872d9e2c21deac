package org.jresty.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An immutable Lua string: any bytes. Strings are interned per VM (see {@link Interner}), so two equal live
 * strings of one VM are the same object and equality is identity, as in LuaJIT.
 */
public final class LuaString extends GCObject implements Comparable<LuaString> {
    private final byte[] bytes;
    private final int hash;

    /** Creates a string over a private copy of the bytes. Use an {@link Interner} to get the VM's instance. */
    public LuaString(byte[] src, int off, int len) {
        this.bytes = Arrays.copyOfRange(src, off, off + len);
        this.hash = hashOf(src, off, len);
    }

    /** Takes ownership of the array (the caller must not change it afterwards). */
    public static LuaString wrap(byte[] owned) {
        return new LuaString(owned);
    }

    private LuaString(byte[] owned) {
        this.bytes = owned;
        this.hash = hashOf(owned, 0, owned.length);
    }

    public static int hashOf(byte[] b, int off, int len) {
        int h = len;
        for (int i = 0; i < len; i++) {
            h = h * 31 + b[off + i];
        }
        return h ^ (h >>> 16);
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

    public boolean contentEquals(byte[] b, int off, int len) {
        return len == bytes.length && Arrays.equals(bytes, 0, len, b, off, off + len);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** Content equality (interned strings of one VM are also identical). */
    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof LuaString s && s.hash == hash && Arrays.equals(s.bytes, bytes));
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
