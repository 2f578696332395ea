package io.claimwatch.spark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.feature.NGram;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;

/**
 * Near-duplicate articles (syndicated wire copies) found with MinHash LSH on word 3-shingles, so that a story
 * is extracted once. Two articles are linked when the Jaccard distance of their shingle sets is at or below
 * the threshold; a group is a connected component of links, and its representative is the member with the
 * smallest key (earliest publication date, then id): the first report of the story.
 *
 * <p>Spark ML's MinHashLSH supplies the hash functions (one min-hash per "hash table"). Its own
 * {@code approxSimilarityJoin} makes every pair sharing any single min-hash a candidate, which on a large
 * archive is a quadratic number of unrelated pairs; here the {@value #HASHES} min-hashes are banded
 * ({@value #BANDS} bands of {@value #ROWS}), a pair is a candidate when all min-hashes of one band agree, and
 * every candidate is then checked with the exact Jaccard distance of its two shingle sets.
 */
final class SyndicationGroups {
    static final int SHINGLE_WORDS = 3;
    static final int BANDS = 10;
    static final int ROWS = 3;
    static final int HASHES = BANDS * ROWS;
    /** A band bucket larger than this links each member to the bucket's first member only (a star). */
    static final int MAX_BUCKET_PAIRS = 100;
    private static final int FEATURES = 1 << 20;
    private static final long SEED = 20241219L;

    static final StructType GROUPS = new StructType()
            .add("key", DataTypes.StringType, false)
            .add("representative_key", DataTypes.StringType, false)
            .add("group_size", DataTypes.LongType, false);

    private static final StructType BAND = new StructType()
            .add("band", DataTypes.LongType, false)
            .add("key", DataTypes.StringType, false);
    private static final StructType PAIR = new StructType()
            .add("a", DataTypes.StringType, false)
            .add("b", DataTypes.StringType, false);

    private SyndicationGroups() {
    }

    /**
     * Groups of near-duplicates among {@code articles} (columns key, text): one row per member of every
     * group of two or more (key, representative_key, group_size); articles in no group have no row.
     */
    static Dataset<Row> find(Dataset<Row> articles, double maxDistance) {
        Dataset<Row> words = new RegexTokenizer().setInputCol("text").setOutputCol("words")
                .setPattern("[^\\p{L}\\p{N}]+").setToLowercase(true).setMinTokenLength(1)
                .transform(articles.select("key", "text"));
        Dataset<Row> shingles = new NGram().setN(SHINGLE_WORDS).setInputCol("words").setOutputCol("shingles")
                .transform(words).filter(size(col("shingles")).gt(0));
        Dataset<Row> features = new HashingTF().setInputCol("shingles").setOutputCol("features")
                .setNumFeatures(FEATURES).setBinary(true)
                .transform(shingles).select("key", "features")
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            MinHashLSHModel lsh = new MinHashLSH().setNumHashTables(HASHES).setSeed(SEED)
                    .setInputCol("features").setOutputCol("hashes").fit(features);
            Dataset<Row> bands = lsh.transform(features).select("key", "hashes")
                    .flatMap((FlatMapFunction<Row, Row>) SyndicationGroups::bandKeys, Encoders.row(BAND));
            Dataset<Row> candidates = bands.groupBy("band").agg(collect_list("key").as("keys"))
                    .filter(size(col("keys")).gt(1))
                    .flatMap((FlatMapFunction<Row, Row>) r -> pairs(r.getList(1)).iterator(), Encoders.row(PAIR))
                    .distinct();
            Dataset<Row> left = features.withColumnRenamed("key", "a").withColumnRenamed("features", "fa");
            Dataset<Row> right = features.withColumnRenamed("key", "b").withColumnRenamed("features", "fb");
            Dataset<Row> links = candidates.join(left, "a").join(right, "b")
                    .filter((org.apache.spark.api.java.function.FilterFunction<Row>) r ->
                            jaccardDistance(r.getAs("fa"), r.getAs("fb")) <= maxDistance)
                    .select("a", "b")
                    .persist(StorageLevel.MEMORY_AND_DISK());
            Dataset<Row> components = components(links);
            links.unpersist();
            Dataset<Row> sizes = components.groupBy("representative_key").agg(count(lit(1)).as("group_size"));
            return components.join(sizes, "representative_key").select("key", "representative_key", "group_size");
        } finally {
            features.unpersist();
        }
    }

    /** One band key per band: the band's number and its {@value #ROWS} min-hashes mixed into 64 bits. */
    static Iterator<Row> bandKeys(Row r) {
        List<Vector> hashes = r.getList(1);
        List<Row> out = new ArrayList<>(BANDS);
        for (int b = 0; b < BANDS; b++) {
            long h = 0x9E3779B97F4A7C15L * (b + 1);
            for (int i = b * ROWS; i < (b + 1) * ROWS; i++) {
                h = mix(h ^ (long) hashes.get(i).apply(0));
            }
            out.add(RowFactory.create(h, r.getString(0)));
        }
        return out.iterator();
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** Every pair of a small bucket; in a large one, each member with the first (exact copies en masse). */
    static List<Row> pairs(List<String> bucket) {
        List<String> keys = new ArrayList<>(bucket);
        Collections.sort(keys);
        List<Row> out = new ArrayList<>();
        boolean star = (long) keys.size() * (keys.size() - 1) / 2 > MAX_BUCKET_PAIRS;
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                if (!keys.get(i).equals(keys.get(j))) {
                    out.add(RowFactory.create(keys.get(i), keys.get(j)));
                }
            }
            if (star) {
                break;
            }
        }
        return out;
    }

    /** 1 - |A ∩ B| / |A ∪ B| over the non-zero indices of two binary shingle vectors. */
    static double jaccardDistance(Vector a, Vector b) {
        int[] x = ((SparseVector) a.compressed()).indices();
        int[] y = ((SparseVector) b.compressed()).indices();
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                shared++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = x.length + y.length - shared;
        return union == 0 ? 1.0 : 1.0 - (double) shared / union;
    }

    /**
     * Connected components of the links by min-label propagation: every article takes the smallest key among
     * itself and its neighbours until nothing changes (as many rounds as the widest group is long, one or
     * two for copies of one story).
     */
    static Dataset<Row> components(Dataset<Row> links) {
        Dataset<Row> edges = links.select(col("a").as("src"), col("b").as("dst"))
                .union(links.select(col("b").as("src"), col("a").as("dst")));
        Dataset<Row> labels = edges.groupBy("src").agg(least(col("src"), min("dst")).as("label"))
                .withColumnRenamed("src", "key").localCheckpoint();
        for (int round = 0; round < 100; round++) {
            Dataset<Row> next = edges.join(labels.withColumnRenamed("key", "src"), "src")
                    .groupBy("dst").agg(min("label").as("offered"))
                    .withColumnRenamed("dst", "key")
                    .join(labels, "key")
                    .select(col("key"), least(col("label"), col("offered")).as("label"))
                    .localCheckpoint();
            long changed = next.join(labels.withColumnRenamed("label", "old"), "key")
                    .filter(col("label").notEqual(col("old"))).count();
            labels = next;
            if (changed == 0) {
                break;
            }
        }
        return labels.withColumnRenamed("label", "representative_key");
    }
}
