package org.jresty.vm;

import org.jresty.Mode;

/** One Lua VM (LuaJIT's global_State plus its main thread) in one mode. The VM helper owns this file. */
public final class LuaVM {
    public final Mode mode;

    public LuaVM(Mode mode) {
        this.mode = mode;
    }
}
