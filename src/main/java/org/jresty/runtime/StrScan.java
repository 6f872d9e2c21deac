package org.jresty.runtime;

import java.math.BigInteger;

/**
 * String to number scanning with the rules of LuaJIT's lj_strscan.c (decimal, hex with binary exponents,
 * binary 0b, inf/nan spellings, LL/ULL/i suffixes for the lexer). Decimal conversion is correctly rounded,
 * as LuaJIT's is.
 */
public final class StrScan {
    /** Result formats (LuaJIT's StrScanFmt order). */
    public static final int ERROR = 0, NUM = 1, IMAG = 2, INT = 3, U32 = 4, I64 = 5, U64 = 6;
    /** Options. */
    public static final int OPT_TOINT = 1, OPT_TONUM = 2, OPT_IMAG = 4, OPT_LL = 8, OPT_C = 16;

    /** LuaJIT's canonical NaN (setnanV): the bits tonumber("nan") yields. */
    public static final double LJ_NAN = Double.longBitsToDouble(0xfff8000000000000L);

    /** The scanned value: a double for NUM/IMAG, 64-bit integer bits for I64/U64. */
    public double num;
    public long bits;

    private StrScan() {
    }

    /** tonumber's conversion of a string (base 10 rules): the number, or null when the string is no number. */
    public static Double toNumber(byte[] s, int off, int len) {
        // Plain decimal integers of up to 15 digits ("42", "-7"): exact as doubles, no scanner needed.
        int p = off;
        int end = off + len;
        boolean neg = p < end && s[p] == '-';
        if (neg) {
            p++;
        }
        if (p < end && end - p <= 15) {
            long x = 0;
            int q = p;
            while (q < end && s[q] >= '0' && s[q] <= '9') {
                x = x * 10 + (s[q++] - '0');
            }
            if (q == end) {
                return neg ? -(double) x : (double) x;
            }
        }
        StrScan r = new StrScan();
        int fmt = r.scan(s, off, len, OPT_TONUM);
        return fmt == NUM ? r.num : null;
    }

    public static Double toNumber(LuaString s) {
        return toNumber(s.bytes(), 0, s.length());
    }

    /** Scans for the lexer (TONUM | LL | IMAG); returns the format, value in the returned scanner's fields. */
    public static StrScan scanLiteral(byte[] s, int off, int len) {
        StrScan r = new StrScan();
        r.fmt = r.scan(s, off, len, OPT_TONUM | OPT_LL | OPT_IMAG);
        return r;
    }

    /** A reusable scanner (the lexer keeps one): call {@link #scan} and read fmt/num/bits. */
    public static StrScan newScanner() {
        return new StrScan();
    }

    /** Format of the last {@link #scanLiteral}. */
    public int fmt;

    private byte[] b;
    private int end;

    private int at(int i) {
        return i < end ? b[i] & 0xff : 0;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isXDigit(int c) {
        return isDigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
    }

    private static boolean isSpace(int c) {
        return c == ' ' || (c >= 9 && c <= 13);
    }

    private static boolean ci(int c, char k) {
        return (c | 0x20) == k;
    }

    /** LuaJIT's lj_strscan_scan over s[off, off+len). */
    public int scan(byte[] s, int off, int len, int opt) {
        this.b = s;
        this.end = off + len;
        int p = off;
        boolean neg = false;
        if (!isDigit(at(p))) {
            while (isSpace(at(p))) p++;
            if (at(p) == '+' || at(p) == '-') neg = at(p++) == '-';
            if (at(p) >= 'A') {  // inf, infinity, nan
                double v = LJ_NAN;
                if (ci(at(p), 'i') && ci(at(p + 1), 'n') && ci(at(p + 2), 'f')) {
                    v = neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                    p += 3;
                    if (ci(at(p), 'i') && ci(at(p + 1), 'n') && ci(at(p + 2), 'i') && ci(at(p + 3), 't')
                            && ci(at(p + 4), 'y')) p += 5;
                } else if (ci(at(p), 'n') && ci(at(p + 1), 'a') && ci(at(p + 2), 'n')) {
                    p += 3;
                }
                while (isSpace(at(p))) p++;
                if (at(p) != 0 || p < end) return ERROR;
                num = v;
                return NUM;
            }
        }
        int fmt = INT;
        boolean hexDigits = false;
        int base = (opt & OPT_C) != 0 && at(p) == '0' ? 0 : 10;
        int dp = -1;
        int dig = 0;
        boolean hasdig = false;
        long x = 0;
        int ex = 0;
        if (at(p) <= '0') {
            if (at(p) == '0') {
                if (ci(at(p + 1), 'x')) {
                    base = 16; hexDigits = true; p += 2;
                } else if (ci(at(p + 1), 'b')) {
                    base = 2; p += 2;
                }
            }
            for (;; p++) {
                if (at(p) == '0') {
                    hasdig = true;
                } else if (at(p) == '.') {
                    if (dp >= 0) return ERROR;
                    dp = p;
                } else {
                    break;
                }
            }
        }
        int sp = p;
        for (;; p++) {
            int c = at(p);
            if (hexDigits ? isXDigit(c) : isDigit(c)) {
                x = (x * 10 + (c & 15)) & 0xffffffffL;
                dig++;
            } else if (c == '.') {
                if (dp >= 0) return ERROR;
                dp = p;
            } else {
                break;
            }
        }
        if (!hasdig && dig == 0) return ERROR;
        if (dp >= 0) {
            fmt = NUM;
            if (dig != 0) {
                ex = dp - (p - 1);
                int q = p - 1;
                while (ex < 0 && at(q--) == '0') {
                    ex++;
                    dig--;
                }
                if (base == 16) ex *= 4;
            }
        }
        if (base >= 10 && ci(at(p), base == 16 ? 'p' : 'e')) {
            int xx;
            boolean negx = false;
            fmt = NUM;
            p++;
            if (at(p) == '+' || at(p) == '-') negx = at(p++) == '-';
            if (!isDigit(at(p))) return ERROR;
            xx = at(p++) & 15;
            while (isDigit(at(p))) {
                if (xx < 65536) xx = xx * 10 + (at(p) & 15);
                p++;
            }
            ex += negx ? -xx : xx;
        }
        if (at(p) != 0) {
            if (ci(at(p), 'i')) {
                if ((opt & OPT_IMAG) == 0) return ERROR;
                p++;
                fmt = IMAG;
            } else if (fmt == INT) {
                if (ci(at(p), 'u')) { p++; fmt = U32; }
                if (ci(at(p), 'l')) {
                    p++;
                    if (ci(at(p), 'l')) { p++; fmt += I64 - INT; }
                    else if ((opt & OPT_C) == 0) return ERROR;
                    else fmt += I64 - INT;
                }
                if (ci(at(p), 'u') && (fmt == INT || fmt == I64)) { p++; fmt += U32 - INT; }
                if ((fmt == U32 && (opt & OPT_C) == 0) || (fmt >= I64 && (opt & OPT_LL) == 0)) return ERROR;
            }
            while (isSpace(at(p))) p++;
            if (at(p) != 0) return ERROR;
        }
        if (p < end) return ERROR;
        if (fmt == INT && base == 10 && (dig < 10 || (dig == 10 && at(sp) <= '2' && x < 0x80000000L + (neg ? 1 : 0)))) {
            // 32-bit fast path; without TONUM the caller still only wants a double here
            num = neg ? -(double) x : (double) x;
            return (opt & OPT_TONUM) != 0 || (x == 0 && neg) ? NUM : INT;
        }
        if (base == 16) return hex(sp, fmt, opt, ex, neg, dig);
        if (base == 2) return bin(sp, fmt, opt, ex, neg, dig);
        return dec(sp, fmt, opt, ex, neg, dig);
    }

    private int digitAt(int[] pp) {
        int p = pp[0];
        if (at(p) == '.') p++;
        pp[0] = p + 1;
        return at(p);
    }

    private int hex(int sp, int fmt, int opt, int ex2, boolean neg, int dig) {
        long x = 0;
        int[] pp = {sp};
        for (int i = Math.min(dig, 16); i > 0; i--) {
            int d = digitAt(pp);
            if (d > '9') d += 9;
            x = (x << 4) + (d & 15);
        }
        for (int i = 16; i < dig; i++) {
            if (digitAt(pp) != '0') x |= 1;
            ex2 += 4;
        }
        switch (fmt) {
            case INT:
                if ((opt & OPT_C) == 0) { fmt = NUM; break; }
                // fallthrough
            case U32:
                if (dig > 8) return ERROR;
                bits = neg ? -(int) x : (int) x;
                num = (int) bits;
                return U32;
            case I64:
            case U64:
                if (dig > 16) return ERROR;
                bits = neg ? -x : x;
                return fmt;
            default:
                break;
        }
        if ((x & 0xc000000000000000L) != 0) {
            x = (x >>> 2) | (x & 3);
            ex2 += 2;
        }
        num = toDouble(x, ex2, neg);
        return fmt;
    }

    private int bin(int sp, int fmt, int opt, int ex2, boolean neg, int dig) {
        long x = 0;
        if (ex2 != 0 || dig > 64) return ERROR;
        int p = sp;
        for (int i = dig; i > 0; i--, p++) {
            if ((at(p) & ~1) != '0') return ERROR;
            x = (x << 1) | (at(p) & 1);
        }
        switch (fmt) {
            case INT:
                if ((opt & OPT_C) == 0) { fmt = NUM; break; }
                // fallthrough
            case U32:
                if (dig > 32) return ERROR;
                bits = neg ? -(int) x : (int) x;
                return U32;
            case I64:
            case U64:
                bits = neg ? -x : x;
                return fmt;
            default:
                break;
        }
        if ((x & 0xc000000000000000L) != 0) {
            x = (x >>> 2) | (x & 3);
            ex2 += 2;
        }
        num = toDouble(x, ex2, neg);
        return fmt;
    }

    /** 10^0 .. 10^22, every one an exact double. */
    private static final double[] EXACT_POW10 = new double[23];

    static {
        EXACT_POW10[0] = 1;
        for (int i = 1; i < EXACT_POW10.length; i++) EXACT_POW10[i] = EXACT_POW10[i - 1] * 10;
    }

    /** strscan_double: x * 2^ex2 avoiding double rounding for denormals. */
    private static double toDouble(long x, int ex2, boolean neg) {
        if (ex2 <= -1075 && x != 0) {
            int bb = 63 - Long.numberOfLeadingZeros(x);
            if (bb + ex2 <= -1023 && bb + ex2 >= -1075) {
                long rb = 1L << (-1075 - ex2);
                if ((x & rb) != 0 && (x & (rb + rb + rb - 1)) != 0) x += rb + rb;
                x = x & ~(rb + rb - 1);
            }
        }
        double n = (double) x;
        if (neg) n = -n;
        if (ex2 != 0) n = Math.scalb(n, ex2);
        return n;
    }

    private int dec(int sp, int fmt, int opt, int ex10, boolean neg, int dig) {
        if (dig > 0 && dig <= 15 && ex10 >= -22 && ex10 <= 22 && fmt != I64 && fmt != U64 && fmt != U32) {
            // Clinger's fast path: up to 15 digits and 10^|ex10| are exact doubles, so one multiplication or
            // division rounds once, correctly, as the general conversion would.
            long m = 0;
            int[] pp = {sp};
            for (int i = 0; i < dig; i++) m = m * 10 + (digitAt(pp) - '0');
            double n = ex10 >= 0 ? m * EXACT_POW10[ex10] : m / EXACT_POW10[-ex10];
            num = neg ? -n : n;
            return fmt == INT ? NUM : fmt;
        }
        StringBuilder digits = new StringBuilder(dig + 8);
        int[] pp = {sp};
        for (int i = 0; i < dig; i++) digits.append((char) digitAt(pp));
        if (fmt == I64 || fmt == U64) {
            if (ex10 != 0 || dig > 20) return ERROR;
            BigInteger v = dig == 0 ? BigInteger.ZERO : new BigInteger(digits.toString());
            if (v.bitLength() > 64) return ERROR;
            long lv = v.longValue();
            bits = neg ? -lv : lv;
            return fmt;
        }
        if (fmt == U32) {
            return ERROR;  // only with OPT_C, which the runtime never uses
        }
        if (fmt == INT) fmt = NUM;
        double n;
        if (dig == 0) {
            n = 0.0;
        } else {
            digits.append('e').append(ex10);
            n = Double.parseDouble(digits.toString());
        }
        num = neg ? -n : n;
        return fmt;
    }
}
