package org.jresty.vm;

import java.util.HashMap;
import org.jresty.runtime.Interner;
import org.jresty.runtime.LuaString;

/** A plain interner used until the heap's StringTable is wired in (no accounting). */
final class VmStrings implements Interner {
    private final HashMap<LuaString, LuaString> map = new HashMap<>();

    @Override
    public LuaString intern(byte[] b, int off, int len) {
        LuaString probe = new LuaString(b, off, len);
        LuaString s = map.putIfAbsent(probe, probe);
        return s == null ? probe : s;
    }
}
