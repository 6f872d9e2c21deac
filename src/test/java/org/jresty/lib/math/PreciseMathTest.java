package org.jresty.lib.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast table-driven exp/log/log2 agree with the double-double reference versions, bit for bit. */
class PreciseMathTest {
    private static void same(String what, double x, double expected, double actual) {
        if (Double.doubleToRawLongBits(expected) != Double.doubleToRawLongBits(actual)) {
            assertEquals(expected, actual, what + "(" + x + ") = " + Double.toHexString(expected) + ", fast path gave "
                    + Double.toHexString(actual));
        }
    }

    @Test
    void expMatchesReference() {
        SplittableRandom rnd = new SplittableRandom(42);
        for (int i = 0; i < 200_000; i++) {
            double x = i % 2 == 0 ? (rnd.nextDouble() - 0.5) * 1398 : (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(-15, 3));
            same("exp", x, Elementary.expReference(x), Elementary.exp(x));
        }
    }

    @Test
    void logMatchesReference() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            double x = switch (i % 3) {
                case 0 -> rnd.nextDouble() * Math.pow(10, rnd.nextInt(-300, 300));
                case 1 -> 1 + (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(-15, 0));
                default -> Math.scalb(1.0, rnd.nextInt(-1000, 1000)) * (1 + (rnd.nextDouble() - 0.5) * 1e-9);
            };
            if (!(x > 0)) continue;
            same("log", x, PreciseLog.logReference(x), PreciseLog.log(x));
            same("log2", x, PreciseLog.log2Reference(x), PreciseLog.log2(x));
        }
    }

    @Test
    void trigMatchesReference() {
        SplittableRandom rnd = new SplittableRandom(3);
        for (int i = 0; i < 200_000; i++) {
            double x = switch (i % 3) {
                case 0 -> (rnd.nextDouble() - 0.5) * 20;
                case 1 -> (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(-7, 8));
                default -> Math.rint(rnd.nextDouble() * 1000) * (Math.PI / 4) + (rnd.nextDouble() - 0.5) * 1e-6;
            };
            same("sin", x, Elementary.sinReference(x), Elementary.sin(x));
            same("cos", x, Elementary.cosReference(x), Elementary.cos(x));
            same("tan", x, Elementary.tanReference(x), Elementary.tan(x));
        }
    }

    @Test
    void inverseTrigMatchesReference() {
        SplittableRandom rnd = new SplittableRandom(11);
        for (int i = 0; i < 100_000; i++) {
            double x = (rnd.nextDouble() - 0.5) * 2;
            double y = (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(-6, 7));
            same("asin", x, Elementary.asinReference(x), Elementary.asin(x));
            same("atan", y, Elementary.atanReference(y), Elementary.atan(y));
        }
    }

    @Test
    void powIsWithinAnUlpOfJavaAndExactWhereItMustBe() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int i = 0; i < 50_000; i++) {
            double x = rnd.nextDouble() * 100, y = (rnd.nextDouble() - 0.5) * 60;
            double p = Elementary.pow(x, y), q = Math.pow(x, y);
            if (p != q && Math.abs(p - q) > Math.ulp(q)) assertEquals(q, p, "pow(" + x + ", " + y + ")");
        }
        for (int b = -20; b <= 20; b++) {
            for (int e = -10; e <= 10; e++) {
                double expected = Math.pow(b, e); // exact for these in both
                if (Math.abs(expected) < 1e15 && expected == Math.rint(expected)) {
                    assertEquals(expected, Elementary.pow(b, e), b + "^" + e);
                }
            }
        }
        assertEquals(-8.0, Elementary.pow(-2, 3));
        assertEquals(Double.NaN, Elementary.pow(-8, 1.0 / 3));
        assertEquals(1.0, Elementary.pow(Double.NaN, 0));
        assertEquals(1.0, Elementary.pow(-1, Double.POSITIVE_INFINITY));
        assertEquals(Double.POSITIVE_INFINITY, Elementary.pow(10, 400));
        assertEquals(0.0, Elementary.pow(10, -400));
        assertEquals(Math.sqrt(2) * 0 + 1.4142135623730951, Elementary.pow(2, 0.5));
    }

    @Test
    void exactCases() {
        for (int e = -1074; e <= 1023; e++) assertEquals(e, PreciseLog.log2(Math.scalb(1.0, e)), "log2(2^" + e + ")");
        assertEquals(0.0, PreciseLog.log(1.0));
        assertEquals(1.0, Elementary.exp(0.0));
        assertEquals(Math.E, Elementary.exp(1.0));
        assertEquals(Double.NEGATIVE_INFINITY, PreciseLog.log(0.0));
        assertEquals(Double.POSITIVE_INFINITY, Elementary.exp(710));
        assertEquals(0.0, Elementary.exp(-746));
    }
}
