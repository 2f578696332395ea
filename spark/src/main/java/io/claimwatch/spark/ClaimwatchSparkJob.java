package io.claimwatch.spark;

import io.claimwatch.extract.Claimwatch;
import io.claimwatch.model.ClaimJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_date;

/**
 * The Claimwatch extraction over an archive, as a Spark job:
 * {@code --input PATH --output DIR --format parquet|jsonl [--no-dedup] [--partitions N]}.
 *
 * <ol>
 *   <li>read JSON Lines, Parquet or WARC ({@link ArticleSource}); records that cannot be used are skipped
 *       with a reason;</li>
 *   <li>group near-duplicates with MinHash LSH ({@link SyndicationGroups}) and keep one per group;</li>
 *   <li>extract with {@code Claimwatch.extractor()} in {@code mapPartitions} ({@link PartitionExtraction}): CoreNLP
 *       loads once per executor, a failing article is skipped;</li>
 *   <li>write, partitioned by publication date:
 *       {@code claims/jsonl/published=YYYY-MM-DD/part-*.txt} (one claim JSON a line, as {@code claimwatch
 *       extract} prints), {@code claims/parquet/published=.../part-*.parquet} (flattened columns plus
 *       {@code json}), {@code skipped/published=.../part-*.json} (origin, article_id, reason),
 *       {@code syndication/part-*.json} and {@code summary.json}. See docs/SCALE.md.</li>
 * </ol>
 */
public final class ClaimwatchSparkJob {
    private ClaimwatchSparkJob() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.print(JobOptions.USAGE);
            System.exit(args.length == 0 ? 2 : 0);
        }
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("claimwatch spark: " + e.getMessage());
            System.err.print(JobOptions.USAGE);
            System.exit(2);
            return;
        }
        SparkConf conf = new SparkConf().setAppName("claimwatch");
        if (options.master() != null) {
            conf.setMaster(options.master());
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        int status = 0;
        try {
            JobSummary summary = run(spark, options);
            System.out.println(ClaimJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(summary));
        } catch (IllegalArgumentException e) {
            System.err.println("claimwatch spark: " + e.getMessage());
            status = 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            spark.stop();
        }
        System.exit(status);
    }

    /** Runs the job in a session the caller owns (the tests share one). */
    static JobSummary run(SparkSession spark, JobOptions options) {
        return run(spark, options, Claimwatch::extractor);
    }

    /** The same with another extractor (a test's, to make one article fail). */
    static JobSummary run(SparkSession spark, JobOptions options, PartitionExtraction.ExtractorSource extractor) {
        long t0 = System.nanoTime();
        Path out = new Path(options.output());
        prepareOutput(spark.sparkContext().hadoopConfiguration(), out, options.overwrite());

        // 1. read and check
        Dataset<Row> checked = ArticleSource.read(spark, options)
                .map((MapFunction<Row, Row>) r -> ArticleRows.checked(r, options.maxChars()),
                        Encoders.row(ArticleRows.CHECKED))
                .persist(StorageLevel.MEMORY_AND_DISK());
        long recordsRead = checked.count();
        Dataset<Row> articles = checked.filter(col("problem").isNull());
        Dataset<Row> inputSkipped = checked.filter(col("problem").isNotNull()).select(col("origin"),
                col("id").as("article_id"), col("problem").as("reason"), col("partition").as("published"));
        long skippedAtInput = inputSkipped.count();
        long articleCount = recordsRead - skippedAtInput;
        long t1 = System.nanoTime();

        // 2. syndication: one article per group of near-duplicates
        Dataset<Row> toExtract = articles;
        Dataset<Row> syndication = null;
        long groups = 0;
        long copies = 0;
        if (options.dedup()) {
            Dataset<Row> members = SyndicationGroups.find(articles, options.dedupDistance())
                    .persist(StorageLevel.MEMORY_AND_DISK());
            Dataset<Row> duplicates = members.filter(col("key").notEqual(col("representative_key")));
            copies = duplicates.count();
            groups = members.select("representative_key").distinct().count();
            toExtract = articles.join(duplicates.select("key"), "key", "left_anti");
            Dataset<Row> ids = articles.select("key", "id", "origin", "partition");
            syndication = members.join(ids, "key")
                    .join(ids.select(col("key").as("representative_key"), col("id").as("representative")),
                            "representative_key")
                    .select(col("id").as("article_id"), col("representative"),
                            col("group_size"), col("key").equalTo(col("representative_key")).as("extracted"),
                            col("origin"), col("partition").as("published"));
        }
        long t2 = System.nanoTime();

        // 3. extract, CoreNLP once per executor
        int cores = spark.sparkContext().defaultParallelism();
        long toExtractCount = articleCount - copies;
        int partitions = options.partitions() > 0 ? options.partitions()
                : (int) Math.max(1, Math.max(4L * cores, (toExtractCount + 1999) / 2000));
        var sc = spark.sparkContext();
        var meters = new PartitionExtraction.Meters(sc.longAccumulator("articles"),
                sc.longAccumulator("extraction failures"), sc.longAccumulator("claims"),
                sc.longAccumulator("extractor nanoseconds"), sc.longAccumulator("extractor CPU nanoseconds"),
                sc.longAccumulator("model load ms"));
        Dataset<Row> outcome = toExtract.repartition(partitions)
                .mapPartitions(new PartitionExtraction(meters, extractor), Encoders.row(ClaimRows.SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK());
        outcome.count();
        long t3 = System.nanoTime();

        // 4. write
        Dataset<Row> claims = outcome.filter(col("kind").equalTo(ClaimRows.CLAIM))
                .repartition(col("published"))
                .sortWithinPartitions("published", "article_id", "span_start", "id");
        for (JobOptions.OutputFormat format : options.formats()) {
            switch (format) {
                case JSONL -> claims.select("json", "published").write().mode(SaveMode.ErrorIfExists)
                        .partitionBy("published").text(new Path(out, "claims/jsonl").toString());
                case PARQUET -> claims.select(parquetColumns()).write().mode(SaveMode.ErrorIfExists)
                        .partitionBy("published").parquet(new Path(out, "claims/parquet").toString());
            }
        }
        Dataset<Row> skipped = inputSkipped.unionByName(outcome.filter(col("kind").equalTo(ClaimRows.SKIPPED))
                .select("origin", "article_id", "reason", "published"));
        skipped.repartition(col("published")).sortWithinPartitions("published", "origin")
                .write().mode(SaveMode.ErrorIfExists).option("ignoreNullFields", "false").partitionBy("published")
                .json(new Path(out, "skipped").toString());
        if (syndication != null) {
            syndication.repartition(col("representative")).sortWithinPartitions("representative", "article_id")
                    .write().mode(SaveMode.ErrorIfExists).option("ignoreNullFields", "false")
                    .json(new Path(out, "syndication").toString());
        }
        long t4 = System.nanoTime();

        double extractSeconds = seconds(t3 - t2);
        long extracted = meters.articles().value();
        JobSummary summary = new JobSummary(options.inputs(), sc.master(), cores, partitions, options.dedup(),
                options.dedupDistance(), recordsRead, skippedAtInput, articleCount, groups, copies,
                extracted, meters.failed().value(), meters.claims().value(), meters.modelLoadMillis().value(),
                seconds(t1 - t0), seconds(t2 - t1), extractSeconds, seconds(t4 - t3), seconds(t4 - t0),
                meters.extractNanos().value() / 1e9, meters.extractCpuNanos().value() / 1e9,
                extractSeconds > 0 ? extracted / extractSeconds : 0,
                extractSeconds > 0 ? extracted * 3600.0 / (extractSeconds * cores) : 0);
        outcome.unpersist();
        checked.unpersist();
        writeSummary(sc.hadoopConfiguration(), new Path(out, "summary.json"), summary);
        return summary;
    }

    /** The Parquet columns: the flattened claim with dates typed, its JSON, and the partition. */
    private static Column[] parquetColumns() {
        List<Column> columns = new ArrayList<>();
        for (String name : ClaimRows.CLAIM_COLUMNS.fieldNames()) {
            columns.add(name.equals("time_start") || name.equals("time_end")
                    ? to_date(col(name)).as(name) : col(name));
        }
        columns.add(col("published"));
        return columns.toArray(Column[]::new);
    }

    /** Refuses to write into an existing output (hours of extraction must not end in that error). */
    private static void prepareOutput(Configuration conf, Path out, boolean overwrite) {
        try {
            FileSystem fs = out.getFileSystem(conf);
            if (fs.exists(out)) {
                if (!overwrite) {
                    throw new IllegalArgumentException("output " + out + " exists (use --overwrite to replace it)");
                }
                fs.delete(out, true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare output " + out, e);
        }
    }

    private static void writeSummary(Configuration conf, Path file, JobSummary summary) {
        try (OutputStream os = file.getFileSystem(conf).create(file, true)) {
            os.write(ClaimJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(summary));
            os.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static double seconds(long nanos) {
        return Math.round(nanos / 1e7) / 100.0;
    }
}
