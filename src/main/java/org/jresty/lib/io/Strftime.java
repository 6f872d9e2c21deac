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

    /** Conversions glibc accepts after the E and O modifiers (others are copied as written). */
    private static final String WITH_E = "cnprstuxyzCPRTXYZ%", WITH_O = "bdeghjklmnprstuwyzBCGHIMPRSTUVWZ%";

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
            char modifier = 0;
            if (i < n && (fmt[i] == 'E' || fmt[i] == 'O')) modifier = (char) fmt[i++];
            String s = null;
            if (i < n) {
                char conv = (char) fmt[i++];
                boolean allowed = modifier == 0 || (modifier == 'E' ? WITH_E : WITH_O).indexOf(conv) >= 0;
                if (allowed) s = convert(conv, tm, pad, width, upper, swap);
            }
            if (s == null) {
                // glibc copies an unknown conversion as written, padded to the width and upper-cased by '^'
                StringBuilder raw = new StringBuilder();
                for (int k = start; k < i; k++) raw.append((char) (fmt[k] & 0xff));
                s = text(raw.toString(), pad, width, upper);
            }
            out.append(s);
        }
        byte[] b = new byte[out.length()];
        for (int k = 0; k < b.length; k++) b[k] = (byte) out.charAt(k);
        return b;
    }

    /**
     * A number: padded to its conversion's digits with zeros (spaces for spacePad conversions or the '_' flag,
     * nothing for '-'), then to an explicit width (zeros after the sign when zero-padding, else spaces).
     */
    private static String num(long v, int digits, boolean spacePad, char flag, int width) {
        char p = flag != 0 ? flag : spacePad ? '_' : '0';
        String mag = Long.toString(Math.abs(v));
        String sign = v < 0 ? "-" : "";
        int w = p == '-' ? Math.max(width, 0) : Math.max(width, digits);
        int fill = w - mag.length() - sign.length();
        if (fill <= 0) return sign + mag;
        if (p == '0') return sign + "0".repeat(fill) + mag;
        return " ".repeat(fill) + sign + mag;
    }

    /** Text padded to an explicit width with spaces (zeros with the '0' flag). */
    private static String text(String s, char pad, int width, boolean upper) {
        if (upper) s = s.toUpperCase();
        if (width <= s.length()) return s;
        return String.valueOf(pad == '0' ? '0' : ' ').repeat(width - s.length()) + s;
    }

    private static String convert(char conv, BrokenTime tm, char pad, int width, boolean upper, boolean swap) {
        int hour12 = tm.hour() % 12 == 0 ? 12 : tm.hour() % 12;
        switch (conv) {
            case 'a': return text(DAYS[tm.wday()].substring(0, 3), pad, width, upper || swap);
            case 'A': return text(DAYS[tm.wday()], pad, width, upper || swap);
            case 'b': case 'h': return text(MONTHS[tm.mon()].substring(0, 3), pad, width, upper || swap);
            case 'B': return text(MONTHS[tm.mon()], pad, width, upper || swap);
            case 'c': return text(sub("%a %b %e %H:%M:%S %Y", tm), pad, width, upper);
            case 'C': return num(Math.floorDiv(tm.year(), 100), 2, false, pad, width);
            case 'd': return num(tm.mday(), 2, false, pad, width);
            case 'D': return text(sub("%m/%d/%y", tm), pad, width, upper);
            case 'e': return num(tm.mday(), 2, true, pad, width);
            case 'F': return text(sub("%Y-%m-%d", tm), pad, width, upper);
            case 'g': return num(Math.floorMod(isoYear(tm), 100), 2, false, pad, width);
            case 'G': return num(isoYear(tm), 1, false, pad, width);
            case 'H': return num(tm.hour(), 2, false, pad, width);
            case 'I': return num(hour12, 2, false, pad, width);
            case 'j': return num(tm.yday() + 1, 3, false, pad, width);
            case 'k': return num(tm.hour(), 2, true, pad, width);
            case 'l': return num(hour12, 2, true, pad, width);
            case 'm': return num(tm.mon() + 1, 2, false, pad, width);
            case 'M': return num(tm.min(), 2, false, pad, width);
            case 'n': return text("\n", pad, width, false);
            case 'p': return text(tm.hour() < 12 ? (swap ? "am" : "AM") : (swap ? "pm" : "PM"), pad, width, upper && !swap);
            case 'P': return text(tm.hour() < 12 ? "am" : "pm", pad, width, false);
            case 'r': return text(sub("%I:%M:%S %p", tm), pad, width, upper);
            case 'R': return text(sub("%H:%M", tm), pad, width, upper);
            case 's': return num(tm.epoch(), 1, true, pad, width);
            case 'S': return num(tm.sec(), 2, false, pad, width);
            case 't': return text("\t", pad, width, false);
            case 'T': return text(sub("%H:%M:%S", tm), pad, width, upper);
            case 'u': return num(tm.wday() == 0 ? 7 : tm.wday(), 1, false, pad, width);
            case 'U': return num((tm.yday() + 7 - tm.wday()) / 7, 2, false, pad, width);
            case 'V': return num(isoWeek(tm), 2, false, pad, width);
            case 'w': return num(tm.wday(), 1, false, pad, width);
            case 'W': return num((tm.yday() + 7 - (tm.wday() + 6) % 7) / 7, 2, false, pad, width);
            case 'x': return text(sub("%m/%d/%y", tm), pad, width, upper);
            case 'X': return text(sub("%H:%M:%S", tm), pad, width, upper);
            case 'y': return num(Math.floorMod(tm.year(), 100), 2, false, pad, width);
            case 'Y': return num(tm.year(), 1, false, pad, width);
            case 'z': {
                int off = tm.gmtoff();
                int a = Math.abs(off) / 60;
                // glibc pads the sign to the width as text, then the hhmm number to the width again
                return text(off < 0 ? "-" : "+", pad, width, false) + num(a / 60 * 100 + a % 60, 4, false, pad, width);
            }
            case 'Z': return text(swap ? tm.zone().toLowerCase() : tm.zone(), pad, width, upper && !swap);
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
