package org.jresty.runtime;

/**
 * A function written in Java (LuaJIT's C functions). Arguments are on the caller thread's Lua stack:
 * {@code L.stack[base .. base+nargs)}. The builtin writes its results to {@code L.stack[base ...]} (it may
 * overwrite its arguments once read; it must make room with the thread's stack-growing method first when it
 * returns more values than it got) and returns how many there are. No per-call argument arrays.
 */
public abstract class Builtin extends LuaFunction {
    /** The name LuaJIT gives it in messages, e.g. "insert" or "print". */
    public final String name;

    protected Builtin(String name) {
        this.name = name;
    }

    public abstract int call(LuaThread L, int base, int nargs);
}
