package io.claimwatch.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A half-open range [start, end) of Unicode code points in an article's text; written as {@code [start, end]}. */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
@JsonPropertyOrder({"start", "end"})
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public boolean overlaps(Span other) {
        return other != null && start < other.end && other.start < end;
    }

    public Span union(Span other) {
        return other == null ? this : new Span(Math.min(start, other.start), Math.max(end, other.end));
    }
}
