package io.claimwatch.spark;

import io.claimwatch.corpus.Defaults;
import io.claimwatch.corpus.Input;
import io.claimwatch.corpus.WarcReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * Web archives (.warc, .warc.gz), read with the corpus module's {@link WarcReader}: one task per archive
 * file, so a crawl of many 1 GB files spreads over the cluster. Pages the reader refuses (not HTML, not
 * English, broken records) become skipped rows with its reason; the origin is "file#record-N".
 */
final class WarcArticles {
    private WarcArticles() {
    }

    static Dataset<Row> read(SparkSession spark, List<String> paths) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Row> rows = jsc.binaryFiles(String.join(",", paths)).flatMap(WarcArticles::records);
        return spark.createDataFrame(rows, ArticleRows.SCHEMA);
    }

    /** The rows of one archive: its articles are held as text until the task has read it through. */
    static java.util.Iterator<Row> records(Tuple2<String, PortableDataStream> file) {
        List<Row> rows = new ArrayList<>();
        String origin = file._1();
        try (InputStream in = file._2().open()) {
            WarcReader.read(in, origin, Defaults.none(), input -> rows.add(row(input)));
        } catch (IOException | RuntimeException e) {
            rows.add(ArticleRows.problem(origin, null, "cannot read: " + e.getMessage()));
        }
        return rows.iterator();
    }

    static Row row(Input input) {
        if (input instanceof Input.Document d) {
            return d.skipReason() == null ? ArticleRows.of(d.origin(), d.article())
                    : ArticleRows.problem(d.origin(), d.article().id(), d.skipReason());
        }
        Input.Problem p = (Input.Problem) input;
        return ArticleRows.problem(p.origin(), null, p.reason());
    }
}
