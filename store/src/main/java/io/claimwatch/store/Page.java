package io.claimwatch.store;

import java.util.List;

/**
 * One page of results: {@code page} is 1-based, {@code total} counts the results of all pages; {@code next}
 * is the cursor of the following page (see {@link ClaimQuery#after}), null on the last page and in lists
 * that are not paged by cursor.
 */
public record Page<T>(List<T> items, int page, int pageSize, long total, String next) {
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public Page {
        items = List.copyOf(items);
    }

    /** A page of a list that is not paged by cursor. */
    public Page(List<T> items, int page, int pageSize, long total) {
        this(items, page, pageSize, total, null);
    }

    public long pageCount() {
        return (total + pageSize - 1) / pageSize;
    }

    /** A requested page number as used: below 1 reads as 1. */
    static int number(int page) {
        return Math.max(1, page);
    }

    /** A requested page size as used: 0 or less reads as 50, more than 200 as 200. */
    static int size(int pageSize) {
        return pageSize <= 0 ? DEFAULT_SIZE : Math.min(pageSize, MAX_SIZE);
    }
}
