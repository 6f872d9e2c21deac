package org.jresty.runtime;

import java.util.HashMap;

/** A simple HashMap-based {@link Interner}, for compiling without a VM (e.g. {@code jresty -bl}). */
public final class MapInterner implements Interner {
    private final HashMap<LuaString, LuaString> strings = new HashMap<>();

    @Override
    public LuaString intern(byte[] b, int off, int len) {
        LuaString s = new LuaString(b, off, len);
        LuaString old = strings.putIfAbsent(s, s);
        return old != null ? old : s;
    }
}
