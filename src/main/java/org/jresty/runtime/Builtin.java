package org.jresty.runtime;

/**
 * A function written in Java (LuaJIT's C functions). Arguments are on the caller thread's Lua stack:
 * {@code L.stack[base .. base+nargs)}. The builtin writes its results to {@code L.stack[base ...]} (it may
 * overwrite its arguments once read; it must make room with {@link LuaThread#ensureStack} first when it
 * returns more values than it got) and returns how many there are. No per-call argument arrays.
 *
 * <p>To call Lua back from a builtin use {@code L.vm.call(...)} / {@link org.jresty.vm.Interp#call}; a yield
 * through such a call raises "attempt to yield across C-call boundary", as in LuaJIT. Errors: throw
 * {@link org.jresty.lib.Args}' errors (they name the function as LuaJIT does) or {@link LuaError}.
 */
public abstract class Builtin extends LuaFunction {
    /** The body of a builtin written as a lambda: {@code (L, base, nargs) -> nresults}. */
    @FunctionalInterface
    public interface Body {
        int call(LuaThread L, int base, int nargs);
    }

    /** Builtins the interpreter runs itself (pcall, xpcall, coroutine.yield, tostring): 0 for ordinary ones. */
    public static final int SPECIAL_NONE = 0, SPECIAL_PCALL = 1, SPECIAL_XPCALL = 2, SPECIAL_YIELD = 3,
            SPECIAL_TOSTRING = 4;

    /** The name LuaJIT gives it in messages, e.g. "insert" or "print". */
    public final String name;
    /** One of SPECIAL_*. */
    public final int special;
    /** Environment (getfenv of a builtin); null means the globals. */
    public LuaTable env;

    /**
     * LuaJIT's fast-function id (GCfuncC.ffid, {@code org.jresty.lib.FastFunctionIds}): tostring prints
     * "builtin#" and it; 0 for functions that are not LuaJIT fast functions (printed with an address).
     */
    public int ffid;

    /**
     * Non-zero for a one-number math function that compiled code computes in place of calling it
     * ({@code org.jresty.lib.math.MathIntrinsic}'s id).
     */
    public int intrinsic;

    /** How many upvalues LuaJIT's C function has (its GCfuncC size; debug.getinfo's nups), set by the heap. */
    public int nupvalues;

    protected Builtin(String name) {
        this(name, SPECIAL_NONE);
    }

    protected Builtin(String name, int special) {
        this.name = name;
        this.special = special;
    }

    public abstract int call(LuaThread L, int base, int nargs);

    /** A builtin from a lambda. */
    public static Builtin of(String name, Body body) {
        return new Builtin(name) {
            @Override
            public int call(LuaThread L, int base, int nargs) {
                return body.call(L, base, nargs);
            }
        };
    }
}
