package org.jresty.runtime;

import org.jresty.vm.LuaVM;

/** A coroutine (LuaJIT's lua_State): its own Lua stack of slots and frames. The VM helper owns this file. */
public final class LuaThread extends GCObject {
    public final LuaVM vm;
    public Object[] stack;

    public LuaThread(LuaVM vm, int initialSlots) {
        this.vm = vm;
        this.stack = new Object[initialSlots];
    }
}
