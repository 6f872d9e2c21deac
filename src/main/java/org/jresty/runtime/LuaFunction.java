package org.jresty.runtime;

/** A Lua function value: a Lua closure or a builtin written in Java. */
public abstract class LuaFunction extends GCObject {
}
