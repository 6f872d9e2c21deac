package org.jresty.lib.math;

/**
 * Allocation-free sin, cos and tan carrying about 100 bits before the final rounding: x is reduced modulo
 * pi/2 with a three-part pi/2, then sin(r) = sin(a)cos(d) + cos(a)sin(d) with a = j/64 from double-double
 * tables and |d| <= 1/128 evaluated by short series. Valid for |x| < 1e8 (callers check).
 */
final class FastTrig {
    private FastTrig() {
    }

    private static final double P1 = 1.5707963267948966, P2 = 6.123233995736766e-17, P3 = -1.4973849048591698e-33;
    private static final int N = 64, MAXJ = 52;
    private static final double[] S_HI = new double[2 * MAXJ + 1], S_LO = new double[2 * MAXJ + 1];
    private static final double[] C_HI = new double[2 * MAXJ + 1], C_LO = new double[2 * MAXJ + 1];

    static {
        for (int j = -MAXJ; j <= MAXJ; j++) {
            DD a = DD.of((double) j / N);
            DD s = Elementary.sinSeriesRef(a), c = Elementary.cosSeriesRef(a);
            S_HI[j + MAXJ] = s.hi;
            S_LO[j + MAXJ] = s.lo;
            C_HI[j + MAXJ] = c.hi;
            C_LO[j + MAXJ] = c.lo;
        }
    }

    /** sin(x) and cos(x) as double-doubles: out = {sin hi, sin lo, cos hi, cos lo}. */
    static void sinCos(double x, double[] out) {
        double[] r = new double[4];
        int quad = core(x, 1, r);
        double sh = r[0], sl = r[1], ch = r[2], cl = r[3];
        switch (quad) {
            case 0 -> set(out, sh, sl, ch, cl);
            case 1 -> set(out, ch, cl, -sh, -sl);
            case 2 -> set(out, -sh, -sl, -ch, -cl);
            default -> set(out, -ch, -cl, sh, sl);
        }
    }

    private static void set(double[] out, double a, double b, double c, double d) {
        out[0] = a;
        out[1] = b;
        out[2] = c;
        out[3] = d;
    }

    /** 0 = sin, 1 = cos, 2 = tan. */
    static double eval(double x, int fn) {
        double[] r = new double[4];
        int quad = core(x, fn, r);
        double sinRh = r[0], sinRl = r[1], cosRh = r[2], cosRl = r[3];
        if (fn == 2) {
            // tan = sin/cos of r, or -cos/sin in odd quadrants
            double nh = sinRh, nl = sinRl, mh = cosRh, ml = cosRl;
            if ((quad & 1) != 0) {
                nh = -cosRh;
                nl = -cosRl;
                mh = sinRh;
                ml = sinRl;
            }
            double q1 = nh / mh;
            double rem = Math.fma(-q1, mh, nh) + nl - q1 * ml;
            return q1 + rem / mh;
        }
        int which = fn == 0 ? quad : (quad + 1) & 3; // cos(x) = sin(x + pi/2)
        return switch (which) {
            case 0 -> sinRh + sinRl;
            case 1 -> cosRh + cosRl;
            case 2 -> -(sinRh + sinRl);
            default -> -(cosRh + cosRl);
        };
    }

    /** Reduces x and stores sin(r), cos(r) (cos only when needed) in out; returns the quadrant. */
    private static int core(double x, int fn, double[] out) {
        double k = Math.rint(x * (2 / Math.PI));
        int quad = (int) ((long) k & 3);
        // r = x - k*(P1 + P2 + P3) as h + l
        double p1h = k * P1, p1l = Math.fma(k, P1, -p1h);
        double h = x - p1h; // exact (Sterbenz) or k == 0
        double l = 0;
        double b, s, bb, e;
        b = -p1l;
        s = h + b; bb = s - h; e = (h - (s - bb)) + (b - bb) + l; h = s + e; l = e - (h - s);
        double p2h = k * P2, p2l = Math.fma(k, P2, -p2h);
        b = -p2h;
        s = h + b; bb = s - h; e = (h - (s - bb)) + (b - bb) + l; h = s + e; l = e - (h - s);
        b = -(p2l + k * P3);
        s = h + b; bb = s - h; e = (h - (s - bb)) + (b - bb) + l; h = s + e; l = e - (h - s);
        // r = a + d, a = j/64
        int j = (int) Math.rint(h * N);
        double dh = h - (double) j / N; // exact
        double dl = l;
        s = dh + dl; dl = dl - (s - dh); dh = s;
        // sin(d) = dh + (dl + tail), cos(d) = (1 - d2h/2) + (...)
        double d2h = dh * dh, d2l = Math.fma(dh, dh, -d2h) + 2 * dh * dl;
        double sinL = dl + dh * d2h * (-1.0 / 6 + d2h * (1.0 / 120 + d2h * (-1.0 / 5040)));
        double half = -0.5 * d2h;
        double cosH = 1.0 + half;
        double cosL = (1.0 - cosH) + half - 0.5 * d2l + d2h * d2h * (1.0 / 24 + d2h * (-1.0 / 720 + d2h * (1.0 / 40320)));
        int t = j + MAXJ;
        double sah = S_HI[t], sal = S_LO[t], cah = C_HI[t], cal = C_LO[t];
        // sin(r) = sa*cos(d) + ca*sin(d); cos(r) = ca*cos(d) - sa*sin(d)
        double sinRh, sinRl, cosRh = 0, cosRl = 0;
        {
            double u = sah * cosH, ul = Math.fma(sah, cosH, -u) + sah * cosL + sal * cosH;
            double v = cah * dh, vl = Math.fma(cah, dh, -v) + cah * sinL + cal * dh;
            s = u + v; bb = s - u; e = (u - (s - bb)) + (v - bb) + ul + vl;
            sinRh = s + e; sinRl = e - (sinRh - s);
        }
        if (fn != 0 || (quad & 1) != 0) {
            double u = cah * cosH, ul = Math.fma(cah, cosH, -u) + cah * cosL + cal * cosH;
            double v = -sah * dh, vl = -(Math.fma(sah, dh, v) + sah * sinL + sal * dh);
            s = u + v; bb = s - u; e = (u - (s - bb)) + (v - bb) + ul + vl;
            cosRh = s + e; cosRl = e - (cosRh - s);
        }
        out[0] = sinRh;
        out[1] = sinRl;
        out[2] = cosRh;
        out[3] = cosRl;
        return quad;
    }
}
