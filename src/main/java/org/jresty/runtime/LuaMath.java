package org.jresty.runtime;

/** Arithmetic that must round exactly as LuaJIT's VM does, shared by constant folding and the interpreter. */
public final class LuaMath {
    private LuaMath() {
    }

    /**
     * x^y as LuaJIT computes it (lj_vm_pow): an integral exponent in [-65536, 65536] is done by repeated squaring
     * (lj_vm_powi, so {@code 10^23 ~= 1e23} as in LuaJIT), anything else by C's pow().
     */
    public static double pow(double x, double y) {
        int k = (int) y;
        if (k >= -65536 && k <= 65536 && y == k) return powi(x, k);
        return cpow(x, y);
    }

    /** LuaJIT's lj_vm_powi: x^k for an integer k by binary exponentiation. */
    public static double powi(double x, int k) {
        if (k > 1) return powui(x, k);
        if (k == 1) return x;
        if (k == 0) return 1.0;
        return 1.0 / powui(x, -k);
    }

    private static double powui(double x, int k) {
        for (; (k & 1) == 0; k >>>= 1) x *= x;
        double y = x;
        if ((k >>>= 1) != 0) {
            for (;;) {
                x *= x;
                if (k == 1) break;
                if ((k & 1) != 0) y *= x;
                k >>>= 1;
            }
            y *= x;
        }
        return y;
    }

    /** C's pow() where Java's Math.pow differs (1^y and x^0 are 1, (-1)^±inf is 1). */
    public static double cpow(double x, double y) {
        if (x == 1 || y == 0) return 1;
        if (x == -1 && Double.isInfinite(y)) return 1;
        return Math.pow(x, y);
    }
}
