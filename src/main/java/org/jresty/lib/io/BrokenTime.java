package org.jresty.lib.io;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneRules;
import java.util.Locale;

/**
 * C's struct tm: gmtime/localtime (time to fields) and mktime (fields to time, normalizing out-of-range
 * fields as glibc does). Months are 0-11, years are full years, wday 0 = Sunday, yday 0-365.
 */
public record BrokenTime(int sec, int min, int hour, int mday, int mon, long year, int wday, int yday, int isdst,
                         int gmtoff, String zone, long epoch) {

    private static final DateTimeFormatter ZONE_ABBREV = DateTimeFormatter.ofPattern("zzz", Locale.US);

    /** gmtime (utc) or localtime of t in zone; null when the year cannot be represented. */
    public static BrokenTime of(long t, boolean utc, ZoneId zone) {
        try {
            Instant in = Instant.ofEpochSecond(t);
            ZonedDateTime z = utc ? in.atZone(ZoneOffset.UTC) : in.atZone(zone);
            long year = z.getYear();
            if (year - 1900 > Integer.MAX_VALUE || year - 1900 < Integer.MIN_VALUE) return null;
            int dst = 0;
            String abbrev = "GMT";
            if (!utc) {
                ZoneRules rules = zone.getRules();
                dst = rules.isDaylightSavings(in) ? 1 : 0;
                abbrev = zone instanceof ZoneOffset off && off.getTotalSeconds() == 0 ? "UTC" : z.format(ZONE_ABBREV);
                if (abbrev.equals("Z")) abbrev = "UTC";
            }
            return new BrokenTime(z.getSecond(), z.getMinute(), z.getHour(), z.getDayOfMonth(), z.getMonthValue() - 1,
                    year, z.getDayOfWeek().getValue() % 7, z.getDayOfYear() - 1, dst, z.getOffset().getTotalSeconds(),
                    abbrev, t);
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    /**
     * mktime: the time of the local date given by possibly out-of-range fields (month 0-based, year full),
     * isdst -1 = unknown. Returns null where mktime fails (including its -1 result).
     */
    public static Double mktime(long year, long mon, long mday, long hour, long min, long sec, int isdst, ZoneId zone) {
        try {
            long months = year * 12 + mon;
            long y = Math.floorDiv(months, 12);
            int m = (int) Math.floorMod(months, 12);
            if (y - 1900 > Integer.MAX_VALUE || y - 1900 < Integer.MIN_VALUE) return null;
            LocalDateTime ldt = LocalDate.of((int) y, m + 1, 1).atStartOfDay()
                    .plusDays(mday - 1).plusHours(hour).plusMinutes(min).plusSeconds(sec);
            ZonedDateTime z = ZonedDateTime.ofLocal(ldt, zone, null);
            // glibc resolves an ambiguous local time (clocks turned back) to standard time when isdst is unknown
            if (isdst < 0) z = z.withLaterOffsetAtOverlap();
            long t = z.toEpochSecond();
            ZoneRules rules = zone.getRules();
            if (isdst >= 0 && !rules.isFixedOffset()) {
                boolean inDst = rules.isDaylightSavings(z.toInstant());
                if (isdst > 0 && !inDst) t -= 3600;
                else if (isdst == 0 && inDst) t += 3600;
            }
            if (t == -1) return null;
            return (double) t;
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }
}
