package io.claimwatch.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.claimwatch.model.Attribution;
import io.claimwatch.model.Claim;
import io.claimwatch.model.ClaimJson;
import io.claimwatch.model.Evidence;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * What extraction gives for one article, as rows of {@link #SCHEMA}: a {@code claim} row per claim, with the
 * claim's fields flattened into columns for queries and its full JSON (exactly what {@code claimwatch
 * extract} prints) in {@code json}; or one {@code skipped} row with the reason.
 */
final class ClaimRows {
    static final String CLAIM = "claim";
    static final String SKIPPED = "skipped";

    /** The flattened claim columns, in output order (Parquet); {@code published} is the date partition. */
    static final StructType CLAIM_COLUMNS = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("article_id", DataTypes.StringType, false)
            .add("outlet", DataTypes.StringType, true)
            .add("url", DataTypes.StringType, true)
            .add("text", DataTypes.StringType, true)
            .add("span_start", DataTypes.IntegerType, true)
            .add("span_end", DataTypes.IntegerType, true)
            .add("event_type", DataTypes.StringType, true)
            .add("trigger", DataTypes.StringType, true)
            .add("quantity", DataTypes.StringType, true)
            .add("value", DataTypes.LongType, true)
            .add("qualifier", DataTypes.StringType, true)
            .add("low", DataTypes.LongType, true)
            .add("high", DataTypes.LongType, true)
            .add("subject", DataTypes.StringType, true)
            .add("actor", DataTypes.StringType, true)
            .add("place", DataTypes.StringType, true)
            .add("place_name", DataTypes.StringType, true)
            .add("country", DataTypes.StringType, true)
            .add("lat", DataTypes.DoubleType, true)
            .add("lon", DataTypes.DoubleType, true)
            .add("precision", DataTypes.StringType, true)
            .add("time", DataTypes.StringType, true)
            .add("time_start", DataTypes.StringType, true)
            .add("time_end", DataTypes.StringType, true)
            .add("status", DataTypes.StringType, true)
            .add("primary_source", DataTypes.StringType, true)
            .add("primary_source_kind", DataTypes.StringType, true)
            .add("sources", DataTypes.createArrayType(DataTypes.StringType, false), true)
            .add("json", DataTypes.StringType, false);

    /**
     * kind (claim or skipped), origin and reason (of a skipped article), published (the output partition:
     * the date or "unknown"), then {@link #CLAIM_COLUMNS}, nullable, as skipped rows have only article_id.
     */
    static final StructType SCHEMA = schema();

    private static final int CLAIM_FIELDS = CLAIM_COLUMNS.size();

    private ClaimRows() {
    }

    private static StructType schema() {
        StructType t = new StructType()
                .add("kind", DataTypes.StringType, false)
                .add("origin", DataTypes.StringType, true)
                .add("reason", DataTypes.StringType, true)
                .add("published", DataTypes.StringType, false);
        for (var f : CLAIM_COLUMNS.fields()) {
            t = t.add(f.name(), f.dataType(), true);
        }
        return t;
    }

    static Row skipped(String origin, String articleId, String partition, String reason) {
        Object[] v = new Object[4 + CLAIM_FIELDS];
        v[0] = SKIPPED;
        v[1] = origin;
        v[2] = reason;
        v[3] = partition;
        v[5] = articleId;
        return RowFactory.create(v);
    }

    static Row claim(Claim c) {
        String json;
        try {
            json = ClaimJson.mapper().writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("claim " + c.id() + " cannot be written as JSON", e);
        }
        LocalDate published = c.article().published();
        var q = c.quantity();
        var p = c.place();
        var t = c.time();
        Attribution primary = c.primarySource();
        List<String> sources = c.attribution().stream().map(Attribution::source).toList();
        return RowFactory.create(CLAIM, null, null,
                published == null ? ArticleRows.UNKNOWN_DATE : published.toString(),
                c.id(), c.article().id(), c.article().outlet(), c.article().url(),
                c.text(), c.span().start(), c.span().end(),
                c.event().type().id(), text(c.event().trigger()),
                q == null ? null : q.text(), q == null ? null : q.value(), q == null ? null : q.qualifier().id(),
                q == null ? null : q.low(), q == null ? null : q.high(),
                text(c.subject()), text(c.actor()),
                p == null ? null : p.text(), p == null ? null : p.name(), p == null ? null : p.country(),
                p == null ? null : p.lat(), p == null ? null : p.lon(),
                p == null || p.precision() == null ? null : p.precision().id(),
                t == null ? null : t.text(), t == null || t.start() == null ? null : t.start().toString(),
                t == null || t.end() == null ? null : t.end().toString(),
                c.status().id(),
                primary == null ? null : primary.source(), primary == null ? null : primary.kind().id(),
                sources.toArray(String[]::new),
                json);
    }

    private static String text(Evidence e) {
        return e == null ? null : e.text();
    }
}
