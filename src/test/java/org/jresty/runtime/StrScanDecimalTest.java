package org.jresty.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Decimal strings scan to the double Java's correctly rounded conversion gives, on the fast path and off it. */
class StrScanDecimalTest {
    private static void check(String text) {
        byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
        Double got = StrScan.toNumber(b, 0, b.length);
        double want = Double.parseDouble(text);
        assertEquals(Double.doubleToRawLongBits(want), got == null ? -1 : Double.doubleToRawLongBits(got),
                () -> text + " scanned to " + got + ", not " + want);
    }

    @Test
    void decimalsOfEveryShape() {
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < 300_000; i++) {
            int digits = r.nextInt(1, 20);
            StringBuilder sb = new StringBuilder();
            if (r.nextInt(4) == 0) {
                sb.append('-');
            }
            int point = r.nextInt(0, digits + 1);
            for (int d = 0; d < digits; d++) {
                if (d == point && d > 0) {
                    sb.append('.');
                }
                sb.append((char) ('0' + r.nextInt(10)));
            }
            if (r.nextInt(3) == 0) {
                sb.append('e').append(r.nextInt(-30, 31));
            }
            check(sb.toString());
        }
        for (String t : new String[] {"0.1", "1.5", "123456.789", "9007199254740993", "999999999999999.9",
            "1e22", "1e23", "1.7976931348623157e308", "4.9e-324", "0.000001", "1e-22", "1e-23", "3.14159265358979"}) {
            check(t);
        }
    }
}
