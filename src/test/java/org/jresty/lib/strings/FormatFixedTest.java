package org.jresty.lib.strings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import org.jresty.runtime.NumberFormat;
import org.junit.jupiter.api.Test;

/**
 * string.format's %f written from its digits agrees with the general engine, text and buffer room alike; %g and %e
 * (rounded by scaling when they can be) agree with the exact decimal expansion.
 */
class FormatFixedTest {
    private static final class OneNumber implements FormatArgs {
        final double n;

        OneNumber(double n) {
            this.n = n;
        }

        @Override
        public int count() {
            return 2;
        }

        @Override
        public double checkNumber(int arg) {
            return n;
        }

        @Override
        public byte[] tostring(int arg) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String pointer(int arg) {
            throw new UnsupportedOperationException();
        }

        @Override
        public RuntimeException missing(int arg) {
            return new IllegalStateException();
        }
    }

    private static void check(double n, int prec) {
        String fmt = prec < 0 ? "%f" : "%." + prec + "f";
        ByteBuf out = new ByteBuf();
        byte[] f = fmt.getBytes(StandardCharsets.ISO_8859_1);
        StringFormatter.format(out, f, f.length, new OneNumber(n));
        StringBuilder sb = new StringBuilder();
        int room = NumberFormat.appendFloat(sb, n, 'f', 0, 0, prec);
        String what = fmt + " of " + n + " (" + Double.doubleToRawLongBits(n) + ")";
        assertEquals(sb.toString(), new String(out.toByteArray(), StandardCharsets.ISO_8859_1), what);
        assertEquals(room, out.peakNeed(), "buffer room of " + what);
    }

    @Test
    void edges() {
        double[] edges = {0.0, -0.0, 0.5, -0.5, 1.5, 2.5, 0.05, 0.005, 0.0005, 0.125, 9.9995, 99.5, 1e-7, 1e17, 9e17,
            9.2e18, 1e19, 1e300, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 123456.789, 0.1, 1.0 / 3, 999999.9999996};
        for (double d : edges) {
            for (int p = -1; p <= 20; p++) {
                check(d, p);
                check(-d, p);
            }
        }
    }

    @Test
    void randomValuesAndPrecisions() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            int p = r.nextInt(-1, 19);
            check(r.nextDouble() * Math.pow(10, r.nextInt(-8, 20)) * (r.nextBoolean() ? 1 : -1), p);
            check(r.nextInt(-1000000, 1000000) / 1000.0, p);
            check(Double.longBitsToDouble(r.nextLong()), p);
        }
    }

    /** %.Ng / %.Ne against BigDecimal's half-up rounding of the exact binary value. */
    @Test
    void significantDigitsMatchTheExactValue() {
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < 100_000; i++) {
            double n = r.nextDouble() * Math.pow(10, r.nextInt(-20, 25));
            if (i % 3 == 0) {
                n = Math.rint(n * 1000) / 1000; // short decimals, halves among them
            }
            int count = r.nextInt(1, 18);
            java.math.BigDecimal exact = new java.math.BigDecimal(n).round(
                    new java.math.MathContext(count, java.math.RoundingMode.HALF_UP));
            String e = exact.unscaledValue().toString();
            while (e.length() < count) {
                e = e + "0";
            }
            e = e.substring(0, count);
            int exp = exact.precision() - exact.scale() - 1;
            StringBuilder sb = new StringBuilder();
            NumberFormat.appendFloat(sb, n, 'e', 0, 0, count - 1);
            String want = e.charAt(0) + (count > 1 ? "." + e.substring(1) : "") + "e" + (exp < 0 ? "-" : "+")
                    + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
            assertEquals(want, sb.toString(), "%." + (count - 1) + "e of " + n);
        }
    }
}
