package org.jresty.lib.io;

/**
 * glibc's strftime in the C locale: every conversion, the flags {@code _ - 0 ^ #}, a field width and the
 * E/O modifiers (ignored in the C locale). An unknown conversion is copied as written.
 */
public final class Strftime {
    private static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private Strftime() {
    }

    public static byte[] format(byte[] fmt, int from, BrokenTime tm) {
        StringBuilder out = new StringBuilder();
        int i = from, n = fmt.length;
        while (i < n) {
            int c = fmt[i] & 0xff;
            if (c != '%') {
                out.append((char) c);
                i++;
                continue;
            }
            int start = i++;
            char pad = 0;
            boolean upper = false, swap = false;
            while (i < n && "_-0^#".indexOf(fmt[i]) >= 0) {
                char f = (char) fmt[i++];
                if (f == '^') upper = true;
                else if (f == '#') swap = true;
                else pad = f;
            }
            int width = -1;
            while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
                width = (width < 0 ? 0 : width) * 10 + (fmt[i++] - '0');
                if (width > 4096) width = 4096;
            }
            if (i < n && (fmt[i] == 'E' || fmt[i] == 'O')) i++;
            if (i >= n) {
                appendRaw(out, fmt, start, n);
                break;
            }
            char conv = (char) fmt[i++];
            String s = convert(conv, tm, pad, width, upper, swap);
            if (s == null) appendRaw(out, fmt, start, i);
            else out.append(s);
        }
        byte[] b = new byte[out.length()];
        for (int k = 0; k < b.length; k++) b[k] = (byte) out.charAt(k);
        return b;
    }

    private static void appendRaw(StringBuilder out, byte[] fmt, int from, int to) {
        for (int k = from; k < to; k++) out.append((char) (fmt[k] & 0xff));
    }

    /** A number padded to at least digits characters (pad '0' or ' ', flags may change it). */
    private static String num(long v, int digits, char defPad, char pad, int width) {
        char p = pad == '_' ? ' ' : pad == '0' ? '0' : defPad;
        int w = width >= 0 ? width : digits;
        String s = Long.toString(Math.abs(v));
        String sign = v < 0 ? "-" : "";
        if (pad == '-') return sign + s;
        StringBuilder b = new StringBuilder();
        int len = s.length() + sign.length();
        if (p == '0') {
            b.append(sign);
            for (int k = len; k < w; k++) b.append('0');
            b.append(s);
        } else {
            for (int k = len; k < w; k++) b.append(' ');
            b.append(sign).append(s);
        }
        return b.toString();
    }

    private static String text(String s, char pad, int width, boolean upper) {
        if (upper) s = s.toUpperCase();
        if (width <= s.length() || pad == '-') return s;
        char p = pad == '0' ? '0' : ' ';
        return String.valueOf(p).repeat(width - s.length()) + s;
    }

    private static String convert(char conv, BrokenTime tm, char pad, int width, boolean upper, boolean swap) {
        int hour12 = tm.hour() % 12 == 0 ? 12 : tm.hour() % 12;
        switch (conv) {
            case 'a': return text(DAYS[tm.wday()].substring(0, 3), pad, width, upper || swap);
            case 'A': return text(DAYS[tm.wday()], pad, width, upper || swap);
            case 'b': case 'h': return text(MONTHS[tm.mon()].substring(0, 3), pad, width, upper || swap);
            case 'B': return text(MONTHS[tm.mon()], pad, width, upper || swap);
            case 'c': return text(sub("%a %b %e %H:%M:%S %Y", tm), pad, width, upper);
            case 'C': return num(Math.floorDiv(tm.year(), 100), 2, '0', pad, width);
            case 'd': return num(tm.mday(), 2, '0', pad, width);
            case 'D': return text(sub("%m/%d/%y", tm), pad, width, upper);
            case 'e': return num(tm.mday(), 2, ' ', pad, width);
            case 'F': return text(sub("%Y-%m-%d", tm), pad, width, upper);
            case 'g': return num(Math.floorMod(isoYear(tm), 100), 2, '0', pad, width);
            case 'G': return num(isoYear(tm), 1, '0', pad, width);
            case 'H': return num(tm.hour(), 2, '0', pad, width);
            case 'I': return num(hour12, 2, '0', pad, width);
            case 'j': return num(tm.yday() + 1, 3, '0', pad, width);
            case 'k': return num(tm.hour(), 2, ' ', pad, width);
            case 'l': return num(hour12, 2, ' ', pad, width);
            case 'm': return num(tm.mon() + 1, 2, '0', pad, width);
            case 'M': return num(tm.min(), 2, '0', pad, width);
            case 'n': return text("\n", pad, width, false);
            case 'p': return text(tm.hour() < 12 ? (swap ? "am" : "AM") : (swap ? "pm" : "PM"), pad, width, upper);
            case 'P': return text(tm.hour() < 12 ? "am" : "pm", pad, width, upper);
            case 'r': return text(sub("%I:%M:%S %p", tm), pad, width, upper);
            case 'R': return text(sub("%H:%M", tm), pad, width, upper);
            case 's': return num(tm.epoch(), 1, '0', pad, width);
            case 'S': return num(tm.sec(), 2, '0', pad, width);
            case 't': return text("\t", pad, width, false);
            case 'T': return text(sub("%H:%M:%S", tm), pad, width, upper);
            case 'u': return num(tm.wday() == 0 ? 7 : tm.wday(), 1, '0', pad, width);
            case 'U': return num((tm.yday() + 7 - tm.wday()) / 7, 2, '0', pad, width);
            case 'V': return num(isoWeek(tm), 2, '0', pad, width);
            case 'w': return num(tm.wday(), 1, '0', pad, width);
            case 'W': return num((tm.yday() + 7 - (tm.wday() + 6) % 7) / 7, 2, '0', pad, width);
            case 'x': return text(sub("%m/%d/%y", tm), pad, width, upper);
            case 'X': return text(sub("%H:%M:%S", tm), pad, width, upper);
            case 'y': return num(Math.floorMod(tm.year(), 100), 2, '0', pad, width);
            case 'Y': return num(tm.year(), 1, '0', pad, width);
            case 'z': {
                int off = tm.gmtoff();
                int a = Math.abs(off) / 60;
                String s = (off < 0 ? "-" : "+") + num(a / 60 * 100 + a % 60, 4, '0', '0', -1);
                return width > s.length() ? (off < 0 ? "-" : "+") + num(a / 60 * 100 + a % 60, width - 1, '0', pad, -1) : s;
            }
            case 'Z': return text(swap ? tm.zone().toLowerCase() : tm.zone(), pad, width, upper);
            case '%': return text("%", pad, width, false);
            default: return null;
        }
    }

    private static String sub(String f, BrokenTime tm) {
        return new String(format(f.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, tm),
                java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** ISO 8601 week-based year and week (weeks start on Monday; week 1 holds the year's first Thursday). */
    private static int isoWeekRaw(int yday, int wday) {
        return (yday - (wday + 6) % 7 + 10) / 7;
    }

    private static boolean leap(long y) {
        return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    }

    private static long isoYear(BrokenTime tm) {
        int w = isoWeekRaw(tm.yday(), tm.wday());
        if (w < 1) return tm.year() - 1;
        if (w == 53 && weeksIn(tm.year()) == 52) return tm.year() + 1;
        return tm.year();
    }

    private static int isoWeek(BrokenTime tm) {
        int w = isoWeekRaw(tm.yday(), tm.wday());
        if (w < 1) return weeksIn(tm.year() - 1);
        if (w == 53 && weeksIn(tm.year()) == 52) return 1;
        return w;
    }

    /** 53 when the year starts on a Thursday, or is a leap year starting on a Wednesday. */
    private static int weeksIn(long y) {
        int jan1 = java.time.LocalDate.of((int) y, 1, 1).getDayOfWeek().getValue() % 7;
        return jan1 == 4 || (leap(y) && jan1 == 3) ? 53 : 52;
    }
}
