package io.claimwatch.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The job's command line: {@code --input PATH --output DIR --format parquet|jsonl [--no-dedup] [--partitions N]}
 * and the less common knobs. Plain parsing, so the job jar needs nothing beyond Spark and Claimwatch.
 */
record JobOptions(List<String> inputs, InputFormat inputFormat, String output, Set<OutputFormat> formats,
                  boolean dedup, double dedupDistance, int partitions, String master, boolean overwrite,
                  int maxChars) implements Serializable {

    /** What the input files hold; {@code AUTO} decides by file name (.parquet, .warc, .warc.gz, else JSONL). */
    enum InputFormat { AUTO, JSONL, PARQUET, WARC }

    enum OutputFormat { PARQUET, JSONL }

    /**
     * Jaccard distance (1 - |A ∩ B| / |A ∪ B|) over word 3-shingles at or below which two articles are one
     * syndicated story. 0.2 (80% of shingles shared) keeps copies of a wire story with a changed dateline,
     * credit line or sentence together, and keeps apart an update that rewrites a fifth of the story, whose
     * new figures would otherwise never be extracted (measured on the GVA dev docs: docs/SCALE.md).
     */
    static final double DEFAULT_DEDUP_DISTANCE = 0.2;

    /** 1 million characters: 200 times a long news article; longer "articles" are dumps and are skipped. */
    static final int DEFAULT_MAX_CHARS = 1_000_000;

    static final String USAGE = """
            Usage: ClaimwatchSparkJob --input PATH[,PATH...] --output DIR --format parquet|jsonl[,...]
                                      [--no-dedup] [--partitions N] [--master URL] [--overwrite]
                                      [--input-format auto|jsonl|parquet|warc] [--dedup-distance D]
                                      [--max-chars N]
              --input           files, directories or globs on any Hadoop file system (repeatable)
              --output          directory for claims/, skipped/, syndication/ and summary.json
              --format          parquet, jsonl or both (repeat or separate with commas); default jsonl
              --no-dedup        extract every article, near-duplicates too
              --partitions N    extraction tasks (default: 4 per core, at least one per 2,000 articles)
              --master URL      Spark master for a run outside spark-submit (default local[*])
              --overwrite       replace an existing output directory
              --dedup-distance  Jaccard distance of near-duplicates (default 0.2)
              --max-chars       longer articles are skipped (default 1000000)
            """;

    static JobOptions parse(String... args) {
        List<String> inputs = new ArrayList<>();
        InputFormat inputFormat = InputFormat.AUTO;
        String output = null;
        Set<OutputFormat> formats = EnumSet.noneOf(OutputFormat.class);
        boolean dedup = true;
        double distance = DEFAULT_DEDUP_DISTANCE;
        int partitions = 0;
        String master = null;
        boolean overwrite = false;
        int maxChars = DEFAULT_MAX_CHARS;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") && arg.startsWith("--") ? arg.substring(0, arg.indexOf('=')) : arg;
            String inline = name.equals(arg) ? null : arg.substring(arg.indexOf('=') + 1);
            switch (name) {
                case "--no-dedup" -> dedup = false;
                case "--overwrite" -> overwrite = true;
                case "--input", "--output", "--format", "--partitions", "--master", "--input-format",
                     "--dedup-distance", "--max-chars" -> {
                    String value = inline;
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException(name + " needs a value");
                        }
                        value = args[++i];
                    }
                    switch (name) {
                        case "--input" -> inputs.addAll(List.of(value.split(",")));
                        case "--output" -> output = value;
                        case "--format" -> {
                            for (String f : value.split(",")) {
                                formats.add(choice(OutputFormat.class, name, f));
                            }
                        }
                        case "--partitions" -> partitions = positive(name, value);
                        case "--master" -> master = value;
                        case "--input-format" -> inputFormat = choice(InputFormat.class, name, value);
                        case "--dedup-distance" -> {
                            distance = number(name, value);
                            if (distance < 0 || distance >= 1) {
                                throw new IllegalArgumentException(name + " must be in [0, 1): " + value);
                            }
                        }
                        case "--max-chars" -> maxChars = positive(name, value);
                        default -> throw new AssertionError(name);
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        inputs.removeIf(String::isBlank);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("--input is required");
        }
        if (output == null || output.isBlank()) {
            throw new IllegalArgumentException("--output is required");
        }
        if (formats.isEmpty()) {
            formats.add(OutputFormat.JSONL);
        }
        return new JobOptions(List.copyOf(inputs), inputFormat, output, Set.copyOf(formats), dedup, distance,
                partitions, master, overwrite, maxChars);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String option, String value) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": unknown value \"" + value + "\"");
        }
    }

    private static int positive(String option, String value) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " must be a positive whole number: " + value);
    }

    private static double number(String option, String value) {
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number: " + value);
        }
    }
}
