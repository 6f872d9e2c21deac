package org.jresty.lib;

import org.jresty.heap.Heap;
import org.jresty.lib.math.MathIntrinsic;
import org.jresty.lib.math.PreciseLog;
import org.jresty.lib.math.Prng;
import org.jresty.runtime.Builtin;
import org.jresty.runtime.LuaTable;
import org.jresty.runtime.LuaThread;
import org.jresty.runtime.LuaUserdata;
import org.jresty.vm.LuaVM;

/**
 * LuaJIT's math library (lib_math.c and the interpreter's fast functions): every function and constant, numbers
 * accepted as strings too, min/max with SSE's minsd/maxsd rules for NaN and signed zeros, math.log with a base
 * computed as log2(x) * (1/log2(base)), and math.random with LuaJIT's generator.
 */
public final class MathLib {
    private MathLib() {
    }

    /** LuaJIT's push constants for deg/rad. */
    private static final double DEG = 57.29577951308232, RAD = 0.017453292519943295;

    /**
     * A function of one number, computed by {@link MathIntrinsic#apply}: the same code runs here and where
     * compiled code computes the function in place of the call.
     */
    private static Builtin unary(String name, int id) {
        Builtin b = Builtin.of(name, (L, base, nargs) -> {
            L.stack[base] = MathIntrinsic.apply(id, Args.checkNumber(L, 1));
            return 1;
        });
        b.intrinsic = id;
        return b;
    }

    /** A function of two numbers, computed by {@link MathIntrinsic#apply2} (see {@link #unary}). */
    private static Builtin binary(String name, int id) {
        Builtin b = Builtin.of(name, (L, base, nargs) -> {
            double x = Args.checkNumber(L, 1), y = Args.checkNumber(L, 2);
            L.stack[base] = MathIntrinsic.apply2(id, x, y);
            return 1;
        });
        b.intrinsic = id;
        return b;
    }

    public static void open(LuaVM vm) {
        Prng prng = prngState(vm);
        LuaTable t = LibRegistry.register(vm, "math",
                unary("abs", MathIntrinsic.ABS),
                unary("floor", MathIntrinsic.FLOOR),
                unary("ceil", MathIntrinsic.CEIL),
                unary("sqrt", MathIntrinsic.SQRT),
                unary("log10", MathIntrinsic.LOG10),
                unary("exp", MathIntrinsic.EXP),
                unary("sin", MathIntrinsic.SIN),
                unary("cos", MathIntrinsic.COS),
                unary("tan", MathIntrinsic.TAN),
                unary("asin", MathIntrinsic.ASIN),
                unary("acos", MathIntrinsic.ACOS),
                unary("atan", MathIntrinsic.ATAN),
                unary("sinh", MathIntrinsic.SINH),
                unary("cosh", MathIntrinsic.COSH),
                unary("tanh", MathIntrinsic.TANH),
                LuaDefinedBuiltin.create(vm, "deg", 2, 1, (L, base, nargs) -> {
                    L.stack[base] = Args.checkNumber(L, 1) * DEG;
                    return 1;
                }),
                LuaDefinedBuiltin.create(vm, "rad", 2, 1, (L, base, nargs) -> {
                    L.stack[base] = Args.checkNumber(L, 1) * RAD;
                    return 1;
                }),
                Builtin.of("log", MathLib::log),
                Builtin.of("frexp", MathLib::frexp),
                Builtin.of("modf", MathLib::modf),
                binary("atan2", MathIntrinsic.ATAN2),
                Builtin.of("ldexp", (L, base, nargs) -> {
                    double x = Args.checkNumber(L, 1), e = Args.checkNumber(L, 2);
                    L.stack[base] = ldexp(x, e);
                    return 1;
                }),
                binary("pow", MathIntrinsic.POW),
                binary("fmod", MathIntrinsic.FMOD),
                minmax("min", MathIntrinsic.MIN),
                minmax("max", MathIntrinsic.MAX),
                withUpvalue(vm, Builtin.of("random", (L, base, nargs) -> random(L, base, nargs, prng))),
                withUpvalue(vm, Builtin.of("randomseed", (L, base, nargs) -> {
                    prng.seed(Args.checkNumber(L, 1));
                    return 0;
                })));
        t.setStr(vm.intern("pi"), Math.PI);
        t.setStr(vm.intern("huge"), Double.POSITIVE_INFINITY);
    }

    /**
     * The generator state lives in a 32-byte userdata (LuaJIT's PRNGState) held as an upvalue by random and
     * randomseed; it is counted like LuaJIT's and fixed, since only those two functions reference it.
     */
    private static Prng prngState(LuaVM vm) {
        Prng prng = new Prng();
        LuaUserdata u = new LuaUserdata(null, prng);
        u.size = 32;
        vm.heap.newUserdata(u);
        u.gcMark |= Heap.FIXED;
        return prng;
    }

    /** random and randomseed are C functions with one upvalue in LuaJIT (the PRNG state); deg and rad are
     * written in Lua in LuaJIT 2.1 (LJLIB_LUA: a closure and a prototype with one number constant). */
    private static Builtin withUpvalue(LuaVM vm, Builtin b) {
        vm.heap.newBuiltin(b, 1);
        return b;
    }

    /** math.log(x [, base]): with a base, LuaJIT computes log2(x) * (1 / log2(base)), in that order. */
    private static int log(LuaThread L, int base, int nargs) {
        double x = Args.checkNumber(L, 1);
        if (nargs >= 2) {
            double b = Args.checkNumber(L, 2);
            double lx = PreciseLog.log2(x);
            double inv = 1.0 / PreciseLog.log2(b);
            L.stack[base] = lx * inv;
        } else {
            L.stack[base] = PreciseLog.log(x);
        }
        return 1;
    }

    /** minsd/maxsd keep the running value only when the comparison holds, else take the new argument. */
    /** min or max of one or more numbers, pairwise as {@link MathIntrinsic#apply2} (compiled code's two-number case). */
    private static Builtin minmax(String name, int id) {
        Builtin b = Builtin.of(name, (L, base, nargs) -> {
            double r = Args.checkNumber(L, 1);
            for (int i = 2; i <= nargs; i++) r = MathIntrinsic.apply2(id, r, Args.checkNumber(L, i));
            L.stack[base] = r;
            return 1;
        });
        b.intrinsic = id;
        return b;
    }

    /** frexp: mantissa in [0.5, 1) and exponent; 0, inf and NaN come back with exponent 0. */
    static int frexp(LuaThread L, int base, int nargs) {
        double x = Args.checkNumber(L, 1);
        L.ensureStack(base + 2);
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
            L.stack[base] = x;
            L.stack[base + 1] = 0.0;
            return 2;
        }
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) { // subnormal: normalize first
            double y = x * 0x1p54;
            e = Math.getExponent(y) - 54;
        }
        L.stack[base] = Math.scalb(x, -(e + 1));
        L.stack[base + 1] = (double) (e + 1);
        return 2;
    }

    /** modf: integral part (truncated, sign kept) and fraction; +-inf give a zero fraction of the same sign. */
    static int modf(LuaThread L, int base, int nargs) {
        double x = Args.checkNumber(L, 1);
        L.ensureStack(base + 2);
        double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
        double frac = Double.isInfinite(x) ? Math.copySign(0.0, x) : x - ip;
        if (frac == 0 && !Double.isNaN(frac)) frac = Math.copySign(0.0, x);
        L.stack[base] = ip;
        L.stack[base + 1] = frac;
        return 2;
    }

    /** ldexp as x87's fscale does it: the exponent truncated toward zero, huge exponents overflow/underflow. */
    static double ldexp(double x, double e) {
        if (Double.isNaN(e)) return Double.NaN;
        if (Double.isInfinite(e)) {
            if (e > 0) return x == 0 ? Double.NaN : x * e;
            return Double.isInfinite(x) ? Double.NaN : x * 0.0;
        }
        double n = Math.max(-5000.0, Math.min(5000.0, e));
        return Math.scalb(x, (int) n);
    }

    /** random() in [0,1), random(m) in [1,m], random(m, n) in [m,n]: floor(d*range) + low, no range checks. */
    private static int random(LuaThread L, int base, int nargs, Prng prng) {
        double d = prng.nextDouble();
        if (nargs > 0) {
            double r1 = Args.checkNumber(L, 1);
            if (nargs == 1) {
                d = Math.floor(d * r1) + 1.0;
            } else {
                double r2 = Args.checkNumber(L, 2);
                d = Math.floor(d * (r2 - r1 + 1.0)) + r1;
            }
        }
        L.stack[base] = d;
        return 1;
    }
}
