package io.claimwatch.spark;

import io.claimwatch.model.Article;
import io.claimwatch.model.ArticleJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;
import scala.Tuple2;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;

/**
 * Reads articles from JSON Lines, Parquet and WARC on any Hadoop file system into rows of
 * {@link ArticleRows#SCHEMA}. A record that cannot be read becomes a row with a problem, never an exception.
 */
final class ArticleSource {
    private ArticleSource() {
    }

    static Dataset<Row> read(SparkSession spark, JobOptions options) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Map<JobOptions.InputFormat, List<String>> byFormat = new LinkedHashMap<>();
        for (String input : options.inputs()) {
            JobOptions.InputFormat format = options.inputFormat() == JobOptions.InputFormat.AUTO
                    ? detect(input, conf) : options.inputFormat();
            byFormat.computeIfAbsent(format, f -> new ArrayList<>()).add(input);
        }
        Dataset<Row> all = null;
        for (var e : byFormat.entrySet()) {
            Dataset<Row> part = switch (e.getKey()) {
                case JSONL, AUTO -> jsonLines(spark, e.getValue());
                case PARQUET -> parquet(spark, e.getValue());
                case WARC -> WarcArticles.read(spark, e.getValue());
            };
            all = all == null ? part : all.unionByName(part);
        }
        return all;
    }

    /** By the name of the path or, for a directory, of the first data file in it; JSON Lines otherwise. */
    static JobOptions.InputFormat detect(String input, Configuration conf) {
        JobOptions.InputFormat byName = byName(input);
        if (byName != null) {
            return byName;
        }
        try {
            Path path = new Path(input);
            FileStatus[] matches = path.getFileSystem(conf).globStatus(path);
            if (matches == null) {
                return JobOptions.InputFormat.JSONL; // missing: the reader says so
            }
            for (FileStatus match : matches) {
                if (!match.isDirectory()) {
                    continue;
                }
                FileSystem fs = match.getPath().getFileSystem(conf);
                RemoteIterator<LocatedFileStatus> files = fs.listFiles(match.getPath(), true);
                while (files.hasNext()) {
                    String name = files.next().getPath().getName();
                    if (name.startsWith(".") || name.startsWith("_")) {
                        continue;
                    }
                    JobOptions.InputFormat format = byName(name);
                    return format == null ? JobOptions.InputFormat.JSONL : format;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + input, e);
        }
        return JobOptions.InputFormat.JSONL;
    }

    private static JobOptions.InputFormat byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".parquet")) {
            return JobOptions.InputFormat.PARQUET;
        }
        if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
            return JobOptions.InputFormat.WARC;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".jsonl.gz") || n.endsWith(".ndjson") || n.endsWith(".json")
                || n.endsWith(".json.gz") || n.endsWith(".ndjson.gz")) {
            return JobOptions.InputFormat.JSONL;
        }
        return null;
    }

    /**
     * One article a line, split across tasks by Hadoop's line reader (gzip is read whole); the origin of a
     * line is its file and byte offset ({@code file:/data/a.jsonl@52311}), so a skipped line can be found.
     */
    static Dataset<Row> jsonLines(SparkSession spark, List<String> paths) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = new Configuration(jsc.hadoopConfiguration());
        conf.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        var lines = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopFile(String.join(",", paths),
                TextInputFormat.class, LongWritable.class, Text.class, conf);
        JavaRDD<Row> rows = lines.mapPartitionsWithInputSplit((split, records) -> {
            String file = split instanceof FileSplit fs ? fs.getPath().toString() : String.valueOf(split);
            return new LineArticles(file, records);
        }, false);
        return spark.createDataFrame(rows, ArticleRows.SCHEMA);
    }

    /** Parses lines lazily: a partition of a large file is never held in memory. */
    private static final class LineArticles implements Iterator<Row> {
        private final String file;
        private final Iterator<Tuple2<LongWritable, Text>> records;
        private Row next;

        LineArticles(String file, Iterator<Tuple2<LongWritable, Text>> records) {
            this.file = file;
            this.records = records;
        }

        @Override
        public boolean hasNext() {
            while (next == null && records.hasNext()) {
                Tuple2<LongWritable, Text> record = records.next();
                next = line(file + "@" + record._1().get(), record._2());
            }
            return next != null;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            Row r = next;
            next = null;
            return r;
        }
    }

    /** The row for one line of JSON Lines, or null for a blank line. */
    static Row line(String origin, Text bytes) {
        String line;
        try {
            line = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.getBytes(), 0, bytes.getLength())).toString().strip();
        } catch (CharacterCodingException e) {
            return ArticleRows.problem(origin, null, "not UTF-8 text");
        }
        if (line.startsWith("\uFEFF")) {
            line = line.substring(1).strip();
        }
        if (line.isEmpty()) {
            return null;
        }
        try {
            Article article = ArticleJson.parse(line);
            return ArticleRows.of(origin, article);
        } catch (IllegalArgumentException e) {
            return ArticleRows.problem(origin, null, e.getMessage());
        }
    }

    /**
     * Columns {@code id}, {@code text}, {@code published} (a string, date or timestamp), {@code outlet},
     * {@code url}, optional {@code title} (also accepted: {@code date} for published, {@code source} for
     * outlet, as in JSON Lines). The origin of a row is its file and id.
     */
    static Dataset<Row> parquet(SparkSession spark, List<String> paths) {
        Dataset<Row> in = spark.read().option("recursiveFileLookup", "true").parquet(paths.toArray(String[]::new));
        Set<String> names = Set.of(in.columns());
        for (String required : List.of("id", "text")) {
            if (!names.contains(required)) {
                throw new IllegalArgumentException("Parquet input " + paths + " has no column \"" + required
                        + "\" (columns: " + Arrays.toString(in.columns()) + ")");
            }
        }
        Column id = col("id").cast(DataTypes.StringType);
        Column origin = concat(col("_metadata.file_path"), lit("#"),
                org.apache.spark.sql.functions.coalesce(id, lit("?")));
        return in.select(
                origin.as("origin"),
                id.as("id"),
                col("text").cast(DataTypes.StringType).as("text"),
                optional(in, names, "title").as("title"),
                date(in, names).as("published"),
                optional(in, names, names.contains("outlet") ? "outlet" : "source").as("outlet"),
                optional(in, names, "url").as("url"),
                lit(null).cast(DataTypes.StringType).as("problem"));
    }

    private static Column optional(Dataset<Row> in, Set<String> names, String name) {
        return names.contains(name) ? col(name).cast(DataTypes.StringType) : lit(null).cast(DataTypes.StringType);
    }

    private static Column date(Dataset<Row> in, Set<String> names) {
        String name = names.contains("published") ? "published" : names.contains("date") ? "date" : null;
        if (name == null) {
            return lit(null).cast(DataTypes.StringType);
        }
        StructField field = in.schema().apply(name);
        if (field.dataType() instanceof DateType || field.dataType() instanceof TimestampType
                || field.dataType() instanceof TimestampNTZType) {
            return date_format(col(name), "yyyy-MM-dd");
        }
        return col(name).cast(DataTypes.StringType);
    }
}
