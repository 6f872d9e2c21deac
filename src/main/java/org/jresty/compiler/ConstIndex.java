package org.jresty.compiler;

import org.jresty.runtime.LuaString;

/**
 * Index of a function's constants (LuaJIT's fs->kt): number constants by their bits and GC constants by
 * identity (strings are interned), each mapped to its slot in order of first use. Small open-addressing tables.
 */
final class ConstIndex {
    private long[] numKeys = new long[16];
    private int[] numVals = new int[16];  // slot + 1, 0 = empty
    private int numCount;
    private Object[] gcKeys = new Object[16];
    private int[] gcVals = new int[16];
    private int gcCount;

    /** An empty index: this one cleared when small, else a fresh one. */
    ConstIndex cleared() {
        if (numKeys.length > 256 || gcKeys.length > 256) return new ConstIndex();
        java.util.Arrays.fill(numVals, 0);
        java.util.Arrays.fill(gcKeys, null);
        numCount = 0;
        gcCount = 0;
        return this;
    }

    private static int mixLong(long bits) {
        long h = bits * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    private static int hashGC(Object o) {
        int h = o instanceof LuaString s ? s.hashCode() : System.identityHashCode(o);
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** The slot of number n, or -1. */
    int getNum(double n) {
        long bits = Double.doubleToRawLongBits(n);
        int mask = numKeys.length - 1;
        for (int i = mixLong(bits) & mask; numVals[i] != 0; i = (i + 1) & mask) {
            if (numKeys[i] == bits) return numVals[i] - 1;
        }
        return -1;
    }

    void putNum(double n, int slot) {
        if (2 * (numCount + 1) > numKeys.length) {
            long[] ok = numKeys;
            int[] ov = numVals;
            numKeys = new long[ok.length * 2];
            numVals = new int[ok.length * 2];
            numCount = 0;
            for (int i = 0; i < ok.length; i++) {
                if (ov[i] != 0) putNumBits(ok[i], ov[i] - 1);
            }
        }
        putNumBits(Double.doubleToRawLongBits(n), slot);
    }

    private void putNumBits(long bits, int slot) {
        int mask = numKeys.length - 1;
        int i = mixLong(bits) & mask;
        while (numVals[i] != 0) i = (i + 1) & mask;
        numKeys[i] = bits;
        numVals[i] = slot + 1;
        numCount++;
    }

    /** The slot of GC object o, or -1. */
    int getGC(Object o) {
        int mask = gcKeys.length - 1;
        for (int i = hashGC(o) & mask; gcKeys[i] != null; i = (i + 1) & mask) {
            if (gcKeys[i] == o) return gcVals[i];
        }
        return -1;
    }

    void putGC(Object o, int slot) {
        if (2 * (gcCount + 1) > gcKeys.length) {
            Object[] ok = gcKeys;
            int[] ov = gcVals;
            gcKeys = new Object[ok.length * 2];
            gcVals = new int[ok.length * 2];
            gcCount = 0;
            for (int i = 0; i < ok.length; i++) {
                if (ok[i] != null) putGC(ok[i], ov[i]);
            }
        }
        int mask = gcKeys.length - 1;
        int i = hashGC(o) & mask;
        while (gcKeys[i] != null) {
            if (gcKeys[i] == o) {
                gcVals[i] = slot;
                return;
            }
            i = (i + 1) & mask;
        }
        gcKeys[i] = o;
        gcVals[i] = slot;
        gcCount++;
    }
}
