package org.jresty.lib.debug;

import org.jresty.bytecode.Proto;
import org.jresty.lib.Args;
import org.jresty.runtime.LuaClosure;
import org.jresty.runtime.LuaFunction;
import org.jresty.runtime.LuaThread;
import org.jresty.runtime.UpVal;
import org.jresty.vm.CapturingBuiltin;

/** debug.getupvalue/setupvalue/upvalueid/upvaluejoin (lua_getupvalue, lua_setupvalue, lib_debug.c). */
public final class Upvalues {
    private Upvalues() {
    }

    /**
     * getupvalue (get) or setupvalue: returns name and value, or (set) the name, or nothing when the function
     * has no such upvalue. Builtins' upvalues have the name "".
     */
    public static int get(LuaThread L, int base, boolean get) {
        int n = Args.checkInt(L, 2);
        LuaFunction fn = Args.checkFunction(L, 1);
        int idx = n - 1;
        String name;
        if (fn instanceof LuaClosure cl) {
            if (idx < 0 || idx >= cl.upvals.length) return 0;
            Proto pt = cl.proto;
            name = pt.uvnames == null || idx >= pt.uvnames.length ? "" : pt.uvnames[idx];
            if (get) {
                L.stack[base + 1] = cl.upvals[idx].get();
            } else {
                cl.upvals[idx].set(L.stack[base + Args.count(L) - 1]);
            }
        } else if (fn instanceof CapturingBuiltin cb) {
            if (idx < 0 || idx >= cb.upvalues.length) return 0;
            name = "";
            if (get) L.stack[base + 1] = cb.upvalues[idx];
            else cb.upvalues[idx] = L.stack[base + Args.count(L) - 1];
        } else {
            return 0;
        }
        L.stack[base] = L.vm.intern(name);
        return get ? 2 : 1;
    }

    /** upvalueid: a light userdata naming the upvalue (the same one for closures that share it). */
    public static int id(LuaThread L, int base, int nargs) {
        LuaFunction fn = Args.checkFunction(L, 1);
        int idx = Args.checkInt(L, 2) - 1;
        int size = FuncInfo.nups(fn);
        if (idx < 0 || idx >= size) throw Args.argError(L, 2, "index out of range");
        if (fn instanceof LuaClosure cl) {
            L.stack[base] = cl.upvals[idx]; // the upvalue object itself: identity is what LuaJIT compares
        } else {
            L.stack[base] = new UpvalueId(fn, idx);
        }
        return 1;
    }

    /** upvaluejoin(f1, n1, f2, n2): f1's upvalue n1 becomes f2's upvalue n2. */
    public static int join(LuaThread L, int base, int nargs) {
        LuaClosure[] fn = new LuaClosure[2];
        int[] idx = new int[2];
        for (int i = 0; i < 2; i++) {
            LuaFunction f = Args.checkFunction(L, 2 * i + 1);
            if (!(f instanceof LuaClosure cl)) throw Args.argError(L, 2 * i + 1, "Lua function expected");
            int n = Args.checkInt(L, 2 * i + 2) - 1;
            if (n < 0 || n >= cl.upvals.length) throw Args.argError(L, 2 * i + 2, "index out of range");
            fn[i] = cl;
            idx[i] = n;
        }
        UpVal shared = fn[1].upvals[idx[1]];
        fn[0].upvals[idx[0]] = shared;
        return 0;
    }
}
