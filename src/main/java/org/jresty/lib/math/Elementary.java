package org.jresty.lib.math;

/**
 * exp, sin, cos, tan, asin, acos, atan, atan2, sinh, cosh evaluated in double-double arithmetic and rounded
 * once, so that results agree with glibc's (correctly rounding, in practice) libm that LuaJIT uses; Java's
 * StrictMath is within an ulp but not correctly rounded. Arguments outside the ranges handled here (huge
 * angles) fall back to StrictMath.
 */
public final class Elementary {
    private Elementary() {
    }

    private static final DD LN2 = new DD(0.6931471805599453, 2.3190468138462996e-17);
    private static final DD PI = new DD(3.141592653589793, 1.2246467991473532e-16);
    private static final DD PI_2 = new DD(1.5707963267948966, 6.123233995736766e-17);
    /** pi/2 as a sum of three doubles (about 160 bits). */
    private static final double P1 = 1.5707963267948966, P2 = 6.123233995736766e-17, P3 = -1.4973849048591698e-33;
    private static final double MAX_REDUCE = 1e8;
    /** 1/i! and the signed Taylor coefficients of sin and cos, as double-doubles (no divisions at run time). */
    private static final DD[] INV_FACT = new DD[30];
    private static final DD[] SIN_C = new DD[14], COS_C = new DD[14];

    static {
        DD f = DD.of(1);
        INV_FACT[0] = f;
        for (int i = 1; i < INV_FACT.length; i++) {
            f = f.div(DD.of(i));
            INV_FACT[i] = f;
        }
        for (int i = 0; i < 14; i++) {
            SIN_C[i] = (i & 1) == 0 ? INV_FACT[2 * i + 1] : INV_FACT[2 * i + 1].neg();
            COS_C[i] = (i & 1) == 0 ? INV_FACT[2 * i] : INV_FACT[2 * i].neg();
        }
    }

    // ------------------------------------------------------------------------------------------ exp

    public static double exp(double x) {
        if (Double.isNaN(x)) return x;
        if (x > 709.8) return Double.POSITIVE_INFINITY;
        if (x < -745.2) return 0.0;
        if (Math.abs(x) < 0x1p-54) return 1.0 + x;
        if (x > -700 && x < 700) return FastExpLog.exp(x);
        DD e = expDD(x);
        // results in the subnormal range are rounded once at their own precision
        int k = (int) Math.rint(x / LN2.hi);
        if (k < -1021) return e.scalb(100).value() * 0x1p-100;
        return e.value();
    }

    /** e^x as double-double (no overflow handling). */
    static DD expDD(double x) {
        int k = (int) Math.rint(x / LN2.hi);
        // r = x - k*ln2, exactly in double-double
        DD r = DD.of(x).sub(LN2.mul(k));
        // e^r = (e^(r/256))^256 with a Taylor series for the small part
        DD s = r.scalb(-8);
        DD sum = INV_FACT[12];
        for (int i = 11; i >= 0; i--) sum = sum.mul(s).add(INV_FACT[i]);
        for (int i = 0; i < 8; i++) sum = sum.mul(sum);
        return sum.scalb(k);
    }

    /** glibc's sinh (fdlibm's algorithm: expm1 below 22, the correctly rounded exp above). */
    public static double sinh(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x) || ax < 22) return StrictMath.sinh(x); // same expm1-based code as glibc
        double h = x < 0 ? -0.5 : 0.5;
        if (ax < 709.782712893384) return h * exp(ax);
        if (ax <= 710.4758600739439) {
            double w = exp(0.5 * ax);
            double t = h * w;
            return t * w;
        }
        return x * 1.0e307;
    }

    /** glibc's cosh (fdlibm's algorithm on top of the correctly rounded exp). */
    public static double cosh(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x) || ax < 0.3465735902799726) return StrictMath.cosh(x); // expm1-based, as glibc
        if (ax < 22) {
            double t = exp(ax);
            return 0.5 * t + 0.5 / t;
        }
        if (ax < 709.782712893384) return 0.5 * exp(ax);
        if (ax <= 710.4758600739439) {
            double w = exp(0.5 * ax);
            double t = 0.5 * w;
            return t * w;
        }
        return Double.POSITIVE_INFINITY;
    }

    // ------------------------------------------------------------------------------------------ trigonometry

    /** x = k*pi/2 + r: returns r as double-double and the quadrant k mod 4 in q[0]. */
    private static DD reduce(double x, int[] q) {
        double k = Math.rint(x * (2 / Math.PI));
        DD r = DD.of(x).sub(DD.twoProd(k, P1)).sub(DD.twoProd(k, P2)).sub(DD.of(k * P3));
        q[0] = (int) ((long) k & 3);
        return r;
    }

    /** sin(r) for |r| <= pi/4: Horner in r^2 over the Taylor coefficients. */
    private static DD sinSeries(DD r) {
        DD r2 = r.mul(r), sum = SIN_C[13];
        for (int i = 12; i >= 0; i--) sum = sum.mul(r2).add(SIN_C[i]);
        return sum.mul(r);
    }

    private static DD cosSeries(DD r) {
        DD r2 = r.mul(r), sum = COS_C[13];
        for (int i = 12; i >= 0; i--) sum = sum.mul(r2).add(COS_C[i]);
        return sum;
    }

    private static DD sinDD(double x, int[] q) {
        DD r = reduce(x, q);
        return switch (q[0]) {
            case 0 -> sinSeries(r);
            case 1 -> cosSeries(r);
            case 2 -> sinSeries(r).neg();
            default -> cosSeries(r).neg();
        };
    }

    private static DD cosDD(double x, int[] q) {
        DD r = reduce(x, q);
        return switch (q[0]) {
            case 0 -> cosSeries(r);
            case 1 -> sinSeries(r).neg();
            case 2 -> cosSeries(r).neg();
            default -> sinSeries(r);
        };
    }

    public static double sin(double x) {
        if (!(Math.abs(x) < MAX_REDUCE) || Math.abs(x) < 0x1p-26) return StrictMath.sin(x);
        return FastTrig.eval(x, 0);
    }

    public static double cos(double x) {
        if (!(Math.abs(x) < MAX_REDUCE) || Math.abs(x) < 0x1p-27) return StrictMath.cos(x);
        return FastTrig.eval(x, 1);
    }

    public static double tan(double x) {
        if (!(Math.abs(x) < MAX_REDUCE) || Math.abs(x) < 0x1p-27) return StrictMath.tan(x);
        return FastTrig.eval(x, 2);
    }

    /** sin and cos of y (|y| <= pi) as double-doubles, through the fast path. */
    private static DD[] sinCos(double y) {
        if (Math.abs(y) < 0x1p-26) {
            int[] q = new int[1];
            return new DD[] {sinDD(y, q), cosDD(y, q)};
        }
        double[] o = new double[4];
        FastTrig.sinCos(y, o);
        return new DD[] {new DD(o[0], o[1]), new DD(o[2], o[3])};
    }

    /** Reference inverse functions with the slow double-double sin/cos (for tests). */
    public static double atanReference(double x) {
        double y0 = StrictMath.atan(x);
        int[] q = new int[1];
        DD s = sinDD(y0, q), c = cosDD(y0, q);
        return DD.of(y0).add(DD.of(x).mul(c).sub(s).mul(c)).value();
    }

    public static double asinReference(double x) {
        double y0 = StrictMath.asin(x);
        int[] q = new int[1];
        DD s = sinDD(y0, q), c = cosDD(y0, q);
        return DD.of(y0).add(DD.of(x).sub(s).div(c)).value();
    }

    /** The double-double reference versions (slow; for tests and tables). */
    public static double sinReference(double x) {
        return sinDD(x, new int[1]).value();
    }

    public static double cosReference(double x) {
        return cosDD(x, new int[1]).value();
    }

    public static double tanReference(double x) {
        int[] q = new int[1];
        return sinDD(x, q).div(cosDD(x, q)).value();
    }

    static DD sinSeriesRef(DD r) {
        return sinSeries(r);
    }

    static DD cosSeriesRef(DD r) {
        return cosSeries(r);
    }

    /** atan refined from StrictMath's by one Newton step on tan, in double-double. */
    public static double atan(double x) {
        if (Double.isNaN(x) || Math.abs(x) < 0x1p-27 || Math.abs(x) > 0x1p53) return StrictMath.atan(x);
        return atanDD(DD.of(x)).value();
    }

    private static DD atanDD(DD x) {
        double y0 = StrictMath.atan(x.value());
        DD[] sc = sinCos(y0);
        DD s = sc[0], c = sc[1];
        // y = y0 + (x*c - s) * c   (Newton on tan(y) = x, with d tan/dy = 1/cos^2)
        DD d = x.mul(c).sub(s).mul(c);
        // second-order term for the curvature of tan: negligible at this precision except near pi/2
        return DD.of(y0).add(d);
    }

    public static double asin(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x) || ax < 0x1p-26 || ax >= 1) return StrictMath.asin(x);
        double y0 = StrictMath.asin(x);
        DD[] sc = sinCos(y0);
        DD s = sc[0], c = sc[1];
        return DD.of(y0).add(DD.of(x).sub(s).div(c)).value();
    }

    public static double acos(double x) {
        if (Double.isNaN(x) || Math.abs(x) >= 1) return StrictMath.acos(x);
        double y0 = StrictMath.acos(x);
        DD[] sc = sinCos(y0);
        DD s = sc[0], c = sc[1];
        return DD.of(y0).sub(DD.of(x).sub(c).div(s)).value();
    }

    /** atan2 as atan of the quotient in double-double, moved to the right quadrant. */
    public static double atan2(double y, double x) {
        if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || Double.isInfinite(y)
                || x == 0 || y == 0) {
            return StrictMath.atan2(y, x);
        }
        DD q = DD.of(y).div(DD.of(x));
        if (Math.abs(q.hi) > 0x1p53 || Math.abs(q.hi) < 0x1p-500) return StrictMath.atan2(y, x);
        DD a = atanDD(q);
        if (x < 0) a = y >= 0 ? a.add(PI) : a.sub(PI);
        return a.value();
    }

    static DD halfPi() {
        return PI_2;
    }

    /** 2^(j/n) as double-double: e^(j/n * ln2) with a double-double argument. */
    static DD pow2Frac(int j, int n) {
        DD r = LN2.mul(j).div(DD.of(n)); // < ln2
        DD s = r.scalb(-8);
        DD sum = INV_FACT[16];
        for (int i = 15; i >= 0; i--) sum = sum.mul(s).add(INV_FACT[i]);
        for (int i = 0; i < 8; i++) sum = sum.mul(sum);
        return sum;
    }

    /**
     * x^y rounded once from e^(y ln x) in double-double (C's pow, which LuaJIT calls for math.pow and ^);
     * zeros, infinities, NaN, x == 1 and y == 0 are left to Java's pow, which follows C99 there.
     */
    public static double pow(double x, double y) {
        if (x == 1 || y == 0) return 1;
        if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || Double.isInfinite(y) || x == 0) {
            if (x == -1 && Double.isInfinite(y)) return 1;
            return Math.pow(x, y);
        }
        boolean negate = false;
        if (x < 0) {
            if (y != Math.rint(y)) return Double.NaN;
            negate = Math.abs(y) < 0x1p53 && ((long) y & 1) != 0;
            x = -x;
        }
        if (y == 1) return negate ? -x : x;
        DD t = PreciseLog.lnDD(x).mul(y);
        double r;
        if (t.hi > 709.8) {
            r = Double.POSITIVE_INFINITY;
        } else if (t.hi < -745.2) {
            r = 0.0;
        } else {
            int k = (int) Math.rint(t.hi / LN2.hi);
            DD e = expSmall(t.sub(LN2.mul(k)));
            r = k < -1021 ? e.scalb(k + 100).value() * 0x1p-100 : e.scalb(k).value();
        }
        return negate ? -r : r;
    }

    /** e^r for |r| <= ln2/2 + tiny, r double-double. */
    private static DD expSmall(DD r) {
        DD s = r.scalb(-8);
        DD sum = INV_FACT[12];
        for (int i = 11; i >= 0; i--) sum = sum.mul(s).add(INV_FACT[i]);
        for (int i = 0; i < 8; i++) sum = sum.mul(sum);
        return sum;
    }

    /** The double-double reference exp (slow; used for tests and rare ranges). */
    public static double expReference(double x) {
        return expDD(x).value();
    }
}
