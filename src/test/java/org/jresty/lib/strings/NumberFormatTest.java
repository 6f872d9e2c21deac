package org.jresty.lib.strings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.jresty.runtime.NumberFormat;
import org.junit.jupiter.api.Test;

/** NumberFormat.tostring against outputs of /usr/bin/luajit (tostring_cases.tsv: "%.17g" input, tostring). */
class NumberFormatTest {
    @Test
    void specialValues() {
        assertEquals("nan", NumberFormat.tostring(Double.NaN));
        assertEquals("nan", NumberFormat.tostring(Double.longBitsToDouble(0xfff8000000000000L)));
        assertEquals("inf", NumberFormat.tostring(Double.POSITIVE_INFINITY));
        assertEquals("-inf", NumberFormat.tostring(Double.NEGATIVE_INFINITY));
        assertEquals("-0", NumberFormat.tostring(-0.0));
        assertEquals("0", NumberFormat.tostring(0.0));
        assertEquals("1e+15", NumberFormat.tostring(1e15));
        assertEquals("1e-05", NumberFormat.tostring(1e-5));
        assertEquals("1.2345678901235e+14", NumberFormat.tostring(123456789012345.0));
        assertEquals("100", NumberFormat.tostring(100));
    }

    @Test
    void matchesLuaJIT() throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(getClass().getResourceAsStream("/strings/tostring_cases.tsv")),
                StandardCharsets.ISO_8859_1))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t");
                double d = Double.parseDouble(f[0].replace("inf", "Infinity"));
                assertEquals(f[1], NumberFormat.tostring(d), "tostring of " + f[0] + " (line " + (n + 1) + ")");
                n++;
            }
            assertEquals(3050, n);
        }
    }

    /** Reference %e/%f/%g by BigDecimal on the exact binary value, rounding half up (LuaJIT's rule). */
    static String reference(double d, char kind, int prec) {
        java.math.BigDecimal x = new java.math.BigDecimal(Math.abs(d));
        String sign = Double.doubleToRawLongBits(d) < 0 ? "-" : "";
        if (kind == 'f') {
            return sign + x.setScale(prec, java.math.RoundingMode.HALF_UP).toPlainString();
        }
        int sig = kind == 'e' ? prec + 1 : Math.max(prec, 1);
        String digits;
        int exp;
        if (d == 0) {
            digits = "0".repeat(sig);
            exp = 0;
        } else {
            java.math.BigDecimal r = x.round(new java.math.MathContext(sig, java.math.RoundingMode.HALF_UP));
            digits = r.unscaledValue().toString();
            exp = digits.length() - 1 - r.scale();
            digits = (digits + "0".repeat(sig)).substring(0, sig);
        }
        if (kind == 'g') {
            if (exp >= -4 && exp < sig) {
                java.math.BigDecimal v = new java.math.BigDecimal(new java.math.BigInteger(digits), sig - 1 - exp);
                String plain = v.toPlainString();
                if (plain.contains(".")) {
                    plain = plain.replaceAll("0+$", "").replaceAll("\\.$", "");
                }
                return sign + plain;
            }
            digits = digits.replaceAll("(?<=.)0+$", "");
        }
        String mant = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
        return sign + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    /** The digit fast paths must agree with exact arithmetic on any double, for %e %f %g and tostring. */
    @Test
    void agreesWithExactArithmetic() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(42);
        for (int i = 0; i < 30_000; i++) {
            double d = Double.longBitsToDouble(r.nextLong());
            if (i % 3 == 0) {
                d = r.nextDouble() * Math.pow(10, r.nextInt(-20, 20));
            } else if (i % 3 == 1) {
                d = r.nextInt(-100000, 100000) / Math.pow(10, r.nextInt(0, 8)); // ties like 0.125, 2.5
            }
            if (Double.isNaN(d) || Double.isInfinite(d) || Math.abs(d) > 1e30 && i % 2 == 0) {
                continue;
            }
            char kind = "efg".charAt(i % 3);
            int prec = r.nextInt(0, 18);
            StringBuilder sb = new StringBuilder();
            NumberFormat.appendFloat(sb, d, kind, 0, 0, prec);
            assertEquals(reference(d, kind, prec), sb.toString(),
                    "%." + prec + kind + " of " + d + " bits " + Long.toHexString(Double.doubleToRawLongBits(d)));
            if (i % 3 == 2) {
                assertEquals(reference(d, 'g', 14), NumberFormat.tostring(d), "tostring of " + d);
            }
        }
    }
}
