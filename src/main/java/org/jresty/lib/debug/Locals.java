package org.jresty.lib.debug;

import org.jresty.bytecode.Proto;
import org.jresty.runtime.LuaThread;
import org.jresty.vm.Debug;
import org.jresty.vm.Frame;

/** lua_getlocal/lua_setlocal's slot lookup (debug_localname): a name and an absolute stack slot. */
public final class Locals {
    /** A local's name and the absolute slot of its value in the thread's stack. */
    public record Slot(String name, int index) {
    }

    private Locals() {
    }

    /** The local n (1-based; negative: the n-th vararg) of frame fi of L, or null when there is none. */
    public static Slot find(LuaThread L, int fi, int n) {
        Frame f = L.frames[fi];
        int pc = StackLevels.framePc(L, fi);
        if (n < 0) {
            if (pc == StackLevels.NO_POS) return null;
            Proto pt = f.cl.proto;
            if (!pt.isVararg()) return null;
            int k = -n;
            if (k > 0 && k <= f.nvarargs) return new Slot("(*vararg)", f.varargStart + k - 1);
            return null;
        }
        String name = null;
        if (pc != StackLevels.NO_POS) name = Debug.varName(f.cl.proto, pc, n - 1);
        if (name == null && n > 0 && n - 1 < StackLevels.tempLimit(L, fi) - f.base) name = "(*temporary)";
        return name == null ? null : new Slot(name, f.base + n - 1);
    }

    /** The name of parameter/local n of a function at its entry (lua_getlocal with a function), or null. */
    public static String paramName(Proto pt, int n) {
        return Debug.varName(pt, 0, n - 1);
    }
}
