package io.claimwatch.store;

import io.claimwatch.model.EventType;
import java.time.LocalDate;

/**
 * A claim search. Every filter is optional (null or blank = no filter) and they are AND-ed.
 *
 * <ul>
 *   <li>{@code text}: words looked up in the claim text, subject, actor, place and sources; every word must
 *       match, the last one as a prefix (search as you type). Punctuation and FTS operators are ignored.</li>
 *   <li>{@code source}: one party anywhere in the attribution chain (case-insensitive, whole name).</li>
 *   <li>{@code place}: the place as written or its gazetteer name (case-insensitive, whole name).</li>
 *   <li>{@code from}/{@code to}: the article's publication date, both inclusive.</li>
 *   <li>{@code page}: 1-based (below 1 reads as 1); {@code pageSize}: 1 to 200 (0 or less reads as 50).</li>
 *   <li>{@code after}: a cursor, the {@link Page#next} of an earlier page of the same search: the results
 *       start after it, found through the index, so that a deep page costs what the first does; {@code page}
 *       then counts from the cursor. Null: from the start.</li>
 * </ul>
 *
 * @throws IllegalArgumentException when {@code after} is not a cursor
 */
public record ClaimQuery(String text, EventType event, String source, String place, LocalDate from, LocalDate to,
                         int page, int pageSize, String after) {
    public ClaimQuery {
        text = blankToNull(text);
        source = blankToNull(source);
        place = blankToNull(place);
        page = Page.number(page);
        pageSize = Page.size(pageSize);
        after = blankToNull(after);
        if (after != null) {
            Cursor.decode(after);
        }
    }

    public ClaimQuery(String text, EventType event, String source, String place, LocalDate from, LocalDate to,
                      int page, int pageSize) {
        this(text, event, source, place, from, to, page, pageSize, null);
    }

    /** Every claim, first page of 50. */
    public static ClaimQuery all() {
        return new ClaimQuery(null, null, null, null, null, null, 1, Page.DEFAULT_SIZE);
    }

    public ClaimQuery withText(String newText) {
        return new ClaimQuery(newText, event, source, place, from, to, page, pageSize, after);
    }

    public ClaimQuery withEvent(EventType newEvent) {
        return new ClaimQuery(text, newEvent, source, place, from, to, page, pageSize, after);
    }

    public ClaimQuery withSource(String newSource) {
        return new ClaimQuery(text, event, newSource, place, from, to, page, pageSize, after);
    }

    public ClaimQuery withPlace(String newPlace) {
        return new ClaimQuery(text, event, source, newPlace, from, to, page, pageSize, after);
    }

    public ClaimQuery withDates(LocalDate newFrom, LocalDate newTo) {
        return new ClaimQuery(text, event, source, place, newFrom, newTo, page, pageSize, after);
    }

    public ClaimQuery withPage(int newPage, int newPageSize) {
        return new ClaimQuery(text, event, source, place, from, to, newPage, newPageSize, after);
    }

    public ClaimQuery withAfter(String cursor) {
        return new ClaimQuery(text, event, source, place, from, to, page, pageSize, cursor);
    }

    long offset() {
        return (long) (page - 1) * pageSize;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
