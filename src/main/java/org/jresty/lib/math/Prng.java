package org.jresty.lib.math;

/**
 * math.random's generator as LuaJIT has it: a combined Tausworthe generator with period 2^223 (four 64-bit LFSRs,
 * L'Ecuyer 1991, table 3, first entry), seeded from a double the way LuaJIT's random_init does, and lazily
 * seeded with 0 on first use, so the same seed gives luajit's sequence.
 */
public final class Prng {
    private final long[] gen = new long[4];
    private boolean valid;

    /** The next raw step: the bits of a double in [1, 2). */
    public long stepBits() {
        if (!valid) seed(0.0);
        return step();
    }

    /** A double in [0, 1). */
    public double nextDouble() {
        return Double.longBitsToDouble(stepBits()) - 1.0;
    }

    private long step() {
        long r = 0;
        r ^= gen[0] = tw(gen[0], 63, 31, 18);
        r ^= gen[1] = tw(gen[1], 58, 19, 28);
        r ^= gen[2] = tw(gen[2], 55, 24, 7);
        r ^= gen[3] = tw(gen[3], 47, 21, 8);
        return (r & 0x000fffffffffffffL) | 0x3ff0000000000000L;
    }

    /** One LFSR update with parameters k, q, s. */
    private static long tw(long z, int k, int q, int s) {
        return (((z << q) ^ z) >>> (k - s)) ^ ((z & (-1L << (64 - k))) << s);
    }

    /** random_init: each generator gets the bits of d = d*pi + e, its top k bits forced non-zero; 10 warm-up steps. */
    public void seed(double d) {
        int r = 0x11090601; // 64-k[i] as four 8-bit constants
        for (int i = 0; i < 4; i++) {
            long m = 1L << (r & 255);
            r >>>= 8;
            d = d * 3.14159265358979323846 + 2.7182818284590452354;
            long u = Double.doubleToRawLongBits(d);
            if (Long.compareUnsigned(u, m) < 0) u += m;
            gen[i] = u;
        }
        valid = true;
        for (int i = 0; i < 10; i++) step();
    }
}
