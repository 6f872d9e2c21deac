package org.jresty.vm;

import org.jresty.runtime.LuaString;
import org.jresty.runtime.LuaTable;
import org.jresty.runtime.LuaThread;

/**
 * Slow paths of compiled code (see {@link Compiled}): each stores {@code f.pc} exactly where the interpreter does,
 * calls the interpreter's own helper and stores its result. The boolean ones return true when a metamethod frame
 * was pushed (the compiled code must then return {@link Compiled#RELOAD}); the int ones return 0 (false), 1 (true)
 * or {@link #PENDING}.
 */
final class JitRt {
    static final int PENDING = 2;

    private JitRt() {
    }

    private static boolean put(LuaThread L, int slot, Object r) {
        if (r == Interp.PENDING) return true;
        L.stack[slot] = r;
        return false;
    }

    static boolean arithVV(Interp in, LuaThread L, Frame f, int pc, int op, int a, int b, int c) {
        f.pc = pc;
        Object[] st = L.stack;
        int base = f.base;
        return put(L, base + a, in.arith(L, op, st[base + b], st[base + c], base + a, b, c));
    }

    static boolean arithVN(Interp in, LuaThread L, Frame f, int pc, int op, int a, int b, double k) {
        f.pc = pc;
        int base = f.base;
        return put(L, base + a, in.arith(L, op, L.stack[base + b], k, base + a, b, -1));
    }

    static boolean arithNV(Interp in, LuaThread L, Frame f, int pc, int op, int a, int b, double k) {
        f.pc = pc;
        int base = f.base;
        return put(L, base + a, in.arith(L, op, k, L.stack[base + b], base + a, -1, b));
    }

    static boolean unm(Interp in, LuaThread L, Frame f, int pc, int a, int d) {
        f.pc = pc;
        int base = f.base;
        return put(L, base + a, in.unm(L, L.stack[base + d], base + a, d));
    }

    static boolean len(Interp in, LuaThread L, Frame f, int pc, int a, int d) {
        f.pc = pc;
        int base = f.base;
        return put(L, base + a, in.len(L, L.stack[base + d], base + a, d));
    }

    /** ISLT (le=false, neg=false), ISGE (false, true), ISLE (true, false), ISGT (true, true). */
    static int compare(Interp in, LuaThread L, Frame f, int pc, int a, int d, boolean le, boolean neg) {
        f.pc = pc;
        Object[] st = L.stack;
        int base = f.base;
        Object o = in.compare(L, st[base + a], st[base + d], le, neg);
        if (o == Interp.PENDING) return PENDING;
        return (Boolean) o != neg ? 1 : 0;
    }

    /** ISEQV (neg=false) / ISNEV (neg=true) when not both operands are numbers. */
    static int eq(Interp in, LuaThread L, Frame f, int pc, Object x, Object y, boolean neg) {
        boolean r = Interp.rawEquals(x, y);
        if (!r && x != null && y != null && x.getClass() == y.getClass() && !(x instanceof Double)) {
            f.pc = pc;
            Object o = in.eqMeta(L, x, y, neg);
            if (o == Interp.PENDING) return PENDING;
            r = (Boolean) o;
        }
        return r != neg ? 1 : 0;
    }

    /** TGETV/TGETS/TGETB when o is not a table, or the key is missing and o has a metatable. */
    static boolean index(Interp in, LuaThread L, Frame f, int pc, int a, int b, Object k) {
        f.pc = pc;
        int base = f.base;
        Object o = L.stack[base + b];
        Object v = o instanceof LuaTable t ? in.indexMiss(L, t, k, base + a, b) : in.index(L, o, k, base + a, b);
        return put(L, base + a, v);
    }

    /** TSETV/TSETS/TSETB when o is not a table without metatable. */
    static boolean setIndex(Interp in, LuaThread L, Frame f, int pc, int a, int b, Object k) {
        f.pc = pc;
        Object[] st = L.stack;
        int base = f.base;
        return in.setIndex(L, st[base + b], k, st[base + a], b) == Interp.PENDING;
    }

    /** GGET when the key is missing and the environment has a metatable. */
    static boolean gget(Interp in, LuaThread L, Frame f, int pc, int a, LuaString k) {
        f.pc = pc;
        int base = f.base;
        return put(L, base + a, in.index(L, f.cl.env, k, base + a, -1));
    }

    /** GSET when the environment has a metatable. */
    static boolean gset(Interp in, LuaThread L, Frame f, int pc, int a, LuaString k) {
        f.pc = pc;
        return in.setIndex(L, f.cl.env, k, L.stack[f.base + a], -1) == Interp.PENDING;
    }
}
