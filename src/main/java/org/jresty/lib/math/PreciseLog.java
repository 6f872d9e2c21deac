package org.jresty.lib.math;

/**
 * Natural and base-2 logarithms rounded as C's libm rounds them (correctly, in practice): the reduction
 * x = m * 2^e, ln(m) = 2 atanh((m-1)/(m+1)) is carried out in double-double arithmetic and rounded once.
 * math.log(x, base) depends on log2 being exact for powers of two and correctly rounded elsewhere.
 */
public final class PreciseLog {
    private PreciseLog() {
    }

    private static final double LN2_HI = 0.6931471805599453, LN2_LO = 2.3190468138462996e-17;
    private static final double INV_LN2_HI = 1.4426950408889634, INV_LN2_LO = 2.0355273740931033e-17;
    private static final double SQRT2 = 1.4142135623730951;

    public static double log(double x) {
        if (!(x > 0) || Double.isInfinite(x)) return special(x);
        double[] r = reduce(x);
        int e = (int) r[2];
        // e*ln2 + ln(m), double-double
        double ph = e * LN2_HI;
        double pl = Math.fma(e, LN2_HI, -ph) + e * LN2_LO;
        return sum(ph, pl, r[0], r[1]);
    }

    public static double log2(double x) {
        if (!(x > 0) || Double.isInfinite(x)) return special(x);
        double[] r = reduce(x);
        int e = (int) r[2];
        // ln(m) * (1/ln2), double-double
        double h = r[0] * INV_LN2_HI;
        double l = Math.fma(r[0], INV_LN2_HI, -h) + r[0] * INV_LN2_LO + r[1] * INV_LN2_HI;
        return sum(e, 0, h, l);
    }

    private static double special(double x) {
        if (x == 0) return Double.NEGATIVE_INFINITY;
        if (x == Double.POSITIVE_INFINITY) return x;
        return Double.NaN; // negative or NaN
    }

    /** (ln(m) hi, ln(m) lo, e) with x = m * 2^e, m in [sqrt(1/2), sqrt(2)). */
    private static double[] reduce(double x) {
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) { // subnormal
            x *= 0x1p54;
            e = Math.getExponent(x) - 54;
            x = Math.scalb(x, -Math.getExponent(x));
        } else {
            x = Math.scalb(x, -e);
        }
        if (x >= SQRT2) {
            x *= 0.5;
            e++;
        }
        // s = (m-1)/(m+1) in double-double; m-1 is exact here.
        double num = x - 1.0;
        double dh = x + 1.0;
        double bb = dh - x;
        double dl = (x - (dh - bb)) + (1.0 - bb);
        double sh = num / dh;
        double sl = (Math.fma(-sh, dh, num) - sh * dl) / dh;
        // atanh(s) = s + s^3/3 + s^5/5 + ...; the tail is small, plain doubles suffice.
        double s2 = sh * sh;
        double tail = 0;
        for (int k = 41; k >= 3; k -= 2) tail = tail * s2 + 1.0 / k;
        tail *= s2 * sh;
        // ln(m) = 2 * (sh + sl + tail)
        double hi = sh + tail;
        double lo = (sh - hi) + tail + sl;
        return new double[] {2 * hi, 2 * lo, e};
    }

    /** Rounds (ah+al) + (bh+bl) to one double. */
    private static double sum(double ah, double al, double bh, double bl) {
        double s = ah + bh;
        double bb = s - ah;
        double err = (ah - (s - bb)) + (bh - bb);
        return s + (err + al + bl);
    }
}
