package org.jresty.runtime;

import org.jresty.vm.Frame;
import org.jresty.vm.LuaVM;

/**
 * A coroutine (LuaJIT's lua_State): its own Lua stack of slots and its call frames. The interpreter
 * ({@link org.jresty.vm.Interp}) runs on it; builtins read their arguments from {@link #stack}.
 */
public final class LuaThread extends GCObject {
    public static final int SUSPENDED = 0, RUNNING = 1, NORMAL = 2, DEAD = 3;

    public final LuaVM vm;
    public Object[] stack;
    /** End of the last multiple-results sequence (LuaJIT's MULTRES/top), and the first free slot. */
    public int top;
    public Frame[] frames = new Frame[16];
    /** Number of active frames; frames[depth-1] is the running one. */
    public int depth;
    /** Open upvalues, highest slot first. */
    public UpVal openUpvals;
    public int status = SUSPENDED;
    /** Nested Java-to-Lua calls (builtins calling back) since this coroutine was last resumed. */
    public int cCalls;
    /** Highest top the heap has already accounted stack for (see Heap.stackNeed). */
    public int stackAccounted;
    /** The function a new coroutine starts with (null once started). */
    public LuaFunction startFn;
    /** Frame depth at which the running resume entered this thread. */
    public int resumeDepth;
    /** Set by coroutine.yield until the resume loop has taken the values [yieldBase, yieldBase+yieldCount). */
    public boolean yielding;
    public int yieldBase, yieldCount;
    /** Environment table of the thread (getfenv(0)). */
    public LuaTable env;

    public LuaThread(LuaVM vm, int initialSlots) {
        this.vm = vm;
        this.stack = new Object[initialSlots];
    }

    /** Makes sure slots [0, needTop) exist. */
    public void ensureStack(int needTop) {
        if (needTop > stack.length) {
            int n = stack.length;
            while (n < needTop) n *= 2;
            stack = java.util.Arrays.copyOf(stack, n);
        }
    }

    public Frame currentFrame() {
        return depth > 0 ? frames[depth - 1] : null;
    }
}
