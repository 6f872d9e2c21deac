package org.jresty.lib.debug;

import org.jresty.bytecode.Op;
import org.jresty.runtime.LuaFunction;
import org.jresty.runtime.LuaThread;
import org.jresty.vm.Frame;

/** Calls a hook function above the thread's top frame without touching the values that frame still uses. */
final class HookCall {
    /** Room left above the call, as the interpreter keeps for builtins. */
    private static final int MARGIN = 32;

    private HookCall() {
    }

    /** fn(a, b) with its function slot at fs, or above what the top frame uses when fs is negative. */
    static void invoke(LuaThread L, LuaFunction fn, Object a, Object b, int fs) {
        if (fs < 0) fs = firstFree(L);
        int fsl = L.vm.frameSlots;
        L.ensureStack(fs + fsl + 2 + MARGIN);
        Object[] st = L.stack;
        st[fs] = fn;
        if (fsl == 2) st[fs + 1] = null;
        st[fs + fsl] = a;
        st[fs + fsl + 1] = b;
        int saveTop = L.top;
        L.top = fs + fsl + 2;
        try {
            L.vm.interp.call(L, fs, 2, 0);
        } finally {
            L.top = saveTop;
        }
    }

    /**
     * LuaJIT's cur_topslot: the frame size, or past the multiple results an instruction is about to consume
     * (CALLM, CALLMT, RETM, TSETM, also behind a UCLO jumping to one); for a builtin, past its arguments and the values it pushed.
     */
    private static int firstFree(LuaThread L) {
        Frame f = L.frames[L.depth - 1];
        if (f.cl == null) return Math.max(L.top, f.base + f.nargs);
        int[] bc = f.cl.proto.bc;
        int pc = f.pc - 1;
        if (pc >= 0 && pc < bc.length) {
            int ins = bc[pc];
            if (Op.op(ins) == Op.UCLO.ordinal() && pc + 1 + Op.j(ins) < bc.length) ins = bc[pc + 1 + Op.j(ins)];
            int op = Op.op(ins);
            if (op == Op.CALLM.ordinal() || op == Op.CALLMT.ordinal() || op == Op.RETM.ordinal()
                    || op == Op.TSETM.ordinal()) {
                return L.top; // just past the multiple results the instruction consumes
            }
        }
        return f.base + f.cl.proto.framesize;
    }
}
