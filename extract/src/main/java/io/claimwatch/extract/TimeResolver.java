package io.claimwatch.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a SUTime value (normalised against the publication date) into calendar days. News reports what has
 * happened: SUTime resolves "Saturday" or "the weekend" to the week of publication, which can fall after the
 * publication date; such days move back by a week (or a year for a date without one).
 */
final class TimeResolver {
    /** Calendar days [start, end], both inclusive. */
    record Days(LocalDate start, LocalDate end) {
    }

    private static final Pattern DAY = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** @return the days, or null when the value is not a calendar time (a duration, a set, a time of day). */
    Days resolve(String value, String text, LocalDate published) {
        if (value == null || published == null) {
            return null;
        }
        String v = value.trim().toUpperCase(Locale.ROOT);
        if (v.equals("PRESENT_REF")) {
            return new Days(published, published);
        }
        if (v.startsWith("PAST_REF") || v.startsWith("FUTURE_REF") || v.startsWith("P")) {
            return null;
        }
        String day = v.length() >= 10 ? v.substring(0, 10) : v;
        Matcher m = DAY.matcher(day);
        if (m.matches()) {
            int year = m.group(1).equals("XXXX") ? published.getYear() : Integer.parseInt(m.group(1));
            LocalDate d;
            try {
                d = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (java.time.DateTimeException e) {
                return null;
            }
            if (d.isAfter(published) && isWeekday(text)) {
                while (d.isAfter(published)) {
                    d = d.minusWeeks(1);
                }
            } else if (d.isAfter(published) && m.group(1).equals("XXXX")) {
                d = d.minusYears(1);
            }
            return new Days(d, d);
        }
        m = WEEK.matcher(v);
        if (m.matches()) {
            LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 6, 1)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Long.parseLong(m.group(2)))
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate start = m.group(3) != null ? monday.plusDays(5) : monday;
            LocalDate end = monday.plusDays(6);
            while (start.isAfter(published)) {
                start = start.minusWeeks(1);
                end = end.minusWeeks(1);
            }
            return new Days(start, end);
        }
        m = MONTH.matcher(v);
        if (m.matches()) {
            try {
                LocalDate first = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
                return new Days(first, first.with(TemporalAdjusters.lastDayOfMonth()));
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        if (YEAR.matcher(v).matches()) {
            int y = Integer.parseInt(v);
            return new Days(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        }
        return null;
    }

    private static boolean isWeekday(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (t.contains(d.name().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

}
