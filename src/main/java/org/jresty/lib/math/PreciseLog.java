package org.jresty.lib.math;

/**
 * Natural and base-2 logarithms rounded as C's libm rounds them (correctly, in practice): x = m * 2^e with
 * m in [sqrt(1/2), sqrt(2)), ln(m) = 2 atanh((m-1)/(m+1)), all in double-double arithmetic, rounded once.
 * math.log(x, base) depends on log2 being exact for powers of two and correctly rounded elsewhere.
 */
public final class PreciseLog {
    private PreciseLog() {
    }

    private static final DD LN2 = new DD(0.6931471805599453, 2.3190468138462996e-17);
    private static final DD INV_LN2 = new DD(1.4426950408889634, 2.0355273740931033e-17);
    private static final double SQRT2 = 1.4142135623730951;
    /** 1/k for odd k, as double-doubles. */
    private static final DD[] INV_ODD = new DD[50];

    static {
        for (int k = 1; k < INV_ODD.length; k += 2) INV_ODD[k] = DD.of(1).div(DD.of(k));
    }

    public static double log(double x) {
        if (!(x > 0) || Double.isInfinite(x)) return special(x);
        if (x >= Double.MIN_NORMAL) return FastExpLog.log(x);
        return logReference(x);
    }

    /** The double-double reference log (slow; used for tests, subnormals and the tables). */
    public static double logReference(double x) {
        if (!(x > 0) || Double.isInfinite(x)) return special(x);
        int[] e = new int[1];
        DD lm = lnMantissa(x, e);
        return LN2.mul(e[0]).add(lm).value();
    }

    public static double log2(double x) {
        if (!(x > 0) || Double.isInfinite(x)) return special(x);
        if (x >= Double.MIN_NORMAL) return FastExpLog.log2(x);
        return log2Reference(x);
    }

    public static double log2Reference(double x) {
        if (!(x > 0) || Double.isInfinite(x)) return special(x);
        int[] e = new int[1];
        DD lm = lnMantissa(x, e);
        return lm.mul(INV_LN2).add(e[0]).value();
    }

    /** glibc's log10 (fdlibm's algorithm on top of the correctly rounded log). */
    public static double log10(double x) {
        final double ivln10 = 4.34294481903251816668e-01;
        final double log10_2hi = 3.01029995663611771306e-01, log10_2lo = 3.69423907715893078616e-13;
        if (x == 0) return Double.NEGATIVE_INFINITY;
        if (x < 0 || Double.isNaN(x)) return Double.NaN;
        if (Double.isInfinite(x)) return x;
        int k = 0;
        long bits = Double.doubleToRawLongBits(x);
        int hx = (int) (bits >>> 32);
        if (hx < 0x00100000) { // subnormal: scale up
            k -= 54;
            x *= 0x1p54;
            bits = Double.doubleToRawLongBits(x);
            hx = (int) (bits >>> 32);
        }
        k += (hx >> 20) - 1023;
        int i = (k & 0x80000000) >>> 31;
        hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
        double y = k + i;
        x = Double.longBitsToDouble(((long) hx << 32) | (bits & 0xffffffffL));
        double z = y * log10_2lo + ivln10 * log(x);
        return z + y * log10_2hi;
    }

    /** ln(x) as double-double (for tables). */
    static DD lnDD(double x) {
        int[] e = new int[1];
        DD lm = lnMantissa(x, e);
        return LN2.mul(e[0]).add(lm);
    }

    private static double special(double x) {
        if (x == 0) return Double.NEGATIVE_INFINITY;
        if (x == Double.POSITIVE_INFINITY) return x;
        return Double.NaN; // negative or NaN
    }

    /** ln(m) as double-double, with e[0] set so that x = m * 2^e, m in [sqrt(1/2), sqrt(2)). */
    private static DD lnMantissa(double x, int[] eOut) {
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
        eOut[0] = e;
        // s = (m-1)/(m+1); m-1 is exact here
        DD s = DD.of(x - 1.0).div(DD.twoSum(x, 1.0));
        DD s2 = s.mul(s);
        // atanh(s) = s (1 + s^2/3 + s^4/5 + ...), Horner from the small end
        DD sum = INV_ODD[49];
        for (int k = 47; k >= 1; k -= 2) sum = sum.mul(s2).add(INV_ODD[k]);
        return sum.mul(s).scalb(1);
    }
}
