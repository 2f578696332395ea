package io.claimwatch.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * CoreNLP's neural dependency parser (nndep, its English UD model) with the same model, transition system,
 * features and output, but its forward pass in single precision. The model's hidden layer has 1,000 units, so
 * each transition adds 48 precomputed rows of it: CoreNLP keeps them as doubles (8 KB a row) and parsing was
 * bound by reading them. In floats, with the output layer in a shape the JIT vectorises, it takes a fifth of
 * CoreNLP's time (docs/PERFORMANCE.md). On 1,183 sentences of news the parses were identical to CoreNLP's,
 * and {@code NndepParserTest} checks that they stay so.
 *
 * <p>CoreNLP exposes no hook for the forward pass, so the weights, the transition system and the two
 * methods that build CoreNLP's {@link GrammaticalStructure} are read by reflection, once, at load; a CoreNLP
 * upgrade that renames them fails at load with a clear message, and the test.
 */
final class NndepParser {
    /** Features whose hidden-layer values are computed at load: CoreNLP's default, 80 MB as floats. */
    private static final int PRECOMPUTED = 20_000;
    /**
     * Other features' values are kept as met, up to this many (4 KB each, 200 MB), then forgotten all at once.
     * CoreNLP's own cache holds 5,000 and thrashed on news: 60 GVA articles have 18,000 such features.
     */
    private static final int CACHE_LIMIT = 50_000;

    private final DependencyParser parser;
    private final ArcStandard system;
    private final List<String> transitions;
    /** W1 transposed (input by hidden unit), so that a feature's hidden values are vector updates. */
    private final float[][] w1ByInput;
    private final float[][] embeddings;
    private final float[] bias;
    /** The output layer transposed (hidden unit by transition), so that scoring is a vector update per unit. */
    private final float[][] w2ByUnit;
    private final int embeddingSize;
    private final int hiddenSize;
    /**
     * By feature id (token * 48 + position): its precomputed hidden values, or those computed when first met
     * (at most CACHE_LIMIT of these). Ids are dense (77,301 tokens times 48 positions: 15 MB of references), so an
     * array indexed by id serves the 48 lookups of each transition without hashing or boxing.
     */
    private final AtomicReferenceArray<float[]> values;
    private final AtomicInteger cached = new AtomicInteger();
    private final List<Integer> precomputedIds = new ArrayList<>();
    private final Method relation;
    private final Method structure;

    /** Loads CoreNLP's default English model; CoreNLP's own precomputation is skipped, this class does it. */
    NndepParser() {
        Properties props = new Properties();
        props.setProperty("numPreComputed", "0");
        parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, props);
        try {
            system = (ArcStandard) field(DependencyParser.class, "system").get(parser);
            @SuppressWarnings("unchecked")
            List<String> t = (List<String>) field(ParsingSystem.class, "transitions").get(system);
            transitions = List.copyOf(t);
            Object classifier = field(DependencyParser.class, "classifier").get(parser);
            Class<?> type = classifier.getClass();
            w1ByInput = transpose((float[][]) type.getMethod("getW1").invoke(classifier));
            embeddings = (float[][]) type.getMethod("getE").invoke(classifier);
            bias = (float[]) type.getMethod("getb1").invoke(classifier);
            w2ByUnit = transpose((float[][]) type.getMethod("getW2").invoke(classifier));
            @SuppressWarnings("unchecked")
            List<Integer> frequent = (List<Integer>) field(DependencyParser.class, "preComputed").get(parser);
            relation = method("makeGrammaticalRelation", String.class);
            structure = method("makeGrammaticalStructure", List.class, TreeGraphNode.class);
            embeddingSize = embeddings[0].length;
            hiddenSize = bias.length;
            values = new AtomicReferenceArray<>(embeddings.length * Config.numTokens);
            for (int feature : frequent.subList(0, Math.min(PRECOMPUTED, frequent.size()))) {
                values.set(feature, hiddenValues(feature / Config.numTokens, feature % Config.numTokens));
                precomputedIds.add(feature);
            }
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("this CoreNLP's dependency parser is not the one NndepParser reads "
                    + "(built for CoreNLP 4.5.10): " + e, e);
        }
    }

    /** The parse of a tagged sentence, as CoreNLP's {@link DependencyParser#predict(CoreMap)} returns it. */
    GrammaticalStructure predict(CoreMap sentence) {
        Configuration c = system.initialConfiguration(sentence);
        float[] hidden = new float[hiddenSize];
        float[] scores = new float[transitions.size()];
        while (!system.isTerminal(c)) {
            if (Thread.interrupted()) {
                throw new RuntimeInterruptedException();
            }
            List<Integer> features = parser.getFeatures(c);
            java.util.Arrays.fill(hidden, 0f);
            for (int position = 0; position < features.size(); position++) {
                int token = features.get(position);
                add(hidden, row(token, position));
            }
            cube(hidden);
            score(hidden, scores);
            system.apply(c, best(c, scores));
        }
        return structure(sentence, c);
    }

    /**
     * The transition CoreNLP picks: the first of the highest-scoring among those that apply. Usually the best
     * of all applies, and checking it alone spares CoreNLP's string-parsing {@code canApply} for the others.
     */
    private String best(Configuration c, float[] scores) {
        int top = 0;
        for (int t = 1; t < scores.length; t++) {
            if (scores[t] > scores[top]) {
                top = t;
            }
        }
        if (system.canApply(c, transitions.get(top))) {
            return transitions.get(top);
        }
        String best = null;
        float bestScore = Float.NEGATIVE_INFINITY;
        for (int t = 0; t < scores.length; t++) {
            if (scores[t] > bestScore && system.canApply(c, transitions.get(t))) {
                bestScore = scores[t];
                best = transitions.get(t);
            }
        }
        return best;
    }

    /** The hidden-layer contribution of one feature: precomputed, cached, or computed and cached. */
    private float[] row(int token, int position) {
        int feature = token * Config.numTokens + position;
        float[] row = values.get(feature);
        if (row == null) {
            if (cached.incrementAndGet() > CACHE_LIMIT) {
                forgetCached(); // simpler than an LRU; the frequent features are precomputed anyway
            }
            row = hiddenValues(token, position);
            values.set(feature, row);
        }
        return row;
    }

    private synchronized void forgetCached() {
        if (cached.get() <= CACHE_LIMIT) {
            return; // another thread did it
        }
        float[][] keep = precomputedIds.stream().map(values::get).toArray(float[][]::new);
        for (int i = 0; i < values.length(); i++) {
            values.set(i, null);
        }
        for (int i = 0; i < keep.length; i++) {
            values.set(precomputedIds.get(i), keep[i]);
        }
        cached.set(0);
    }

    /**
     * W1's slice for {@code position} times the token's embedding. Each unit's sum runs over the embedding in
     * the same order and in double, as CoreNLP's, so the values are CoreNLP's to the last bit.
     */
    private float[] hiddenValues(int token, int position) {
        float[] e = embeddings[token];
        int offset = position * embeddingSize;
        double[] sums = new double[hiddenSize];
        for (int k = 0; k < embeddingSize; k++) {
            float[] w = w1ByInput[offset + k];
            float ek = e[k];
            for (int j = 0; j < hiddenSize; j++) {
                sums[j] += w[j] * ek;
            }
        }
        float[] out = new float[hiddenSize];
        for (int j = 0; j < hiddenSize; j++) {
            out[j] = (float) sums[j];
        }
        return out;
    }

    private static void add(float[] into, float[] row) {
        for (int i = 0; i < into.length; i++) {
            into[i] += row[i];
        }
    }

    private void cube(float[] hidden) {
        for (int i = 0; i < hidden.length; i++) {
            float h = hidden[i] + bias[i];
            hidden[i] = h * h * h;
        }
    }

    /**
     * Output scores: four hidden units at a time, each a loop over the transitions that the JIT turns into vector
     * code. The loop over the 83 transitions is too short for the JIT's unrolled vector loop, so one unit a time
     * spent most of its time in the scalar remainder; four units share one pass over the scores (the scoring took
     * 30% less time on 1,321 GVA sentences). Each score still adds its products one unit after the other, in
     * the same order and the same float rounding as a unit a time: the scores, so the parses, are the same.
     */
    private void score(float[] hidden, float[] scores) {
        java.util.Arrays.fill(scores, 0f);
        int n = scores.length;
        int i = 0;
        for (; i + 4 <= hidden.length; i += 4) {
            float h0 = hidden[i];
            float h1 = hidden[i + 1];
            float h2 = hidden[i + 2];
            float h3 = hidden[i + 3];
            float[] w0 = w2ByUnit[i];
            float[] w1 = w2ByUnit[i + 1];
            float[] w2 = w2ByUnit[i + 2];
            float[] w3 = w2ByUnit[i + 3];
            for (int t = 0; t < n; t++) {
                scores[t] = scores[t] + h0 * w0[t] + h1 * w1[t] + h2 * w2[t] + h3 * w3[t];
            }
        }
        for (; i < hidden.length; i++) {
            float h = hidden[i];
            float[] w = w2ByUnit[i];
            for (int t = 0; t < n; t++) {
                scores[t] += h * w[t];
            }
        }
    }

    private static float[][] transpose(float[][] m) {
        float[][] out = new float[m[0].length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[i].length; j++) {
                out[j][i] = m[i][j];
            }
        }
        return out;
    }

    /** What {@link DependencyParser#predict(CoreMap)} builds from the final configuration. */
    private GrammaticalStructure structure(CoreMap sentence, Configuration c) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        IndexedWord root = new IndexedWord(new Word("ROOT"));
        root.set(CoreAnnotations.IndexAnnotation.class, 0);
        List<TypedDependency> dependencies = new ArrayList<>();
        try {
            for (int i = 1; i <= tokens.size(); i++) {
                int head = c.getHead(i);
                IndexedWord word = new IndexedWord(tokens.get(i - 1));
                IndexedWord governor = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
                GrammaticalRelation r = head == 0 ? GrammaticalRelation.ROOT
                        : (GrammaticalRelation) relation.invoke(parser, c.getLabel(i));
                dependencies.add(new TypedDependency(r, governor, word));
            }
            return (GrammaticalStructure) structure.invoke(parser, dependencies, new TreeGraphNode(root));
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("CoreNLP could not build the parse: " + e, e);
        }
    }

    /** CoreNLP's own parser over the same model, for the test that compares the two. */
    DependencyParser coreNlp() {
        return parser;
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    private static Method method(String name, Class<?>... parameters) throws NoSuchMethodException {
        Method m = DependencyParser.class.getDeclaredMethod(name, parameters);
        m.setAccessible(true);
        return m;
    }
}
