package org.jresty.lib.math;

/**
 * Allocation-free, table-driven exp and log whose intermediate results carry about 75 bits, rounded once: the
 * hot paths of math.exp, math.log and math.log(x, base). Tables of 2^(j/64) and ln(1 + j/64) are computed
 * with the double-double reference code at class initialization.
 */
final class FastExpLog {
    private FastExpLog() {
    }

    private static final int N = 64;
    private static final double[] T_HI = new double[N], T_LO = new double[N];
    private static final double[] LC_HI = new double[N], LC_LO = new double[N];
    /** ln2/64 = L_HI + L_MID + L_LO with 21 and 32 significant bits in the first two: k * each is exact. */
    private static final double L_HI, L_MID, L_LO;
    private static final double LN2_HI = 0.6931471805599453, LN2_LO = 2.3190468138462996e-17;
    private static final double INV_LN2_HI = 1.4426950408889634, INV_LN2_LO = 2.0355273740931033e-17;

    static {
        for (int j = 0; j < N; j++) {
            DD t = Elementary.pow2Frac(j, N);
            T_HI[j] = t.hi;
            T_LO[j] = t.lo;
        }
        for (int j = 0; j < N; j++) {
            DD l = PreciseLog.lnDD(1.0 + (double) j / N);
            LC_HI[j] = l.hi;
            LC_LO[j] = l.lo;
        }
        double l = LN2_HI / N;
        L_HI = Double.longBitsToDouble(Double.doubleToRawLongBits(l) & 0xffffffff00000000L);
        L_MID = LN2_HI / N - L_HI; // exact: the cleared bits
        L_LO = LN2_LO / N;
    }

    /** e^x for -700 < x < 700 (callers handle the rest). */
    static double exp(double x) {
        double kd = Math.rint(x * (N / LN2_HI));
        int k = (int) kd;
        int j = k & (N - 1), m = k >> 6;
        // r = x - k*ln2/64 as rh + rl
        double a = x - kd * L_HI; // exact
        double b1 = kd * L_MID; // exact
        double r1 = a - b1;
        double rb = r1 - a;
        double re = (a - (r1 - rb)) + (-b1 - rb);
        double b2 = kd * L_LO;
        double rh = r1 - b2;
        double rl = ((r1 - rh) - b2) + re;
        // e^r = 1 + r + r^2/2 + q
        double r2h = rh * rh, r2l = Math.fma(rh, rh, -r2h) + 2 * rh * rl;
        double q = rh * r2h * (1.0 / 6 + rh * (1.0 / 24 + rh * (1.0 / 120 + rh * (1.0 / 720 + rh * (1.0 / 5040)))));
        // s = (1 + rh) + r2h/2 + (rl + r2l/2 + q): the large terms summed exactly
        double s1 = 1.0 + rh;
        double e1 = (1.0 - s1) + rh;
        double half = 0.5 * r2h;
        double sh = s1 + half;
        double bb = sh - s1;
        double e2 = (s1 - (sh - bb)) + (half - bb);
        double sl = e1 + e2 + rl + 0.5 * r2l + q;
        // normalize and multiply by 2^(j/64)
        double nh = sh + sl;
        double nl = sl - (nh - sh);
        double ph = T_HI[j] * nh;
        double pl = Math.fma(T_HI[j], nh, -ph) + T_HI[j] * nl + T_LO[j] * nh;
        return Math.scalb(ph + pl, m);
    }

    /** ln(x) for positive normal finite x, as hi + lo (double-double). Returns hi; lo in out[0]. */
    private static double lnHiLo(double x, double[] lo, int[] eOut) {
        int e = Math.getExponent(x);
        double mnt = Math.scalb(x, -e); // [1, 2)
        if (mnt >= 2 - 0.5 / N) { // just below a power of two: reduce around 1 instead, avoiding cancellation
            mnt *= 0.5;
            e++;
        }
        int j = (int) Math.rint((mnt - 1.0) * N);
        double c = 1.0 + (double) j / N;
        double d = mnt - c; // exact
        double th = d / c;
        double tl = Math.fma(-th, c, d) / c;
        // ln(1+t) = t - t^2/2 + q
        double t2h = th * th, t2l = Math.fma(th, th, -t2h);
        double q = th * t2h * (1.0 / 3 + th * (-1.0 / 4 + th * (1.0 / 5 + th * (-1.0 / 6 + th * (1.0 / 7
                + th * (-1.0 / 8 + th * (1.0 / 9 + th * (-1.0 / 10))))))));
        // L = (LC[j] + th - t2h/2) + (tl - t2l/2 + q + LC_LO[j]): the large terms summed exactly
        double s1 = LC_HI[j] + th;
        double b1 = s1 - LC_HI[j];
        double e1 = (LC_HI[j] - (s1 - b1)) + (th - b1);
        double half = -0.5 * t2h;
        double s = s1 + half;
        double b2 = s - s1;
        double e2 = (s1 - (s - b2)) + (half - b2);
        double sl = e1 + e2 + LC_LO[j] + tl - 0.5 * t2l + q;
        double h = s + sl;
        lo[0] = sl - (h - s);
        eOut[0] = e;
        return h;
    }

    static double log(double x) {
        double[] lo = new double[1];
        int[] e = new int[1];
        double h = lnHiLo(x, lo, e);
        // e*ln2 + (h + lo)
        double ph = e[0] * LN2_HI;
        double pl = Math.fma(e[0], LN2_HI, -ph) + e[0] * LN2_LO;
        double s = ph + h;
        double bb = s - ph;
        double err = (ph - (s - bb)) + (h - bb);
        return s + (err + pl + lo[0]);
    }

    static double log2(double x) {
        double[] lo = new double[1];
        int[] e = new int[1];
        double h = lnHiLo(x, lo, e);
        // (h + lo) / ln2 + e
        double ph = h * INV_LN2_HI;
        double pl = Math.fma(h, INV_LN2_HI, -ph) + h * INV_LN2_LO + lo[0] * INV_LN2_HI;
        double s = e[0] + ph;
        double bb = s - e[0];
        double err = (e[0] - (s - bb)) + (ph - bb);
        return s + (err + pl);
    }
}
