package org.jresty.lib.io;

/**
 * Reads a number the way glibc's fscanf("%lf") does for io.read("*n"): whitespace skipped, then the longest
 * run of characters that can belong to a decimal or hex float, "inf", "infinity" or "nan" (any case); the first
 * character that cannot is pushed back. The characters taken are gone even when they do not make a number.
 */
public final class NumberScanner {
    private NumberScanner() {
    }

    private static boolean isSpace(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(int c) {
        return isDigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
    }

    /** The number read, or null (nothing or no valid number). */
    public static Double scan(CStream s) {
        int c;
        do {
            c = s.getc();
        } while (isSpace(c));
        if (c < 0) return null;
        StringBuilder buf = new StringBuilder();
        if (c == '-' || c == '+') {
            buf.append((char) c);
            c = s.getc();
            if (c < 0) return null;
        }
        boolean neg = buf.length() > 0 && buf.charAt(0) == '-';
        int lc = c | 0x20;
        if (lc == 'n') return word(s, c, "nan", false) ? (Double) Double.NaN : null;
        if (lc == 'i') {
            if (!word(s, c, "inf", false)) return null;
            int d = s.getc();
            if ((d | 0x20) == 'i') {
                if (!word(s, d, "inity", true)) return null;
            } else {
                s.ungetc(d);
            }
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        boolean hex = false;
        if (c == '0') {
            buf.append('0');
            c = s.getc();
            if ((c | 0x20) == 'x') {
                hex = true;
                buf.append('x');
                c = s.getc();
            }
        }
        int start = buf.length();
        boolean gotDigit = start > 0 && buf.charAt(start - 1) == '0', gotDot = false, gotExp = false;
        char expChar = hex ? 'p' : 'e';
        while (c >= 0) {
            if (isDigit(c) || (hex && !gotExp && isHex(c))) {
                gotDigit = true;
            } else if (gotExp && buf.charAt(buf.length() - 1) == expChar && (c == '-' || c == '+')) {
                // sign of the exponent
            } else if (gotDigit && !gotExp && (c | 0x20) == expChar) {
                gotExp = true;
                gotDot = true;
                c = expChar;
            } else if (!gotDot && c == '.') {
                gotDot = true;
            } else {
                break;
            }
            buf.append((char) c);
            c = s.getc();
        }
        s.ungetc(c);
        if (buf.isEmpty() || (hex && buf.length() == (neg || buf.charAt(0) == '+' ? 3 : 2))) return null;
        return convert(buf.toString(), hex);
    }

    /** Matches the rest of a word whose first character c was read; a mismatching character is pushed back. */
    private static boolean word(CStream s, int c, String w, boolean firstRead) {
        for (int i = 0; i < w.length(); i++) {
            if (i > 0) c = s.getc();
            if ((c | 0x20) != w.charAt(i)) {
                s.ungetc(c);
                return false;
            }
        }
        return true;
    }

    /** strtod on the longest valid prefix; null when not even one digit converts. */
    static Double convert(String t, boolean hex) {
        int i = 0, n = t.length();
        StringBuilder num = new StringBuilder();
        if (i < n && (t.charAt(i) == '-' || t.charAt(i) == '+')) num.append(t.charAt(i++));
        if (hex) i += 2;
        int digits = 0;
        StringBuilder mant = new StringBuilder();
        while (i < n && (hex ? isHex(t.charAt(i)) : isDigit(t.charAt(i)))) {
            mant.append(t.charAt(i++));
            digits++;
        }
        if (i < n && t.charAt(i) == '.') {
            mant.append('.');
            i++;
            while (i < n && (hex ? isHex(t.charAt(i)) : isDigit(t.charAt(i)))) {
                mant.append(t.charAt(i++));
                digits++;
            }
        }
        if (digits == 0) {
            if (hex) return num.toString().startsWith("-") ? -0.0 : 0.0;  // "0x" converts its "0"
            return null;
        }
        String exp = "";
        if (i < n && (t.charAt(i) | 0x20) == (hex ? 'p' : 'e')) {
            int j = i + 1;
            if (j < n && (t.charAt(j) == '-' || t.charAt(j) == '+')) j++;
            int k = j;
            while (k < n && isDigit(t.charAt(k))) k++;
            if (k > j) exp = (hex ? "p" : "e") + t.substring(i + 1, k);
        }
        try {
            if (hex) return Double.parseDouble(num + "0x" + mant + (exp.isEmpty() ? "p0" : exp));
            return Double.parseDouble(num + mant.toString() + exp);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
