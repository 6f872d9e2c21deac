package org.jresty.runtime;

/** A full userdata (newproxy's result, or a library's handle): a metatable, an environment and a Java payload. */
public class LuaUserdata extends GCObject {
    public LuaTable metatable;
    public LuaTable env;
    /** What the owning library keeps here (a file handle, ...); null for newproxy's. */
    public Object payload;
    /** Payload size in bytes as LuaJIT would count it (0 for newproxy). */
    public int size;

    public LuaUserdata(LuaTable metatable, Object payload) {
        this.metatable = metatable;
        this.payload = payload;
    }
}
