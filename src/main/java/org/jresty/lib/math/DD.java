package org.jresty.lib.math;

/**
 * A double-double number hi + lo (|lo| <= ulp(hi)/2), about 106 bits: enough to round the elementary
 * functions correctly in all but the rarest cases, as glibc's libm (what LuaJIT calls) does.
 */
final class DD {
    final double hi, lo;

    DD(double hi, double lo) {
        this.hi = hi;
        this.lo = lo;
    }

    static DD of(double x) {
        return new DD(x, 0);
    }

    /** Exact sum of two doubles. */
    static DD twoSum(double a, double b) {
        double s = a + b;
        double bb = s - a;
        return new DD(s, (a - (s - bb)) + (b - bb));
    }

    /** Exact product of two doubles. */
    static DD twoProd(double a, double b) {
        double p = a * b;
        return new DD(p, Math.fma(a, b, -p));
    }

    private static DD quick(double a, double b) {
        double s = a + b;
        return new DD(s, b - (s - a));
    }

    DD add(DD o) {
        DD s = twoSum(hi, o.hi);
        DD t = twoSum(lo, o.lo);
        DD u = quick(s.hi, s.lo + t.hi);
        return quick(u.hi, u.lo + t.lo);
    }

    DD add(double o) {
        DD s = twoSum(hi, o);
        return quick(s.hi, s.lo + lo);
    }

    DD neg() {
        return new DD(-hi, -lo);
    }

    DD sub(DD o) {
        return add(o.neg());
    }

    DD mul(DD o) {
        DD p = twoProd(hi, o.hi);
        return quick(p.hi, p.lo + (hi * o.lo + lo * o.hi));
    }

    DD mul(double o) {
        DD p = twoProd(hi, o);
        return quick(p.hi, p.lo + lo * o);
    }

    DD div(DD o) {
        double q1 = hi / o.hi;
        DD r = sub(o.mul(q1));
        double q2 = r.hi / o.hi;
        r = r.sub(o.mul(q2));
        double q3 = r.hi / o.hi;
        return quick(q1, q2).add(q3);
    }

    /** Scales by a power of two (exact). */
    DD scalb(int n) {
        return new DD(Math.scalb(hi, n), Math.scalb(lo, n));
    }

    /** The nearest double. */
    double value() {
        return hi + lo;
    }
}
