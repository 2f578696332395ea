package io.claimwatch.server;

import io.claimwatch.model.EventType;
import io.claimwatch.model.Status;
import io.claimwatch.store.ClaimQuery;
import io.claimwatch.store.IncidentOrder;
import io.claimwatch.store.Page;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Query parameters, read strictly: a value that does not parse is a 400 naming the parameter, never silently
 * read as "no filter" (a typo in {@code event=kiled} would otherwise return every claim).
 */
final class Params {
    /**
     * ASCII digits only, no sign: {@code Integer.parseInt} and {@code LocalDate.parse} would also take "+1", "１"
     * (fullwidth), "١" (Arabic-Indic) and years such as "+10000", none of which a form or a link sends.
     */
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    /** Longer text parameters are refused: no legitimate search needs more. */
    static final int MAX_TEXT = 500;

    private Params() {
    }

    /** {@code page}: 1-based, default 1. */
    static int page(Context ctx) {
        return integer(ctx, "page", 1, 1, Integer.MAX_VALUE);
    }

    /** {@code page_size}: 1 to 200 ({@link Page#MAX_SIZE}), default {@code fallback}. */
    static int pageSize(Context ctx, int fallback) {
        return integer(ctx, "page_size", fallback, 1, Page.MAX_SIZE);
    }

    /** A trimmed text parameter, null when absent or blank. */
    static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw new BadRequestResponse("parameter " + name + " is longer than " + MAX_TEXT + " characters");
        }
        return value.strip();
    }

    /** A date YYYY-MM-DD, null when absent or blank; spaces around it are refused like any other character. */
    static LocalDate date(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (DATE.matcher(value).matches()) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeParseException e) {
            // falls through to the message below
        }
        throw new BadRequestResponse("parameter " + name + " must be a date YYYY-MM-DD, not \"" + value + "\"");
    }

    /** {@code party} of the timeline: required, with at least one letter or digit ("%" would name every party). */
    static String party(Context ctx) {
        String party = text(ctx, "party");
        if (party == null) {
            throw new BadRequestResponse("parameter party is required, e.g. party=soldiers");
        }
        if (party.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new BadRequestResponse("parameter party must hold a word, not \"" + party + "\"");
        }
        return party;
    }

    static EventType event(Context ctx) {
        String value = text(ctx, "event");
        if (value == null) {
            return null;
        }
        try {
            return EventType.of(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("parameter event must be one of " + eventNames() + ", not \"" + value + "\"");
        }
    }

    static List<String> eventNames() {
        return Arrays.stream(EventType.values()).map(EventType::id).toList();
    }

    /** {@code sort} of the incidents list: one of {@link IncidentOrder#ids()}, default {@code articles}. */
    static IncidentOrder incidentOrder(Context ctx) {
        String value = text(ctx, "sort");
        if (value == null) {
            return IncidentOrder.ARTICLES;
        }
        try {
            return IncidentOrder.of(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("parameter sort must be one of " + IncidentOrder.ids() + ", not \"" + value + "\"");
        }
    }

    /** {@code order}: {@code desc} (the default: most or latest first) or {@code asc}; true for ascending. */
    static boolean ascending(Context ctx) {
        String value = text(ctx, "order");
        if (value == null || value.equals("desc")) {
            return false;
        }
        if (value.equals("asc")) {
            return true;
        }
        throw new BadRequestResponse("parameter order must be asc or desc, not \"" + value + "\"");
    }

    /** {@code status}: asserted, reported, hedged, denied or unacknowledged; null when absent. */
    static Status status(Context ctx) {
        String value = text(ctx, "status");
        if (value == null) {
            return null;
        }
        for (Status s : Status.values()) {
            if (s.id().equals(value)) {
                return s;
            }
        }
        throw new BadRequestResponse("parameter status must be one of " + statusNames() + ", not \"" + value + "\"");
    }

    static List<String> statusNames() {
        return Arrays.stream(Status.values()).map(Status::id).toList();
    }

    /** {@code sort} of a claim search: date (default) or figure. */
    static ClaimQuery.Sort sort(Context ctx) {
        String value = text(ctx, "sort");
        if (value == null) {
            return ClaimQuery.Sort.DATE;
        }
        for (ClaimQuery.Sort s : ClaimQuery.Sort.values()) {
            if (s.id().equals(value)) {
                return s;
            }
        }
        throw new BadRequestResponse("parameter sort must be date or figure, not \"" + value + "\"");
    }

    /** A flag: true or false, {@code fallback} when absent (a checkbox sends its value only when ticked). */
    static boolean flag(Context ctx, String name, boolean fallback) {
        String value = text(ctx, name);
        if (value == null) {
            return fallback;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BadRequestResponse("parameter " + name + " must be true or false, not \"" + value + "\"");
        };
    }

    /** The claim search of {@code GET /api/claims}, its exports and the search page: statements hidden by default. */
    static ClaimQuery claimQuery(Context ctx) {
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadRequestResponse("parameter from (" + from + ") is after to (" + to + ")");
        }
        LocalDate eventFrom = date(ctx, "event_from");
        LocalDate eventTo = date(ctx, "event_to");
        if (eventFrom != null && eventTo != null && eventFrom.isAfter(eventTo)) {
            throw new BadRequestResponse("parameter event_from (" + eventFrom + ") is after event_to (" + eventTo + ")");
        }
        try {
            return new ClaimQuery(text(ctx, "q"), event(ctx), status(ctx), text(ctx, "source"), text(ctx, "outlet"),
                    text(ctx, "actor"), text(ctx, "place"), from, to, eventFrom, eventTo, flag(ctx, "figure", false),
                    flag(ctx, "statements", false), sort(ctx), page(ctx), pageSize(ctx, Page.DEFAULT_SIZE),
                    text(ctx, "after"));
        } catch (IllegalArgumentException e) {  // the only argument the query checks itself: the cursor
            throw new BadRequestResponse("parameter after is " + e.getMessage());
        }
    }

    private static int integer(Context ctx, String name, int fallback, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        if (NUMBER.matcher(value).matches()) {  // a "+" in a query string is a space: "page=+1" is " 1", refused
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        }
        throw new BadRequestResponse("parameter " + name + " must be a whole number from " + min
                + (max == Integer.MAX_VALUE ? " up" : " to " + max) + ", not \"" + value + "\"");
    }
}
