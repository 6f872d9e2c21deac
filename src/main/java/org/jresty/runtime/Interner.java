package org.jresty.runtime;

import java.nio.charset.StandardCharsets;

/**
 * Turns bytes into the VM's unique {@link LuaString}. The compiler takes one, so that the constants it emits are
 * the running VM's strings; the VM's string table implements it (and accounts the memory).
 */
public interface Interner {
    LuaString intern(byte[] b, int off, int len);

    default LuaString intern(byte[] b) {
        return intern(b, 0, b.length);
    }

    /**
     * Interns a freshly built array whose ownership passes to the interner: when the string is new, it keeps the
     * array instead of copying it. The caller must not touch the array afterwards.
     */
    default LuaString internOwned(byte[] b) {
        return intern(b, 0, b.length);
    }

    /**
     * Interns b[0, len) (len &gt; 0), a concatenation's result: the array passes to the interner, which may keep it
     * even when it is longer than len (see {@link LuaString}). growth is the new string's.
     */
    default LuaString internConcat(byte[] b, int len, byte growth) {
        return intern(b, 0, len);
    }

    /** Interns a Java string's chars as Latin-1 bytes (one byte per char; use for ASCII names). */
    default LuaString intern(String s) {
        return intern(s.getBytes(StandardCharsets.ISO_8859_1));
    }
}
