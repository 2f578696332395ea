package io.claimwatch.store;

import io.claimwatch.model.EventType;
import io.claimwatch.model.Status;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A claim search. Every filter is optional (null or blank = no filter) and they are AND-ed.
 *
 * <ul>
 *   <li>{@code text}: words looked up in the claim text, subject, actor, place and sources; every word must
 *       match, the last one as a prefix (search as you type). Punctuation and FTS operators are ignored.</li>
 *   <li>{@code event}, {@code status}: the claim's event type and epistemic status.</li>
 *   <li>{@code source}: one party anywhere in the attribution chain (case-insensitive, whole name).</li>
 *   <li>{@code outlet}: the article's outlet; {@code actor}: who did it, as written (both case-insensitive,
 *       whole name).</li>
 *   <li>{@code place}: the place as written or its gazetteer name (case-insensitive, whole name).</li>
 *   <li>{@code from}/{@code to}: the article's publication date, both inclusive.</li>
 *   <li>{@code eventFrom}/{@code eventTo}: the date the claim is about (its resolved time), both inclusive: a
 *       claim whose time span overlaps them; claims without a resolved time are left out by either.</li>
 *   <li>{@code figure}: only claims that state a figure.</li>
 *   <li>{@code statements}: whether claims of type {@code statement} (speech with no event figure) are included;
 *       an {@code event} filter of {@code statement} includes them whatever this says.</li>
 *   <li>{@code sort}: {@link Sort#DATE} newest publication first, or {@link Sort#FIGURE} largest figure first
 *       (claims without one last), then newest first.</li>
 *   <li>{@code page}: 1-based (below 1 reads as 1); {@code pageSize}: 1 to 200 (0 or less reads as 50).</li>
 *   <li>{@code after}: a cursor, the {@link Page#next} of an earlier page of the same search in date order: the
 *       results start after it, found through the index, so that a deep page costs what the first does;
 *       {@code page} then counts from the cursor. Null: from the start.</li>
 * </ul>
 *
 * @throws IllegalArgumentException when {@code after} is not a cursor, or is given with the figure order
 */
public record ClaimQuery(String text, EventType event, Status status, String source, String outlet, String actor,
                         String place, LocalDate from, LocalDate to, LocalDate eventFrom, LocalDate eventTo,
                         boolean figure, boolean statements, Sort sort, int page, int pageSize, String after) {
    /** The orders of a search. */
    public enum Sort {
        DATE, FIGURE;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** @throws IllegalArgumentException when {@code id} names no order */
        public static Sort of(String id) {
            return valueOf(id.strip().toUpperCase(Locale.ROOT));
        }
    }

    public ClaimQuery {
        text = blankToNull(text);
        source = blankToNull(source);
        outlet = blankToNull(outlet);
        actor = blankToNull(actor);
        place = blankToNull(place);
        sort = sort == null ? Sort.DATE : sort;
        page = Page.number(page);
        pageSize = Page.size(pageSize);
        after = blankToNull(after);
        if (after != null) {
            if (sort != Sort.DATE) {
                throw new IllegalArgumentException("only for the date order (a cursor marks a place in it)");
            }
            Cursor.decode(after);
        }
    }

    /** A search on the first filters only: every status, outlet, actor, event date; statements included. */
    public ClaimQuery(String text, EventType event, String source, String place, LocalDate from, LocalDate to,
                      int page, int pageSize, String after) {
        this(text, event, null, source, null, null, place, from, to, null, null, false, true, Sort.DATE, page,
                pageSize, after);
    }

    public ClaimQuery(String text, EventType event, String source, String place, LocalDate from, LocalDate to,
                      int page, int pageSize) {
        this(text, event, source, place, from, to, page, pageSize, null);
    }

    /** Every claim, statements too, newest first, first page of 50. */
    public static ClaimQuery all() {
        return new ClaimQuery(null, null, null, null, null, null, 1, Page.DEFAULT_SIZE);
    }

    public ClaimQuery withText(String newText) {
        return new ClaimQuery(newText, event, status, source, outlet, actor, place, from, to, eventFrom, eventTo,
                figure, statements, sort, page, pageSize, after);
    }

    public ClaimQuery withEvent(EventType newEvent) {
        return new ClaimQuery(text, newEvent, status, source, outlet, actor, place, from, to, eventFrom, eventTo,
                figure, statements, sort, page, pageSize, after);
    }

    public ClaimQuery withStatus(Status newStatus) {
        return new ClaimQuery(text, event, newStatus, source, outlet, actor, place, from, to, eventFrom, eventTo,
                figure, statements, sort, page, pageSize, after);
    }

    public ClaimQuery withSource(String newSource) {
        return new ClaimQuery(text, event, status, newSource, outlet, actor, place, from, to, eventFrom, eventTo,
                figure, statements, sort, page, pageSize, after);
    }

    public ClaimQuery withOutlet(String newOutlet) {
        return new ClaimQuery(text, event, status, source, newOutlet, actor, place, from, to, eventFrom, eventTo,
                figure, statements, sort, page, pageSize, after);
    }

    public ClaimQuery withActor(String newActor) {
        return new ClaimQuery(text, event, status, source, outlet, newActor, place, from, to, eventFrom, eventTo,
                figure, statements, sort, page, pageSize, after);
    }

    public ClaimQuery withPlace(String newPlace) {
        return new ClaimQuery(text, event, status, source, outlet, actor, newPlace, from, to, eventFrom, eventTo,
                figure, statements, sort, page, pageSize, after);
    }

    /** Publication dates. */
    public ClaimQuery withDates(LocalDate newFrom, LocalDate newTo) {
        return new ClaimQuery(text, event, status, source, outlet, actor, place, newFrom, newTo, eventFrom, eventTo,
                figure, statements, sort, page, pageSize, after);
    }

    /** Dates the claims are about. */
    public ClaimQuery withEventDates(LocalDate newFrom, LocalDate newTo) {
        return new ClaimQuery(text, event, status, source, outlet, actor, place, from, to, newFrom, newTo,
                figure, statements, sort, page, pageSize, after);
    }

    public ClaimQuery withFigure(boolean onlyWithFigure) {
        return new ClaimQuery(text, event, status, source, outlet, actor, place, from, to, eventFrom, eventTo,
                onlyWithFigure, statements, sort, page, pageSize, after);
    }

    public ClaimQuery withStatements(boolean includeStatements) {
        return new ClaimQuery(text, event, status, source, outlet, actor, place, from, to, eventFrom, eventTo,
                figure, includeStatements, sort, page, pageSize, after);
    }

    public ClaimQuery withSort(Sort newSort) {
        return new ClaimQuery(text, event, status, source, outlet, actor, place, from, to, eventFrom, eventTo,
                figure, statements, newSort, page, pageSize, after);
    }

    public ClaimQuery withPage(int newPage, int newPageSize) {
        return new ClaimQuery(text, event, status, source, outlet, actor, place, from, to, eventFrom, eventTo,
                figure, statements, sort, newPage, newPageSize, after);
    }

    public ClaimQuery withAfter(String cursor) {
        return new ClaimQuery(text, event, status, source, outlet, actor, place, from, to, eventFrom, eventTo,
                figure, statements, sort, page, pageSize, cursor);
    }

    /** Whether statements are left out: asked for, and no event filter chose them. */
    boolean hidesStatements() {
        return !statements && event == null;
    }

    long offset() {
        return (long) (page - 1) * pageSize;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
