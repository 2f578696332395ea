package io.claimwatch.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.claimwatch.model.Attribution;
import io.claimwatch.model.Claim;
import io.claimwatch.model.ClaimJson;
import io.claimwatch.model.Evidence;
import io.claimwatch.model.Place;
import io.claimwatch.model.Quantity;
import io.claimwatch.model.TimeSpan;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Rows of the claims table (with their claim_sources rows): the claim as JSON plus flattened columns. */
final class ClaimTable {
    /** Span order within an article; a stable sort keeps the extractor's order for equal spans. */
    static final Comparator<Claim> SPAN_ORDER =
            Comparator.<Claim>comparingInt(claim -> claim.span().start()).thenComparingInt(claim -> claim.span().end());

    private static final String INSERT = "INSERT INTO claims (id, article_id, ordinal, event_type, value, low, high,"
            + " qualifier, text, subject, actor, place_text, place_name, country, lat, lon, primary_source, sources,"
            + " status, published, start_char, end_char, json, outlet, event_start, event_end, place_precision)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** What {@link #read} needs, from a query that names the claims table {@code c}. */
    static final String COLUMNS = "c.id, c.json";

    private ClaimTable() {
    }

    /**
     * Inserts the claims of one article in span order. A claim id stored before fails the UNIQUE constraint:
     * ids are hashes of article and span, so a repeat means an extractor bug, never something to skip.
     */
    static void insert(Connection c, String articleId, LocalDate published, List<Claim> claims) throws SQLException {
        List<Claim> ordered = claims.stream().sorted(SPAN_ORDER).toList();
        try (PreparedStatement claimRow = c.prepareStatement(INSERT);
             PreparedStatement sourceRow = c.prepareStatement(
                     "INSERT INTO claim_sources (claim_id, position, source) VALUES (?, ?, ?)")) {
            for (int ordinal = 0; ordinal < ordered.size(); ordinal++) {
                Claim claim = ordered.get(ordinal);
                Sql.bind(claimRow, columns(claim, articleId, ordinal, published));
                claimRow.executeUpdate();
                List<Attribution> chain = claim.attribution();
                for (int position = 0; position < chain.size(); position++) {
                    Sql.bind(sourceRow, List.of(claim.id(), position, chain.get(position).source()));
                    sourceRow.executeUpdate();
                }
            }
        }
    }

    private static List<Object> columns(Claim claim, String articleId, int ordinal, LocalDate published) {
        Quantity q = claim.quantity();
        Place place = claim.place();
        Attribution primary = claim.primarySource();
        TimeSpan time = claim.time();
        List<String> sources = claim.attribution().stream().map(Attribution::source).toList();
        return Arrays.asList(claim.id(), articleId, ordinal, claim.event().type().id(),
                q == null ? null : q.value(), q == null ? null : q.low(), q == null ? null : q.high(),
                q == null ? null : q.qualifier().id(),
                claim.text(), text(claim.subject()), text(claim.actor()),
                get(place, Place::text), get(place, Place::name), get(place, Place::country),
                get(place, Place::lat), get(place, Place::lon),
                primary == null ? null : primary.source(), json(sources), claim.status().id(),
                Sql.value(published), claim.span().start(), claim.span().end(), json(claim), claim.article().outlet(),
                time == null ? null : Sql.value(time.start()),
                time == null || time.start() == null ? null : Sql.value(time.end() != null ? time.end() : time.start()),
                place == null || place.precision() == null ? null : place.precision().id());
    }

    static Claim read(ResultSet rs) throws SQLException {
        String json = rs.getString("json");
        try {
            return ClaimJson.mapper().readValue(json, Claim.class);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored claim " + rs.getString("id") + " is not valid claim JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    private static String json(Object value) {
        try {
            return ClaimJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write as JSON: " + value, e);
        }
    }

    private static String text(Evidence evidence) {
        return evidence == null ? null : evidence.text();
    }

    private static <T> T get(Place place, Function<Place, T> field) {
        return place == null ? null : field.apply(place);
    }
}
