package org.jresty.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Number to text exactly as LuaJIT writes it (lj_strfmt_num.c): {@link #tostring} is "%.14g", and
 * {@link #appendFloat} is the shared engine of string.format's %a %e %f %g. Decimal digits come from the exact
 * binary value, rounded half away from zero (LuaJIT adds 5 at the first dropped digit, unlike glibc's
 * half-to-even). Non-finite values are spelled inf, -inf and nan (LuaJIT never prints a sign on nan).
 */
public final class NumberFormat {
    /** Format flags (C printf's "-", "+", "0", " ", "#", and an upper-case conversion letter). */
    public static final int F_LEFT = 1, F_PLUS = 2, F_ZERO = 4, F_SPACE = 8, F_ALT = 16, F_UPPER = 32;

    private static final int TOSTRING_PRECISION = 14;

    private NumberFormat() {
    }

    /** LuaJIT's tostring/print/concat text of a number ("%.14g"). */
    public static String tostring(double d) {
        if (d == (long) d && Math.abs(d) < 1e14) {
            if (d == 0 && Double.doubleToRawLongBits(d) != 0) {
                return "-0";
            }
            return Long.toString((long) d);
        }
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        StringBuilder sb = new StringBuilder(24);
        if (d < 0) {
            sb.append('-');
        }
        if (g14Fast(sb, Math.abs(d))) {
            return sb.toString();
        }
        sb.setLength(0);
        appendFloat(sb, d, 'g', 0, 0, TOSTRING_PRECISION);
        return sb.toString();
    }

    /** The "%.14g" text of d as Latin-1 bytes (a fresh array the caller owns). */
    public static byte[] tostringBytes(double d) {
        int n = integerLength(d);
        if (n > 0) {
            byte[] out = new byte[n];
            writeInteger(out, 0, n, d);
            return out;
        }
        byte[] out = fractionBytes(d);
        return out != null ? out : tostring(d).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /**
     * The "%.14g" text of a non-integral d of magnitude in [1e-4, 1e14) (printed without exponent), written
     * straight from its 14 rounded digits; null for other values.
     */
    static byte[] fractionBytes(double d) {
        double abs = Math.abs(d);
        if (!(abs >= 1e-4 && abs < 1e14)) {
            return null;
        }
        long scaled = scaledDigits(abs, TOSTRING_PRECISION);
        if (scaled < 0) {
            return null;
        }
        long q = digitsOf(scaled);
        int x = exponentOf(scaled);
        if (x < -4 || x >= TOSTRING_PRECISION) {
            return null;
        }
        int nd = 14;
        while (q % 10 == 0) {
            q /= 10;
            nd--;
        }
        int sign = d < 0 ? 1 : 0;
        // digits d1..dnd with the point after digit x+1: "ddd.ddd", "ddd" (+ zeros), or "0.000ddd"
        int len = sign + (x >= 0 ? Math.max(nd, x + 1) + (nd > x + 1 ? 1 : 0) : 2 - x - 1 + nd);
        byte[] out = new byte[len];
        if (sign != 0) {
            out[0] = '-';
        }
        if (x >= 0) {
            int frac = nd - (x + 1); // digits after the point
            int p;
            if (frac > 0) {
                p = len;
                for (int i = 0; i < frac; i++) {
                    out[--p] = (byte) ('0' + q % 10);
                    q /= 10;
                }
                out[--p] = '.';
            } else {
                p = sign + nd;
                for (int z = p; z < len; z++) {
                    out[z] = '0'; // an integral text rounded from a fraction: zeros up to the point
                }
            }
            while (p > sign) {
                out[--p] = (byte) ('0' + q % 10);
                q /= 10;
            }
        } else {
            out[sign] = '0';
            out[sign + 1] = '.';
            for (int z = sign + 2; z < sign + 1 - x; z++) {
                out[z] = '0';
            }
            for (int p = len; q != 0; q /= 10) {
                out[--p] = (byte) ('0' + q % 10);
            }
        }
        return out;
    }

    /**
     * The length of d's "%.14g" text when d is integral and below 1e14 in magnitude (the text is then its
     * decimal digits, "-0" for negative zero), else 0: such numbers need no decimal conversion.
     */
    public static int integerLength(double d) {
        if (!(d > -1e14 && d < 1e14)) {
            return 0;
        }
        long v = (long) d;
        if (v != d) {
            return 0;
        }
        if (v < 0) {
            return 1 + digits(-v);
        }
        if (v == 0 && Double.doubleToRawLongBits(d) != 0) {
            return 2;
        }
        return digits(v);
    }

    /** The number of decimal digits of 0 &lt;= v &lt; 10^14. */
    private static int digits(long v) {
        int n = 1;
        while (n < 15 && v >= POW10[n]) {
            n++;
        }
        return n;
    }

    /** Writes the n bytes {@link #integerLength} measured for d at out[pos, pos+n). */
    public static void writeInteger(byte[] out, int pos, int n, double d) {
        long v = (long) d;
        if (v < 0 || (v == 0 && Double.doubleToRawLongBits(d) != 0)) {
            out[pos] = '-';
            v = -v;
        }
        int p = pos + n;
        while (v >= 100) {
            int r = (int) (v % 100);
            v /= 100;
            out[--p] = DIGIT_ONES[r];
            out[--p] = DIGIT_TENS[r];
        }
        out[--p] = DIGIT_ONES[(int) v];
        if (v >= 10) {
            out[--p] = DIGIT_TENS[(int) v];
        }
    }

    private static final byte[] DIGIT_TENS = new byte[100];
    private static final byte[] DIGIT_ONES = new byte[100];

    static {
        for (int i = 0; i < 100; i++) {
            DIGIT_TENS[i] = (byte) ('0' + i / 10);
            DIGIT_ONES[i] = (byte) ('0' + i % 10);
        }
    }

    /**
     * Appends n formatted like C's printf with conversion kind 'a', 'e', 'f' or 'g' (add {@link #F_UPPER} for
     * the capital forms), the given flags, minimum width, and precision (negative = the default). Returns the
     * room LuaJIT's lj_strfmt_wfnum asks of its buffer for this conversion (for the temporary-buffer model).
     */
    public static int appendFloat(StringBuilder sb, double n, char kind, int flags, int width, int prec) {
        long bits = Double.doubleToRawLongBits(n);
        boolean negative = bits < 0;
        boolean upper = (flags & F_UPPER) != 0;
        if (Double.isNaN(n) || Double.isInfinite(n)) {
            char prefix = 0;
            if (Double.isNaN(n)) {
                if ((flags & F_SPACE) != 0) {
                    prefix = ' ';
                }
            } else {
                prefix = signPrefix(negative, flags);
            }
            String body = Double.isNaN(n) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
            pad(sb, prefix, "", body, width, flags & ~F_ZERO);
            return Math.max(width, prefix != 0 ? 4 : 3);
        }
        char prefix = signPrefix(negative, flags);
        int prefixLen = prefix != 0 ? 1 : 0;
        double abs = Math.abs(n);
        boolean alt = (flags & F_ALT) != 0;
        switch (kind) {
            case 'a' -> {
                int len = appendHex(sb, prefix, bits, flags, width, prec);
                return Math.max(width, len);
            }
            case 'e' -> {
                int p = prec < 0 ? 6 : prec;
                Digits dg = roundSignificant(abs, p + 1);
                StringBuilder body = new StringBuilder(p + 8);
                appendExponential(body, dg.digits, dg.exp, alt, upper);
                pad(sb, prefix, "", body.toString(), width, flags);
                return Math.max(width, prefixLen + body.length()) + 5;
            }
            case 'f' -> {
                int p = prec < 0 ? 6 : prec;
                String body = fixed(abs, p);
                if (p == 0 && alt) {
                    body += ".";
                }
                pad(sb, prefix, "", body, width, flags);
                return Math.max(width, prefixLen + body.length()) + 8;
            }
            case 'g' -> {
                int p = prec < 0 ? 6 : Math.max(prec, 1);
                Digits dg = roundSignificant(abs, p);
                String digits = alt ? dg.digits : stripTrailingZeros(dg.digits);
                StringBuilder body = new StringBuilder(p + 8);
                appendGDigits(body, digits, dg.exp, p, alt, upper);
                pad(sb, prefix, "", body.toString(), width, flags);
                int shown = prefixLen + body.length();
                int len;
                if (dg.exp < -4 || dg.exp >= p) {
                    // e style: LuaJIT strips the zeros from its length only when width > 5.
                    int ep = p - 1;
                    int e = Math.abs(dg.exp);
                    len = !alt && ep != 0 && width > 5 ? shown
                            : 3 + ep + prefixLen + Math.max(2, Integer.toString(e).length()) + (ep != 0 || alt ? 1 : 0);
                    return Math.max(width, len) + 5;
                }
                int fp = p - 1 - dg.exp;
                len = !alt && fp != 0 && width != 0 ? shown
                        : (dg.exp >= 0 ? dg.exp + 1 : 1) + fp + prefixLen + (fp != 0 || alt ? 1 : 0);
                return Math.max(width, len) + 8;
            }
            default -> throw new IllegalArgumentException("float conversion " + kind);
        }
    }

    private static char signPrefix(boolean negative, int flags) {
        if (negative) {
            return '-';
        }
        if ((flags & F_PLUS) != 0) {
            return '+';
        }
        return (flags & F_SPACE) != 0 ? ' ' : 0;
    }

    /** Pads prefix+lead+body to width: spaces on the left, zeros after prefix+lead, or spaces on the right. */
    private static void pad(StringBuilder sb, char prefix, String lead, String body, int width, int flags) {
        int len = (prefix != 0 ? 1 : 0) + lead.length() + body.length();
        int fill = Math.max(0, width - len);
        boolean left = (flags & F_LEFT) != 0;
        boolean zero = !left && (flags & F_ZERO) != 0;
        if (!left && !zero) {
            sb.repeat(' ', fill);
        }
        if (prefix != 0) {
            sb.append(prefix);
        }
        sb.append(lead);
        if (zero) {
            sb.repeat('0', fill);
        }
        sb.append(body);
        if (left) {
            sb.repeat(' ', fill);
        }
    }

    /** Significant digits (exactly count of them) and the decimal exponent of the first one. */
    private record Digits(String digits, int exp) {
    }

    /**
     * abs rounded half-up to count significant digits. Fast path: the shortest round-trip decimal S of a
     * normal double (Double.toString) rounds the same way as the exact value for count <= 15. If S has at most
     * count digits, the exact value lies within half an ulp of S, far inside S's rounding interval. Otherwise no
     * tie point of count+1 digits lies strictly between the value and S (it would be a shorter, or as short and
     * closer, decimal that also reads back as the value), so the digit after the cut decides, unless S itself
     * is such a tie point: then the exact value decides (slow path).
     */
    private static Digits roundSignificant(double abs, int count) {
        if (abs == 0) {
            return new Digits("0".repeat(count), 0);
        }
        if (abs >= Double.MIN_NORMAL && count <= 15) {
            Digits fast = scaledSignificant(abs, count);
            if (fast != null) {
                return fast;
            }
        }
        if (abs >= Double.MIN_NORMAL && count <= 15) {
            Digits sd = shortest(abs);
            String d = sd.digits;
            int n = d.length();
            if (n <= count) {
                return new Digits(n == count ? d : d + "0".repeat(count - n), sd.exp);
            }
            if (!(n == count + 1 && d.charAt(count) == '5')) {
                return d.charAt(count) >= '5' ? roundUp(d, count, sd.exp) : new Digits(d.substring(0, count), sd.exp);
            }
        }
        return exactSignificant(abs, count);
    }

    /** The first count (at most 15) digits of abs rounded half-up from its exact value, or null (see below). */
    private static Digits scaledSignificant(double abs, int count) {
        long scaled = scaledDigits(abs, count);
        return scaled < 0 ? null : new Digits(Long.toString(digitsOf(scaled)), exponentOf(scaled));
    }

    /**
     * abs (a positive normal double) rounded half-up to count &lt;= 15 significant digits from its exact value, by
     * scaling it to a count-digit integer q with 10^k (exact in 128 bits): q and the decimal exponent of its first
     * digit, packed in one long ({@link #digitsOf}, {@link #exponentOf}); -1 when k would leave [0, 18] (values
     * of 10^count and above, or tiny ones).
     */
    private static long scaledDigits(double abs, int count) {
        int x = (int) Math.floor(Math.getExponent(abs) * 0.30102999566398120); // floor(log10(abs)), or one less
        for (int attempt = 0; attempt < 3; attempt++) {
            int k = count - 1 - x;
            if (k < 0 || k > 18) {
                return -1;
            }
            long q = scaledRound(abs, k);
            if (q < 0) {
                return -1;
            }
            if (q < POW10[count - 1]) {
                x--;
            } else if (q > POW10[count]) {
                x++;
            } else if (q == POW10[count]) {
                return POW10[count - 1] << 10 | (x + 1 + 512); // rounded up into the next decade
            } else {
                return q << 10 | (x + 512);
            }
        }
        return -1;
    }

    private static long digitsOf(long scaled) {
        return scaled >>> 10;
    }

    private static int exponentOf(long scaled) {
        return (int) (scaled & 1023) - 512;
    }

    /** The first count digits plus one unit in the last place (a carry out of all nines adds a digit). */
    private static Digits roundUp(String d, int count, int exp) {
        char[] c = d.substring(0, count).toCharArray();
        int i = count - 1;
        while (i >= 0 && c[i] == '9') {
            c[i--] = '0';
        }
        if (i < 0) {
            return new Digits("1" + new String(c, 0, count - 1), exp + 1);
        }
        c[i]++;
        return new Digits(new String(c), exp);
    }

    private static Digits exactSignificant(double abs, int count) {
        BigDecimal r = new BigDecimal(abs).round(new MathContext(count, RoundingMode.HALF_UP));
        String u = r.unscaledValue().toString();
        int exp = u.length() - 1 - r.scale();
        if (u.length() < count) {
            u = u + "0".repeat(count - u.length());
        } else if (u.length() > count) {
            u = u.substring(0, count); // only trailing zeros of an exact value can be cut here
        }
        return new Digits(u, exp);
    }

    /** The shortest round-trip digits of a positive finite double (no leading/trailing zeros) and exponent. */
    private static Digits shortest(double abs) {
        String s = Double.toString(abs);
        int ePos = s.indexOf('E');
        int mantEnd = ePos < 0 ? s.length() : ePos;
        int exp10 = ePos < 0 ? 0 : Integer.parseInt(s, ePos + 1, s.length(), 10);
        StringBuilder all = new StringBuilder(20);
        int intDigits = -1;
        for (int i = 0; i < mantEnd; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                intDigits = all.length();
            } else {
                all.append(c);
            }
        }
        if (intDigits < 0) {
            intDigits = all.length();
        }
        int x = intDigits - 1 + exp10;
        int start = 0;
        while (start < all.length() - 1 && all.charAt(start) == '0') {
            start++;
            x--;
        }
        int end = all.length();
        while (end > start + 1 && all.charAt(end - 1) == '0') {
            end--;
        }
        return new Digits(all.substring(start, end), x);
    }

    /** %f digits: abs rounded half-up to p decimals, as plain text. */
    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    /**
     * round_half_up(abs * 10^k) by exact integer arithmetic, for abs = m * 2^e with e < 0 and 0 <= k <= 18:
     * the 128-bit product m * 10^k is shifted right by -e, rounding up when the first dropped bit is set.
     * Returns -1 when the result might not fit a long or the case is not covered.
     */
    private static long scaledRound(double abs, int k) {
        long bits = Double.doubleToRawLongBits(abs);
        int be = (int) (bits >>> 52) & 0x7ff;
        if (be == 0 || k < 0 || k > 18) {
            return -1;
        }
        long m = (bits & 0xfffffffffffffL) | (1L << 52);
        int s = 1075 - be; // abs = m * 2^-s
        if (s <= 0 || s > 127) {
            return -1;
        }
        long p10 = POW10[k];
        long hi = Math.unsignedMultiplyHigh(m, p10);
        long lo = m * p10;
        long q;
        if (s < 64) {
            if ((hi >>> s) != 0) {
                return -1;
            }
            q = (hi << (64 - s)) | (lo >>> s);
        } else {
            q = hi >>> (s - 64);
        }
        if (q < 0) {
            return -1;
        }
        int b = s - 1;
        long roundBit = b < 64 ? (lo >>> b) & 1 : (hi >>> (b - 64)) & 1;
        return q + roundBit;
    }

    /**
     * %.14g of a positive double in [1e-5, 1e14) without decimal conversion of the whole value: scale to a
     * 14-digit integer by 10^(13-X) exactly and round. Returns false when the fast path does not apply.
     */
    private static boolean g14Fast(StringBuilder sb, double abs) {
        Digits dg = abs >= Double.MIN_NORMAL ? scaledSignificant(abs, TOSTRING_PRECISION) : null;
        if (dg == null) {
            return false;
        }
        appendGDigits(sb, stripTrailingZeros(dg.digits), dg.exp, TOSTRING_PRECISION, false, false);
        return true;
    }

    /**
     * The digits of "%.pf" of abs &gt;= 0 as one integer (abs * 10^p, rounded as {@link #fixed} rounds), or -1 when
     * abs is not finite, subnormal or too large for them to fit a long: then {@link #appendFloat} must write it.
     */
    public static long fixedDigits(double abs, int p) {
        if (abs == 0) {
            return p <= 18 ? 0 : -1;
        }
        if (abs >= Double.MIN_NORMAL && p <= 18 && abs * POW10[p] < 9.0e18) {
            return scaledRound(abs, p);
        }
        return -1;
    }

    private static String fixed(double abs, int p) {
        if (abs >= Double.MIN_NORMAL && p <= 18 && abs * POW10[p] < 9.0e18) {
            long q = scaledRound(abs, p);
            if (q >= 0) {
                String digits = Long.toString(q);
                StringBuilder sb = new StringBuilder(digits.length() + 3);
                if (digits.length() <= p) {
                    sb.append('0');
                    if (p > 0) {
                        sb.append('.').repeat('0', p - digits.length()).append(digits);
                    }
                } else {
                    int intLen = digits.length() - p;
                    sb.append(digits, 0, intLen);
                    if (p > 0) {
                        sb.append('.').append(digits, intLen, digits.length());
                    }
                }
                return sb.toString();
            }
        }
        if (abs >= Double.MIN_NORMAL) {
            int x = shortest(abs).exp;
            int count = x + 1 + p;
            if (count >= 1 && count <= 15) {
                Digits dg = roundSignificant(abs, count);
                // A carry may have added an integer digit: keep p decimals.
                String digits = dg.digits;
                if (dg.exp > x) {
                    digits = digits + "0";
                }
                int intLen = dg.exp + 1;
                StringBuilder sb = new StringBuilder(digits.length() + 3);
                if (intLen <= 0) {
                    sb.append('0');
                    if (p > 0) {
                        sb.append('.').repeat('0', -intLen).append(digits, 0, digits.length());
                    }
                } else {
                    sb.append(digits, 0, intLen);
                    if (p > 0) {
                        sb.append('.').append(digits, intLen, digits.length());
                    }
                }
                return sb.toString();
            }
        }
        return new BigDecimal(abs).setScale(p, RoundingMode.HALF_UP).toPlainString();
    }

    private static String stripTrailingZeros(String digits) {
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return digits.substring(0, end);
    }

    /** d.ddde+XX: all given digits, a point when there are fraction digits or alt is set. */
    private static void appendExponential(StringBuilder sb, String digits, int exp, boolean alt, boolean upper) {
        sb.append(digits.charAt(0));
        if (digits.length() > 1 || alt) {
            sb.append('.').append(digits, 1, digits.length());
        }
        sb.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
        int e = Math.abs(exp);
        if (e < 10) {
            sb.append('0');
        }
        sb.append(e);
    }

    /**
     * %g layout of already-rounded digits (trailing zeros already stripped unless alt, where all P digits are
     * present): fixed notation when -4 <= exp < P, otherwise exponential.
     */
    private static void appendGDigits(StringBuilder sb, String digits, int exp, int p, boolean alt,
                                      boolean upper) {
        if (exp < -4 || exp >= p) {
            appendExponential(sb, digits, exp, alt, upper);
            return;
        }
        int n = digits.length();
        if (exp >= 0) {
            if (n <= exp + 1) {
                sb.append(digits).repeat('0', exp + 1 - n);
                if (alt) {
                    sb.append('.');
                }
            } else {
                sb.append(digits, 0, exp + 1).append('.').append(digits, exp + 1, n);
            }
        } else {
            sb.append("0.").repeat('0', -exp - 1).append(digits);
        }
    }

    /**
     * %a as LuaJIT writes it: denormals normalised, rounding may carry into a leading '2'. Returns the unpadded
     * length (LuaJIT's len).
     */
    private static int appendHex(StringBuilder sb, char prefix, long bits, int flags, int width, int prec) {
        boolean upper = (flags & F_UPPER) != 0;
        String hexdig = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        int e = (int) ((bits >>> 52) & 0x7ff);
        long m = bits & 0xfffffffffffffL;
        if (e != 0) {
            m |= 1L << 52;
            e -= 1023;
        } else if (m != 0) {
            int shift = Long.numberOfLeadingZeros(m) - 11;
            e = -1022 - shift;
            m <<= shift;
        }
        if (prec < 0) {
            prec = 13 - Long.numberOfTrailingZeros(m | (1L << 52)) / 4;
        } else if (prec < 13) {
            m += 1L << (51 - prec * 4);
        }
        StringBuilder body = new StringBuilder(32);
        body.append((char) ('0' + (m >>> 52)));
        if (prec != 0 || (flags & F_ALT) != 0) {
            body.append('.');
            char[] frac = new char[prec];
            int i = prec;
            if (prec < 13) {
                m >>>= (52 - prec * 4);
            } else {
                while (i > 13) {
                    frac[--i] = '0';
                }
            }
            while (i > 0) {
                frac[--i] = hexdig.charAt((int) (m & 15));
                m >>>= 4;
            }
            body.append(frac);
        }
        body.append(upper ? 'P' : 'p').append(e < 0 ? '-' : '+').append(Math.abs(e));
        pad(sb, prefix, upper ? "0X" : "0x", body.toString(), width, flags);
        return (prefix != 0 ? 1 : 0) + 2 + body.length();
    }
}
