package org.jresty.lib.debug;

import org.jresty.bytecode.Proto;
import org.jresty.runtime.LuaThread;
import org.jresty.vm.Frame;

/**
 * Stack levels as lua_getstack counts them: level 0 is the running function of the thread (for the running
 * thread, the debug builtin itself), level 1 its caller, and so on. A level maps to an index into
 * {@link LuaThread#frames}.
 */
public final class StackLevels {
    /** LuaJIT's NO_BCPOS: no bytecode position can be derived for the frame. */
    public static final int NO_POS = -1;

    private StackLevels() {
    }

    /** Frame index of a level, or -1 when the stack is not that deep. */
    public static int frameIndex(LuaThread L, int level) {
        if (level < 0) return -1;
        int fi = L.depth - 1 - level;
        return fi >= 0 ? fi : -1;
    }

    /**
     * The bytecode position the frame is executing (debug_framepc), or NO_POS for builtins and for a Lua
     * function on top of a thread that is not running (a coroutine that died in it: LuaJIT keeps no pc there).
     */
    public static int framePc(LuaThread L, int fi) {
        Frame f = L.frames[fi];
        if (f.cl == null) return NO_POS;
        if (fi == L.depth - 1 && L != L.vm.current) return NO_POS;
        Proto pt = f.cl.proto;
        int pc = f.pc - 1;
        return pc < 0 ? 0 : Math.min(pc, pt.bc.length);
    }

    /** lj_debug_line: the line of a bytecode position (0 = the function's first line), -1 without line info. */
    public static int line(Proto pt, int pc) {
        if (pt.lineinfo == null) return 0;
        if (pc == pt.bc.length) return pt.firstline + pt.numline;
        if (pc == 0) return pt.firstline;
        return pt.lineOf(pc);
    }

    /**
     * The slot just above the values a frame may name as temporaries: the next frame's function slot, or the
     * thread's top for the topmost frame.
     */
    public static int tempLimit(LuaThread L, int fi) {
        if (fi + 1 < L.depth) return L.frames[fi + 1].funcSlot;
        Frame f = L.frames[fi];
        if (f.cl == null && L == L.vm.current) return f.base + f.nargs;
        return L.top;
    }
}
