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
    private int count;
    /** Token of the last looked-up name if it is a reserved word, else 0. */
    int lastReserved;

    NameCache(Interner interner) {
        this.interner = interner;
        for (int i = 0; i < Token.RESERVED; i++) {
            byte[] b = Token.NAMES[i].getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            put(interner.intern(b), Token.OFS + 1 + i);
        }
    }

    private static int hash(byte[] b, int off, int len) {
        int h = len;
        for (int i = 0; i < len; i++) h = h * 31 + b[off + i];
        return h ^ (h >>> 15);
    }

    LuaString get(byte[] b, int off, int len) {
        int mask = keys.length - 1;
        for (int i = hash(b, off, len) & mask; ; i = (i + 1) & mask) {
            LuaString k = keys[i];
            if (k == null) break;
            if (k.contentEquals(b, off, len)) {
                lastReserved = tokens[i];
                return k;
            }
        }
        LuaString s = interner.intern(b, off, len);
        put(s, 0);
        lastReserved = 0;
        return s;
    }

    private void put(LuaString s, int token) {
        if (2 * (count + 1) > keys.length) grow();
        byte[] b = s.bytes();
        int mask = keys.length - 1;
        int i = hash(b, 0, b.length) & mask;
        while (keys[i] != null) i = (i + 1) & mask;
        keys[i] = s;
        tokens[i] = token;
        count++;
    }

    private void grow() {
        LuaString[] ok = keys;
        int[] ot = tokens;
        keys = new LuaString[ok.length * 2];
        tokens = new int[ok.length * 2];
        count = 0;
        for (int i = 0; i < ok.length; i++) {
            if (ok[i] != null) put(ok[i], ot[i]);
        }
    }
}
