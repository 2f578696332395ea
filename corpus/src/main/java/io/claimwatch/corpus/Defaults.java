package io.claimwatch.corpus;

import java.time.LocalDate;

/**
 * Metadata given on the command line for inputs that carry none (plain text, stdin). Inputs that name their
 * own date, outlet or address (HTML meta tags, JSON fields, feeds, WARC headers) keep theirs; these only fill
 * the gaps.
 */
public record Defaults(LocalDate published, String outlet, String url) {
    /** No defaults: every field null. */
    public static Defaults none() {
        return new Defaults(null, null, null);
    }
}
