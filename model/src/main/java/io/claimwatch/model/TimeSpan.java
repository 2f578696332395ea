package io.claimwatch.model;

import java.time.LocalDate;
import java.util.Objects;

/** When: the time expression and the calendar days it resolves to against the publication date. */
public record TimeSpan(String text, LocalDate start, LocalDate end, Span span) {
    public TimeSpan {
        Objects.requireNonNull(text, "text");
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("time ends before it starts: " + start + "/" + end);
        }
    }
}
