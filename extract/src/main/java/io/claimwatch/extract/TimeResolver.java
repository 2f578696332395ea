package io.claimwatch.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a SUTime value (normalised against the publication date) into calendar days. News mostly reports what
 * has happened: SUTime resolves "Saturday" or "the weekend" to the week of publication, which can fall after the
 * publication date; such days move back by a week (or a year for a date without one), unless the sentence looks
 * ahead ("trading resumes Tuesday" after a future cue), when they are the next ones. Quarters, halves and decades
 * are their days; "last June" is the latest June before publication; "a year ago" in a sentence about a quarter
 * is that quarter a year before (earnings reports compare quarters).
 */
final class TimeResolver {
    /** Calendar days [start, end], both inclusive. */
    record Days(LocalDate start, LocalDate end) {
    }

    /**
     * What the sentence says beyond the value: {@code future}, a future cue governs the expression;
     * {@code quarterly}, the sentence or the one before is about a quarter; {@code sentenceQuarterly}, the
     * sentence itself names one; {@code quarter}, the number of the quarter named last ("the fiscal-first
     * quarter": 1), 0 when none; {@code following}, the text right after the expression.
     */
    record Reading(boolean future, boolean quarterly, boolean sentenceQuarterly, int quarter, String following) {
        static final Reading PLAIN = new Reading(false, false, false, 0, "");
    }

    private static final Pattern DAY = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4}|XXXX)-([QH])([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X?");
    private static final Pattern LAST_MONTH = Pattern.compile("(?i)last ([a-z]+)\\.?");
    /** "a year ago", "a year earlier", "the year-ago quarter" (SUTime takes "the year" of it). */
    private static final Pattern YEAR_AGO = Pattern.compile("(?i)(a|one) year (ago|earlier|before)|the year");
    /** "last year" in a sentence that itself names a quarter ("third-quarter profit ... from last year"). */
    private static final Pattern LAST_YEAR = Pattern.compile("(?i)last year");
    /** "the past year", "over the last year": the twelve months before publication. */
    private static final Pattern PAST_YEAR = Pattern.compile("(?i)(over |in |during )?the (past|last) year");
    /** A day number right after a month expression ("last Oct." + " 23"), not a year or a figure. */
    private static final Pattern DAY_AFTER = Pattern.compile("^\\s?([1-9]|[12]\\d|3[01])(?![\\d,.]?\\d)(?!\\s*(%|percent))");
    private static final Pattern AGO_SUFFIX = Pattern.compile("(?i)^-(ago|earlier)\\b.*");

    /** @return the days, or null when the value is not a calendar time (a duration, a set, a time of day). */
    Days resolve(String value, String text, LocalDate published) {
        return resolve(value, text, published, Reading.PLAIN);
    }

    Days resolve(String value, String text, LocalDate published, Reading reading) {
        if (value == null || published == null) {
            return null;
        }
        String v = value.trim().toUpperCase(Locale.ROOT);
        if (v.contains(" INTERSECT ")) {
            // "Nov. 3, the day before" (THIS P1D INTERSECT XXXX-11-03), "year this year" (1989 INTERSECT P1Y):
            // SUTime joins a calendar value with a period; the calendar part says when
            for (String part : v.split(" INTERSECT ")) {
                Days days = part.startsWith("THIS") || part.startsWith("P") ? null : resolve(part, text, published, reading);
                if (days != null) {
                    return days;
                }
            }
            return null;
        }
        Matcher ago = YEAR_AGO.matcher(text.strip());
        boolean lastYear = reading.sentenceQuarterly() && LAST_YEAR.matcher(text.strip()).matches();
        if (reading.quarterly() && ago.matches()
                && (ago.group(1) != null || AGO_SUFFIX.matcher(reading.following()).matches()) || lastYear) {
            return quarter(namedQuarterStart(published, reading.quarter()).minusYears(1));
        }
        if (v.equals("PRESENT_REF")) {
            return new Days(published, published);
        }
        if (v.startsWith("PAST_REF") || v.startsWith("FUTURE_REF") || v.startsWith("P")) {
            return null;
        }
        String day = v.length() >= 10 ? v.substring(0, 10) : v;
        Matcher m = DAY.matcher(day);
        if (m.matches()) {
            return day(m, text, published, reading.future());
        }
        m = WEEK.matcher(v);
        if (m.matches()) {
            return week(m, text, published, reading.future());
        }
        m = QUARTER.matcher(v);
        if (m.matches()) {
            int year = m.group(1).equals("XXXX") ? published.getYear() : Integer.parseInt(m.group(1));
            int n = Integer.parseInt(m.group(3));
            LocalDate first = LocalDate.of(year, m.group(2).equals("Q") ? 3 * n - 2 : 6 * n - 5, 1);
            if (first.isAfter(published) && m.group(1).equals("XXXX") && !reading.future()) {
                first = first.minusYears(1);
            }
            return m.group(2).equals("Q") ? quarter(first) : new Days(first, first.plusMonths(6).minusDays(1));
        }
        m = MONTH.matcher(v);
        if (m.matches()) {
            Matcher dayAfter = DAY_AFTER.matcher(reading.following());
            if (dayAfter.lookingAt() && LAST_MONTH.matcher(text.strip()).matches()) {
                // "last Oct. 23": SUTime stops at the month, the day number follows
                Days days = month(m, text, published, reading.future());
                int dayOfMonth = Integer.parseInt(dayAfter.group(1));
                if (days != null && dayOfMonth <= days.end().getDayOfMonth()) {
                    LocalDate d = days.start().withDayOfMonth(dayOfMonth);
                    return new Days(d, d);
                }
            }
            return month(m, text, published, reading.future());
        }
        if (YEAR.matcher(v).matches()) {
            int y = Integer.parseInt(v);
            if (y == published.getYear() && PAST_YEAR.matcher(text.strip()).matches()) {
                y--; // "over the past year" in March is mostly the year before, not the weeks of this one
            }
            return new Days(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        }
        m = DECADE.matcher(v);
        if (m.matches()) {
            int y = Integer.parseInt(m.group(1)) * 10;
            return new Days(LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31));
        }
        return null;
    }

    private static Days day(Matcher m, String text, LocalDate published, boolean future) {
        boolean undated = m.group(1).equals("XXXX");
        LocalDate d;
        try {
            d = LocalDate.of(undated ? published.getYear() : Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
        if (isWeekday(text) && !text.toLowerCase(Locale.ROOT).contains("last")) {
            if (future || text.toLowerCase(Locale.ROOT).contains("next")) {
                while (d.isBefore(published)) {
                    d = d.plusWeeks(1);
                }
            } else {
                while (d.isAfter(published)) {
                    d = d.minusWeeks(1);
                }
            }
        } else if (d.isAfter(published) && undated && !future) {
            d = d.minusYears(1);
        } else if (d.isBefore(published) && undated && future) {
            d = d.plusYears(1);
        }
        return new Days(d, d);
    }

    private static Days week(Matcher m, String text, LocalDate published, boolean future) {
        LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 6, 1)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Long.parseLong(m.group(2)))
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate start = m.group(3) != null ? monday.plusDays(5) : monday;
        LocalDate end = monday.plusDays(6);
        // only a bare weekend SUTime put in the week of publication moves back; "next week" is meant
        boolean relative = text.toLowerCase(Locale.ROOT).matches(".*\\b(next|coming|following)\\b.*");
        while (!future && !relative && start.isAfter(published)) {
            start = start.minusWeeks(1);
            end = end.minusWeeks(1);
        }
        return new Days(start, end);
    }

    private static Days month(Matcher m, String text, LocalDate published, boolean future) {
        int number = Integer.parseInt(m.group(2));
        if (number < 1 || number > 12) {
            return null;
        }
        int year = m.group(1).equals("XXXX") ? published.getYear() : Integer.parseInt(m.group(1));
        Matcher last = LAST_MONTH.matcher(text.strip());
        if (last.matches() && monthNamed(last.group(1)) == number) {
            // "last June" in October is this year's June; SUTime takes last year's. But the month just gone
            // would be "last month": "last February" in March is the year before's
            boolean justGone = number == published.getMonthValue() - 1;
            year = number < published.getMonthValue() && !justGone ? published.getYear() : published.getYear() - 1;
        } else if (m.group(1).equals("XXXX")) {
            LocalDate first = LocalDate.of(year, number, 1);
            if (!future && first.isAfter(published)) {
                year--;
            }
        }
        if (future && year < published.getYear() && !text.matches(".*\\d{4}.*")
                && LocalDate.of(year + 1, number, 1).isAfter(published)) {
            year++; // "planned for early March" in February: SUTime may put the month in the year before
        }
        LocalDate first = LocalDate.of(year, number, 1);
        return new Days(first, first.with(TemporalAdjusters.lastDayOfMonth()));
    }

    /** 1-12 for a month name or its abbreviation ("Oct"), else 0. */
    private static int monthNamed(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            String name = month.name().toLowerCase(Locale.ROOT);
            if (w.length() >= 3 && name.startsWith(w)) {
                return month.getValue();
            }
        }
        return 0;
    }

    /** The quarter an earnings report is about: the one it names if over, else the last one ended before publication. */
    private static LocalDate namedQuarterStart(LocalDate published, int named) {
        if (named < 1 || named > 4) {
            return lastQuarterStart(published);
        }
        LocalDate start = LocalDate.of(published.getYear(), 3 * named - 2, 1);
        // a quarter not over yet ("expects a better fourth quarter") is an outlook, not the one reported
        return start.plusMonths(3).isAfter(published) ? lastQuarterStart(published) : start;
    }

    private static LocalDate lastQuarterStart(LocalDate published) {
        LocalDate current = published.withDayOfMonth(1).withMonth(3 * ((published.getMonthValue() - 1) / 3) + 1);
        return current.minusMonths(3);
    }

    private static Days quarter(LocalDate first) {
        return new Days(first, first.plusMonths(3).minusDays(1));
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
