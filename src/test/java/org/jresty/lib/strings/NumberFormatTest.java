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

    /** The shortest-digits fast path must agree with the exact %.14g path on any double. */
    @Test
    void fastPathAgreesWithExactPath() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(42);
        for (int i = 0; i < 20_000; i++) {
            double d = Double.longBitsToDouble(r.nextLong());
            if (i % 3 == 0) {
                d = r.nextDouble() * Math.pow(10, r.nextInt(-20, 20));
            }
            StringBuilder exact = new StringBuilder();
            NumberFormat.appendFloat(exact, d, 'g', 0, 0, 14);
            assertEquals(exact.toString(), NumberFormat.tostring(d), "bits " + Long.toHexString(Double.doubleToRawLongBits(d)));
        }
    }
}
