package org.jresty.runtime;

/**
 * String to number as LuaJIT's tonumber/coercions read it: surrounding C whitespace, optional sign, decimal
 * (with fraction/exponent), hexadecimal with optional fraction and binary exponent, "inf"/"infinity"/"nan".
 */
final class NumParse {
    private NumParse() {
    }

    static boolean isSpace(int c) {
        return c == ' ' || (c >= 9 && c <= 13);
    }

    static Double parse(byte[] b, int off, int len) {
        int i = off, end = off + len;
        while (i < end && isSpace(b[i])) i++;
        while (end > i && isSpace(b[end - 1])) end--;
        if (i >= end) return null;
        boolean neg = false;
        if (b[i] == '-' || b[i] == '+') {
            neg = b[i] == '-';
            i++;
        }
        if (i >= end) return null;
        Double v;
        if (end - i > 2 && b[i] == '0' && (b[i + 1] == 'x' || b[i + 1] == 'X')) {
            v = hex(b, i + 2, end);
        } else if (isLetter(b[i])) {
            String w = new String(b, i, end - i, java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase();
            if (w.equals("inf") || w.equals("infinity")) v = Double.POSITIVE_INFINITY;
            else if (w.equals("nan")) v = Double.NaN;
            else v = null;
        } else {
            v = dec(b, i, end);
        }
        if (v == null) return null;
        return neg ? -v : v;
    }

    private static boolean isLetter(byte c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }

    private static Double dec(byte[] b, int i, int end) {
        int start = i, digits = 0;
        while (i < end && b[i] >= '0' && b[i] <= '9') { i++; digits++; }
        if (i < end && b[i] == '.') {
            i++;
            while (i < end && b[i] >= '0' && b[i] <= '9') { i++; digits++; }
        }
        if (digits == 0) return null;
        if (i < end && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            if (i < end && (b[i] == '+' || b[i] == '-')) i++;
            int ed = 0;
            while (i < end && b[i] >= '0' && b[i] <= '9') { i++; ed++; }
            if (ed == 0) return null;
        }
        if (i != end) return null;
        return Double.parseDouble(new String(b, start, end - start, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    private static int hexDigit(byte c) {
        if (c >= '0' && c <= '9') return c - '0';
        int l = c | 0x20;
        if (l >= 'a' && l <= 'f') return l - 'a' + 10;
        return -1;
    }

    private static Double hex(byte[] b, int i, int end) {
        double m = 0;
        int exp = 0, digits = 0;
        while (i < end && hexDigit(b[i]) >= 0) { m = m * 16 + hexDigit(b[i]); i++; digits++; }
        if (i < end && b[i] == '.') {
            i++;
            while (i < end && hexDigit(b[i]) >= 0) { m = m * 16 + hexDigit(b[i]); exp -= 4; i++; digits++; }
        }
        if (digits == 0) return null;
        if (i < end && (b[i] == 'p' || b[i] == 'P')) {
            i++;
            boolean eneg = false;
            if (i < end && (b[i] == '+' || b[i] == '-')) { eneg = b[i] == '-'; i++; }
            int e = 0, ed = 0;
            while (i < end && b[i] >= '0' && b[i] <= '9') { e = Math.min(e * 10 + (b[i] - '0'), 100000); i++; ed++; }
            if (ed == 0) return null;
            exp += eneg ? -e : e;
        }
        if (i != end) return null;
        return m * Math.pow(2, exp);
    }
}
