package org.jresty.vm;

import org.jresty.runtime.LuaClosure;
import org.jresty.runtime.LuaFunction;

/**
 * One call frame of a coroutine (LuaJIT keeps this in the stack's frame-link slots; we keep a reusable
 * object per depth, so a call allocates nothing). The function occupies {@code funcSlot}; in GC64 mode
 * {@code funcSlot+1} is the (unused) frame-link slot and registers start at {@code base = funcSlot + 2}.
 */
public final class Frame {
    /** How the results of this frame are delivered when it returns. */
    static final int K_NORMAL = 0, K_PCALL_BODY = 1, K_COND = 2, K_CAT = 3, K_RESUME_BOUNDARY = 4;

    public LuaFunction func;
    /** The Lua closure, or null for a builtin's frame. */
    public LuaClosure cl;
    public int funcSlot;
    public int base;
    /** Next instruction to execute (Lua frames). */
    public int pc;
    /** Absolute slot where results go, and how many are wanted (-1 = all, setting the thread's top). */
    public int resultSlot;
    public int nresults;
    /** Varargs of a vararg function: slots [varargStart, varargStart + nvarargs). */
    public int varargStart;
    public int nvarargs;
    /** Number of arguments a builtin frame got. */
    public int nargs;
    public int kind;
    /** Continuation data: negate flag for K_COND, packed CAT operands for K_CAT. */
    public int contArg;
    /** xpcall's message handler (pcall frames), else null. */
    public Object handler;
    /** Set when this frame replaced its caller through a tail call (tracebacks say "(tail call)"). */
    public boolean tailcalled;
    /** Marks a pcall/xpcall frame. */
    public boolean isPcall;
    /**
     * Set by debug.setlocal: compiled code that keeps registers as doubles reloads them from the stack before
     * going on (it clears the flag).
     */
    public boolean localsWritten;

    public boolean isLua() {
        return cl != null;
    }
}
