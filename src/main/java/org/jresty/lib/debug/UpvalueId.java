package org.jresty.lib.debug;

/**
 * The light userdata debug.upvalueid returns for a builtin's upvalue (type "userdata", no metatable, not
 * collectable). A Lua closure's upvalue id is the {@link org.jresty.runtime.UpVal} itself, so closures that
 * share an upvalue give the same (==) value as LuaJIT's pointers do.
 */
public final class UpvalueId {
    final Object fn;
    final int index;

    UpvalueId(Object fn, int index) {
        this.fn = fn;
        this.index = index;
    }
}
