package org.jresty.runtime;

import org.jresty.bytecode.Proto;

/** A Lua function: a prototype plus its upvalues and its environment table (Lua 5.1 function environments). */
public final class LuaClosure extends LuaFunction {
    /** The upvalues of every closure that has none (an empty array cannot be written: one is enough). */
    public static final UpVal[] NO_UPVALS = new UpVal[0];

    /** upvals.length, kept in the object's padding: the sweep frees a dead closure without reading the array. */
    public final byte nupvals;
    public final Proto proto;
    public final UpVal[] upvals;
    /** The table GGET/GSET use (setfenv changes it). */
    public LuaTable env;
    /** The prototype's number constants boxed once (shared by all closures of the prototype). */
    public Double[] kbox;

    public LuaClosure(Proto proto, UpVal[] upvals, LuaTable env) {
        this.proto = proto;
        this.upvals = upvals;
        this.nupvals = (byte) upvals.length;
        this.env = env;
    }
}
