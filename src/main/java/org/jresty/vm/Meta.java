package org.jresty.vm;

import org.jresty.runtime.LuaString;
import org.jresty.runtime.LuaTable;
import org.jresty.runtime.LuaUserdata;

/** Metatables and metamethod lookup (lj_meta.c). */
public final class Meta {
    private Meta() {
    }

    /** The metatable of any value (tables, userdata, strings' shared one, per-type ones set by debug.setmetatable). */
    public static LuaTable metatable(LuaVM vm, Object o) {
        if (o instanceof LuaTable t) return t.metatable;
        if (o instanceof LuaUserdata u) return u.metatable;
        if (o instanceof LuaString) return vm.stringMeta;
        return vm.typeMetatable(o);
    }

    /** The metamethod for event of o, or null. */
    public static Object mm(LuaVM vm, Object o, LuaString event) {
        LuaTable mt = metatable(vm, o);
        return mt == null ? null : mt.getStr(event);
    }
}
