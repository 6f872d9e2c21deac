package org.jresty.compiler;

import org.jresty.runtime.Interner;
import org.jresty.runtime.LuaString;

/**
 * Per-compile cache from identifier bytes to the interned string and its reserved-word token, so that the
 * lexer asks the VM's interner once per distinct name.
 */
final class NameCache {
    private final Interner interner;
    private LuaString[] keys = new LuaString[256];
    private int[] tokens = new int[256];
    private int[] hashes = new int[256];
    private int count;
    /** Token of the last looked-up name if it is a reserved word, else 0. */
    int lastReserved;

    NameCache(Interner interner) {
        this.interner = interner;
        for (int i = 0; i < Token.RESERVED; i++) {
            byte[] b = Token.NAMES[i].getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            put(interner.intern(b), Token.OFS + 1 + i, mix(rawHash(b, 0, b.length), b.length));
        }
    }

    /** The hash before mixing: h = h * 31 + byte over the bytes (the lexer computes it while scanning). */
    static int rawHash(byte[] b, int off, int len) {
        int h = 0;
        for (int i = 0; i < len; i++) h = h * 31 + b[off + i];
        return h;
    }

    private static int mix(int h, int len) {
        h = (h ^ len) * 0x9E3779B9;  // spread similar names (f1, f2...) apart for linear probing
        return h ^ (h >>> 16);
    }

    LuaString get(byte[] b, int off, int len) {
        return get(b, off, len, rawHash(b, off, len));
    }

    /** The interned string of b[off, off+len) whose {@link #rawHash} is raw. */
    LuaString get(byte[] b, int off, int len, int raw) {
        int h = mix(raw, len);
        int mask = keys.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            LuaString k = keys[i];
            if (k == null) break;
            if (hashes[i] == h && k.contentEquals(b, off, len)) {
                lastReserved = tokens[i];
                return k;
            }
        }
        LuaString s = interner.intern(b, off, len);
        put(s, 0, h);
        lastReserved = 0;
        return s;
    }

    private void put(LuaString s, int token, int h) {
        if (2 * (count + 1) > keys.length) grow();
        int mask = keys.length - 1;
        int i = h & mask;
        while (keys[i] != null) i = (i + 1) & mask;
        keys[i] = s;
        tokens[i] = token;
        hashes[i] = h;
        count++;
    }

    private void grow() {
        LuaString[] ok = keys;
        int[] ot = tokens;
        int[] oh = hashes;
        keys = new LuaString[ok.length * 2];
        tokens = new int[ok.length * 2];
        hashes = new int[ok.length * 2];
        count = 0;
        for (int i = 0; i < ok.length; i++) {
            if (ok[i] != null) put(ok[i], ot[i], oh[i]);
        }
    }
}
