package io.claimwatch.server;

import io.claimwatch.model.Claim;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The line a reader copies to cite a claim: outlet, title, publication date, URL, the claim's words and the day
 * the article was retrieved (read into the store), e.g.
 * {@code Meridian Wire, "Russian drone strike on Pavlohrad kills at least 12", 2025-03-16,
 * https://meridianwire.example/..., claim: "At least 12 people were killed ...", retrieved 2026-12-02}.
 * Missing parts are left out; the text is plain (the template escapes it).
 */
record Citation(String outlet, String title, LocalDate published, String url, String claimText, LocalDate retrieved) {
    static Citation of(Claim claim, String title, Instant retrieved) {
        return new Citation(claim.article().outlet(), title, claim.article().published(), claim.article().url(),
                claim.text().strip(), retrieved == null ? null : retrieved.atZone(ZoneOffset.UTC).toLocalDate());
    }

    /** The whole line. */
    public String line() {
        List<String> parts = new ArrayList<>();
        parts.add(outlet == null || outlet.isBlank() ? "unknown outlet" : outlet.strip());
        if (title != null && !title.isBlank()) {
            parts.add("\"" + title.strip() + "\"");
        }
        if (published != null) {
            parts.add(published.toString());
        }
        if (url != null && !url.isBlank()) {
            parts.add(url.strip());
        }
        parts.add("claim: \"" + claimText + "\"");
        if (retrieved != null) {
            parts.add("retrieved " + retrieved);
        }
        return String.join(", ", parts);
    }
}
