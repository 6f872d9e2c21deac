package org.jresty.lib.strings;

import java.util.Arrays;

/**
 * A growable byte buffer for building strings (LuaJIT's SBuf). It also remembers the largest size it was asked
 * to reserve ({@link #peakNeed}), which is what LuaJIT's shared temporary buffer would have grown to: the
 * library reports that number through {@link TempBuffer} so the heap can count the growth.
 */
public final class ByteBuf {
    private byte[] data;
    private int len;
    private long peakNeed;

    public ByteBuf(int capacity) {
        data = new byte[Math.max(capacity, 16)];
    }

    public ByteBuf() {
        this(64);
    }

    public int length() {
        return len;
    }

    /** The backing array (valid bytes are [0, length())). */
    public byte[] array() {
        return data;
    }

    /** The largest total size requested so far (length before a write + the room that write reserved). */
    public long peakNeed() {
        return peakNeed;
    }

    /** Like lj_buf_more: makes room for n more bytes and records the request. */
    public void reserve(long n) {
        long need = len + n;
        if (need > peakNeed) {
            peakNeed = need;
        }
        if (need > data.length) {
            if (need > Integer.MAX_VALUE - 16) {
                throw new OutOfMemoryError("string buffer too large");
            }
            data = Arrays.copyOf(data, (int) Math.max(need, Math.min((long) data.length * 2, Integer.MAX_VALUE - 16)));
        }
    }

    public void append(int b) {
        reserve(1);
        data[len++] = (byte) b;
    }

    public void append(byte[] b, int off, int n) {
        reserve(n);
        System.arraycopy(b, off, data, len, n);
        len += n;
    }

    public void append(byte[] b) {
        append(b, 0, b.length);
    }

    /** Appends chars 0..255 of s as single bytes (ASCII text such as formatted numbers). */
    public void appendLatin1(CharSequence s) {
        int n = s.length();
        reserve(n);
        for (int i = 0; i < n; i++) {
            data[len++] = (byte) s.charAt(i);
        }
    }

    /** Appends v in decimal (a leading '-' when negative). */
    public void appendLong(long v) {
        if (v == Long.MIN_VALUE) {
            appendLatin1("-9223372036854775808");
            return;
        }
        reserve(20);
        if (v < 0) {
            data[len++] = '-';
            v = -v;
        }
        int start = len;
        do {
            data[len++] = (byte) ('0' + (int) (v % 10));
            v /= 10;
        } while (v != 0);
        for (int i = start, j = len - 1; i < j; i++, j--) {
            byte t = data[i];
            data[i] = data[j];
            data[j] = t;
        }
    }

    /**
     * Appends q as exactly {@code digits} decimal digits (zeros in front) with a point before the last p (none when
     * p is 0): "%.pf" of q / 10^p. The room must have been reserved.
     */
    public void appendFixed(long q, int p, int digits) {
        int end = len + digits + (p > 0 ? 1 : 0);
        int w = end;
        for (int i = 0; i < digits; i++) {
            if (p > 0 && i == p) {
                data[--w] = '.';
            }
            data[--w] = (byte) ('0' + (int) (q % 10));
            q /= 10;
        }
        len = end;
    }

    public void repeat(int b, int count) {
        if (count > 0) {
            reserve(count);
            Arrays.fill(data, len, len + count, (byte) b);
            len += count;
        }
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(data, len);
    }

    public void clear() {
        len = 0;
    }
}
