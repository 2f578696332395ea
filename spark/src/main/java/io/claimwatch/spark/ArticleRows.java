package io.claimwatch.spark;

import io.claimwatch.model.Article;
import io.claimwatch.model.ArticleJson;
import java.time.LocalDate;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One input record as a Spark row: the article's fields, where it came from ({@code origin}: file and byte
 * offset, or file and id) and, when it cannot be extracted, the {@code problem}. {@code key} orders articles
 * by publication date, then id, then origin: the first of a syndicated group is the one extracted.
 */
final class ArticleRows {
    static final String UNKNOWN_DATE = "unknown";

    static final StructType SCHEMA = new StructType()
            .add("origin", DataTypes.StringType, false)
            .add("id", DataTypes.StringType, true)
            .add("text", DataTypes.StringType, true)
            .add("title", DataTypes.StringType, true)
            .add("published", DataTypes.StringType, true)
            .add("outlet", DataTypes.StringType, true)
            .add("url", DataTypes.StringType, true)
            .add("problem", DataTypes.StringType, true);

    /** {@link #SCHEMA} after {@link #checked}: plus the ordering key and the output partition (date or "unknown"). */
    static final StructType CHECKED = SCHEMA
            .add("key", DataTypes.StringType, false)
            .add("partition", DataTypes.StringType, false);

    private ArticleRows() {
    }

    static Row of(String origin, Article a) {
        return RowFactory.create(origin, a.id(), a.text(), a.title(),
                a.published() == null ? null : a.published().toString(), a.outlet(), a.url(), null);
    }

    static Row problem(String origin, String id, String reason) {
        return RowFactory.create(origin, id, null, null, null, null, null, reason);
    }

    /**
     * The row with its date normalised (timestamps cut to the day, unreadable dates dropped, as
     * {@link ArticleJson#date} does for JSON Lines) and a problem set when the article cannot be extracted.
     */
    static Row checked(Row r, int maxChars) {
        String origin = r.getString(0);
        String id = r.getString(1);
        String text = r.getString(2);
        LocalDate published = ArticleJson.date(r.getString(4));
        String problem = r.getString(7);
        if (problem == null) {
            problem = id == null || id.isBlank() ? "missing \"id\"" : ArticleCheck.unusable(text, maxChars);
        }
        String date = published == null ? null : published.toString();
        String key = (date == null ? "9999-12-31" : date) + '\u0001' + (id == null ? "" : id) + '\u0001' + origin;
        return RowFactory.create(origin, id, text, r.getString(3), date, r.getString(5), r.getString(6), problem,
                key, date == null ? UNKNOWN_DATE : date);
    }

    /** The article of a checked row without a problem. */
    static Article article(Row r) {
        String date = r.getAs("published");
        return new Article(r.getAs("id"), r.getAs("text"), r.getAs("title"),
                date == null ? null : LocalDate.parse(date), r.getAs("outlet"), r.getAs("url"));
    }
}
