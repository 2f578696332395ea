package io.claimwatch.store.export;

import io.claimwatch.model.Attribution;
import io.claimwatch.model.Claim;
import io.claimwatch.model.ClaimJson;
import io.claimwatch.model.Evidence;
import io.claimwatch.model.Place;
import io.claimwatch.model.Quantity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Claims as JSON Lines (the claim JSON of docs/FORMAT.md), as CSV with one row per claim in the columns of an
 * event dataset ({@link #COLUMNS}), or as GeoJSON points of the geocoded ones with those columns as properties
 * ({@code precision}: what the point stands for, "city" to "continent", see docs/FORMAT.md).
 */
public final class ClaimExport {
    public static final List<String> COLUMNS = List.of("claim_id", "published", "event_date", "event_type", "figure",
            "qualifier", "low", "high", "subject", "actor", "place", "place_name", "country", "lat", "lon",
            "precision", "primary_source", "chain", "status", "hedges", "outlet", "article_url", "article_id", "text");

    private ClaimExport() {
    }

    public static void write(Each<Claim> claims, ExportFormat format, Writer out) throws IOException {
        if (format == ExportFormat.JSONL) {
            var json = ClaimJson.mapper().writer();
            claims.forEach(c -> {
                try {
                    out.write(json.writeValueAsString(c));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
            return;
        }
        Table table = new Table(format, COLUMNS, "lat", "lon", out);
        claims.forEach(c -> table.add(row(c)));
        table.finish();
    }

    static List<Object> row(Claim c) {
        Place p = c.place();
        Quantity q = c.quantity();
        Attribution primary = c.primarySource();
        return Arrays.asList(c.id(), c.article().published(), c.time() == null ? null : c.time().start(),
                c.event().type().id(), q == null ? null : q.value(), q == null ? null : q.qualifier().id(),
                q == null ? null : q.low(), q == null ? null : q.high(), text(c.subject()), text(c.actor()),
                p == null ? null : p.text(), p == null ? null : p.name(), p == null ? null : p.country(),
                p == null ? null : p.lat(), p == null ? null : p.lon(), precision(p),
                primary == null ? null : primary.source(),
                c.attribution().stream().map(Attribution::source).collect(Collectors.joining(" > ")), c.status().id(),
                c.hedges().stream().map(Evidence::text).collect(Collectors.joining("; ")), c.article().outlet(),
                c.article().url(), c.article().id(), c.text().replace('\n', ' '));
    }

    /** The place's precision ("city", "country"...), null when unresolved or stored before precision existed. */
    static String precision(Place p) {
        return p == null || p.precision() == null ? null : p.precision().id();
    }

    private static String text(Evidence e) {
        return e == null ? null : e.text();
    }
}
