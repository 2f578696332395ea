package io.claimwatch.spark;

import io.claimwatch.extract.Claimwatch;
import io.claimwatch.extract.Extractor;
import io.claimwatch.model.Article;
import io.claimwatch.model.Claim;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;

/**
 * Extraction of one partition of articles (rows of {@link ArticleRows#CHECKED}) into rows of
 * {@link ClaimRows#SCHEMA}. The extractor is the process-wide one, so CoreNLP loads once per executor JVM
 * and its cores share it; an article whose extraction throws becomes a skipped row and the task goes on.
 * Rows are produced lazily, one article at a time.
 */
final class PartitionExtraction implements MapPartitionsFunction<Row, Row> {
    private static final AtomicBoolean LOAD_REPORTED = new AtomicBoolean();
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** What the job reports: summed over tasks by the driver. */
    record Meters(LongAccumulator articles, LongAccumulator failed, LongAccumulator claims,
                  LongAccumulator extractNanos, LongAccumulator extractCpuNanos, LongAccumulator modelLoadMillis) implements java.io.Serializable {
    }

    /** Where a task gets its extractor: {@code Claimwatch::extractor}, the process-wide one. */
    interface ExtractorSource extends java.io.Serializable {
        Extractor get();
    }

    private final Meters meters;
    private final ExtractorSource source;

    PartitionExtraction(Meters meters, ExtractorSource source) {
        this.meters = meters;
        this.source = source;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> articles) {
        return new Iterator<>() {
            private final ArrayDeque<Row> ready = new ArrayDeque<>();
            private Extractor extractor;

            @Override
            public boolean hasNext() {
                while (ready.isEmpty() && articles.hasNext()) {
                    if (extractor == null) {
                        extractor = loadExtractor();
                    }
                    extract(extractor, articles.next(), ready);
                }
                return !ready.isEmpty();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return ready.poll();
            }
        };
    }

    private Extractor loadExtractor() {
        Extractor extractor = source.get();
        long load = Claimwatch.modelLoadMillis();
        if (LOAD_REPORTED.compareAndSet(false, true)) {
            meters.modelLoadMillis().add(load);
        }
        return extractor;
    }

    private void extract(Extractor extractor, Row row, ArrayDeque<Row> out) {
        Article article = ArticleRows.article(row);
        String origin = row.getAs("origin");
        String partition = row.getAs("partition");
        long start = System.nanoTime();
        long cpuStart = CPU.getCurrentThreadCpuTime();
        List<Claim> claims;
        try {
            claims = extractor.extract(article);
        } catch (RuntimeException | StackOverflowError e) {
            meters.failed().add(1);
            out.add(ClaimRows.skipped(origin, article.id(), partition, "extraction failed: " + brief(e)));
            return;
        } finally {
            meters.extractNanos().add(System.nanoTime() - start);
            meters.extractCpuNanos().add(CPU.getCurrentThreadCpuTime() - cpuStart);
            meters.articles().add(1);
        }
        meters.claims().add(claims.size());
        for (Claim c : claims) {
            out.add(ClaimRows.claim(c));
        }
    }

    private static String brief(Throwable e) {
        String s = e.toString().replace('\n', ' ');
        return s.length() <= 300 ? s : s.substring(0, 299) + "…";
    }
}
