package org.jresty.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The byte paths of number text (integers, fractions written from their digits) agree with "%.14g". */
class NumberFormatBytesTest {
    private static void check(double d) {
        assertEquals(NumberFormat.tostring(d), new String(NumberFormat.tostringBytes(d), StandardCharsets.ISO_8859_1),
                () -> "text of " + d + " (" + Double.doubleToRawLongBits(d) + ")");
    }

    @Test
    void edgesOfTheFastPaths() {
        double[] edges = {0.0, -0.0, 1, -1, 9, 10, 99, 100, 0.5, -0.5, 1.5, 1e-4, 1e-5, 0.0001234, 0.00012345678901234567,
            9.99999999999995e-5, 9.999999999999951e-5, 1e14, -1e14, 1e14 - 1, 99999999999999.5, 99999999999999.4,
            99999999999999.94, 12345678901234.56, 1234567890123.456, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, -2.0 / 3,
            123456.789, 3.14159265358979, 1e15, 1e100, 1e-300, Double.MIN_VALUE, Double.MAX_VALUE,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 4503599627370495.5, 0.99999999999999994,
            9.5, 0.95, 0.095, 0.0095, 0.00095, 99.999999999999986, 999.99999999999989, 1e13 + 0.5, 5e-324};
        for (double d : edges) {
            check(d);
            check(-d);
        }
    }

    @Test
    void manyValuesOfEveryMagnitude() {
        SplittableRandom r = new SplittableRandom(20261207);
        for (int i = 0; i < 200_000; i++) {
            check(Double.longBitsToDouble(r.nextLong())); // any bits
            double mag = Math.pow(10, r.nextInt(-7, 16));
            check(r.nextDouble() * mag); // uniform in a decade
            check(r.nextInt(-100000, 100000) * 0.5); // halves and integers
            check(r.nextInt(1, 1000000) / 100.0); // two decimals
            check(Math.rint(r.nextDouble() * mag) + 0.25); // near-integral large values
        }
    }

    /** "%.14g" of d from BigDecimal (the exact value rounded half away from zero), an oracle independent of ours. */
    private static String g14(double d) {
        java.math.BigDecimal r = new java.math.BigDecimal(d).round(new java.math.MathContext(14,
                java.math.RoundingMode.HALF_UP));
        int exp = r.precision() - r.scale() - 1;
        String digits = r.unscaledValue().abs().toString().replaceAll("0+$", "");
        if (digits.isEmpty()) {
            digits = "0";
        }
        String sign = Double.doubleToRawLongBits(d) < 0 ? "-" : "";
        if (exp < -4 || exp >= 14) {
            String mant = digits.charAt(0) + (digits.length() > 1 ? "." + digits.substring(1) : "");
            return sign + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        if (exp < 0) {
            return sign + "0." + "0".repeat(-exp - 1) + digits;
        }
        if (digits.length() <= exp + 1) {
            return sign + digits + "0".repeat(exp + 1 - digits.length());
        }
        return sign + digits.substring(0, exp + 1) + "." + digits.substring(exp + 1);
    }

    @Test
    void textMatchesTheExactValueRounded() {
        SplittableRandom r = new SplittableRandom(99);
        for (int i = 0; i < 200_000; i++) {
            double d = r.nextDouble() * Math.pow(10, r.nextInt(-7, 17)) * (r.nextBoolean() ? 1 : -1);
            if (i % 4 == 0) {
                d = Math.rint(d * 1e6) / 1e6;
            }
            String want = g14(d);
            assertEquals(want, new String(NumberFormat.tostringBytes(d), StandardCharsets.ISO_8859_1), "of " + d);
            assertEquals(want, NumberFormat.tostring(d), "of " + d);
        }
    }
}
