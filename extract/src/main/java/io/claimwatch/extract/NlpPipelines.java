package io.claimwatch.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Locale;
import java.util.regex.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * CoreNLP, loaded once per process and shared by every thread: a cheap pipeline (tokens and sentences) that
 * runs on whole articles, an expensive one (POS, lemmas, NER, dependencies) that runs only on the sentences the
 * gate lets through, and SUTime, run last and only on the sentences that hold a claim.
 */
final class NlpPipelines {
    /** Longer "sentences" are page furniture run together (menus, link lists): never worth parsing. */
    static final int MAX_PARSED_TOKENS = 120;

    private static volatile NlpPipelines instance;

    private final StanfordCoreNLP split;
    private final StanfordCoreNLP parse;
    private final NndepParser dependencies;
    private final TimeAnnotator time;
    private final Lexicon timeWords = Lexicon.load("time-words");
    /** A year or a numeric date ("2024", "12/14") can also make a time expression. */
    private static final Pattern NUMERIC_TIME = Pattern.compile("(19|20)\\d\\d|\\d{1,2}/\\d{1,2}(/\\d{2,4})?");
    /** Words a time expression hangs on that do not alone make a sentence worth SUTime ("quarter", "p.m."). */
    private final Lexicon timeAnchors = Lexicon.load("time-anchors");
    /** A clock time ("11:40"): in a sentence with a time word, its expression may lie far from that word. */
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}:\\d\\d");
    private final long loadMillis;

    private NlpPipelines() {
        // CoreNLP announces every model it loads on stderr; keep stderr for what the user must read
        edu.stanford.nlp.util.logging.RedwoodConfiguration.errorLevel().apply();
        long start = System.nanoTime();
        // the models are independent: the tagger and NER on one thread, the parser (whose precomputed hidden
        // layer is as much work), SUTime and the gazetteer on another, so that the load takes about half the
        // time on two cores (it was 21 s of a 73 s ingest of 100 GVA articles, on one thread)
        ExecutorService loaders = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "claimwatch-model-load");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<NndepParser> parser = loaders.submit(NndepParser::new);
            Future<TimeAnnotator> sutime = loaders.submit(NlpPipelines::sutime);
            Future<Gazetteer> places = loaders.submit(Gazetteer::load);
            split = new StanfordCoreNLP(splitting());
            parse = new StanfordCoreNLP(tagging(), false);
            dependencies = parser.get();
            time = sutime.get();
            places.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the models", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            loaders.shutdown();
        }
        loadMillis = (System.nanoTime() - start) / 1_000_000;
    }

    private static Properties splitting() {
        Properties cheap = new Properties();
        cheap.setProperty("annotators", "tokenize,ssplit");
        // crawled pages put headlines and menu items on lines of their own: a line break ends a sentence
        cheap.setProperty("ssplit.newlineIsSentenceBreak", "always");
        cheap.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
        return cheap;
    }

    private static Properties tagging() {
        Properties full = new Properties();
        full.setProperty("annotators", "pos,lemma,ner");
        // one CRF (persons, organisations, locations) instead of three: the 7-class model's dates, times and
        // money come from SUTime and the numeric classifiers anyway, and MISC is never used
        full.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        // fine-grained NER (CITY, COUNTRY, TITLE... from large regex lists) doubled the parse time; places
        // are typed by the gazetteer instead
        full.setProperty("ner.applyFineGrained", "false");
        full.setProperty("ner.buildEntityMentions", "true");
        // SUTime was 85% of the NER time: it runs on its own, only on sentences with a time word
        full.setProperty("ner.useSUTime", "false");
        return full;
    }

    private static TimeAnnotator sutime() {
        Properties sutime = new Properties();
        sutime.setProperty("sutime.includeRange", "true");
        return new TimeAnnotator("sutime", sutime);
    }

    static NlpPipelines get() {
        NlpPipelines local = instance;
        if (local == null) {
            synchronized (NlpPipelines.class) {
                local = instance;
                if (local == null) {
                    local = new NlpPipelines();
                    instance = local;
                }
            }
        }
        return local;
    }

    /** The dependency parser, for its test. */
    NndepParser dependencyParser() {
        return dependencies;
    }

    /** Milliseconds the models took to load in this process. */
    long loadMillis() {
        return loadMillis;
    }

    Annotation split(String text) {
        Annotation doc = new Annotation(text);
        split.annotate(doc);
        return doc;
    }

    /** Tags, lemmatises, names and parses only the {@code chosen} sentences of {@code doc}. */
    void parse(Annotation doc, List<CoreMap> chosen, LocalDate published) {
        if (chosen.isEmpty()) {
            return;
        }
        rewriteForTagger(chosen);
        name(doc, chosen, published);
        chosen.forEach(this::parseDependencies);
    }

    /** Tags, lemmatises and names the {@code chosen} sentences, without the dependency parse: for toponyms. */
    void name(Annotation doc, List<CoreMap> chosen, LocalDate published) {
        if (chosen.isEmpty()) {
            return;
        }
        Annotation part = subDocument(doc, chosen);
        if (published != null) {
            part.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
        }
        parse.annotate(part);
    }

    /**
     * "killed 3 IS militants": the tagger reads a few written forms as other words ("IS" as a verb);
     * lexicon/token-rewrites.tsv gives the form it reads right. Only the token's word changes: offsets and
     * original text stay, so claims still quote the article.
     */
    private void rewriteForTagger(List<CoreMap> sentences) {
        Lexicons lexicons = Lexicons.get();
        Lexicon rewrites = lexicons.tokenRewrites();
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            boolean titleCase = isTitleCase(tokens);
            for (CoreLabel t : tokens) {
                String exact = rewrites.value(t.word(), 1);
                if (exact != null && exact.equals(t.word())) {
                    t.setWord(rewrites.value(t.word(), 2));
                    t.setValue(t.word());
                } else if (titleCase && isCommonWord(lexicons, t.word())) {
                    // "Center of Damascus Shelled 2 Civilians Killed 7 Injured": in a title-case headline the
                    // tagger takes every capitalised word for a name; event words, persons and numbers are not
                    t.setWord(t.word().toLowerCase(Locale.ROOT));
                    t.setValue(t.word());
                }
            }
        }
    }

    /** A headline in title case: most of its words (at least four) start with a capital. */
    static boolean isTitleCase(List<CoreLabel> tokens) {
        int words = 0;
        int capitalised = 0;
        for (CoreLabel t : tokens) {
            String w = t.word();
            if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && w.length() > 3) {
                words++;
                capitalised += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
            }
        }
        return words >= 4 && capitalised >= 0.7 * words;
    }

    /** A capitalised event word ("Killed", "Killing"), person noun ("Civilians") or number word ("Two"). */
    private static boolean isCommonWord(Lexicons lexicons, String word) {
        if (word.length() < 3 || !Character.isUpperCase(word.charAt(0)) || word.chars().skip(1).anyMatch(Character::isUpperCase)) {
            return false;
        }
        String w = word.toLowerCase(Locale.ROOT);
        return lexicons.titleCaseWords().contains(w) || WordStems.isWordOf(lexicons.triggers(), w)
                || WordStems.isWordOf(lexicons.singularPersons(), w);
    }

    /**
     * CoreNLP's depparse annotator converts each parse into five graphs; the rules read two of them (basic and
     * enhanced++), and the three others took a quarter of the parse time (5.55 s against 4.11 s for the two, on
     * 60 GVA articles).
     */
    private void parseDependencies(CoreMap sentence) {
        GrammaticalStructure structure = dependencies.predict(sentence);
        sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, SemanticGraphFactory.makeFromTree(
                structure, SemanticGraphFactory.Mode.BASIC, GrammaticalStructure.Extras.NONE, null));
        sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
                SemanticGraphFactory.makeFromTree(structure, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
                        GrammaticalStructure.Extras.NONE, null));
    }

    /**
     * Runs SUTime on those of the parsed {@code sentences} that have a time word, on the stretches around their
     * time words and anchors only, and hands each time expression to its sentence (TimexAnnotations). Times are
     * only read for claims, so only claim sentences need it.
     */
    void annotateTimes(Annotation doc, List<CoreMap> parsedSentences, LocalDate published) {
        if (published == null) {
            return;
        }
        List<CoreMap> windows = new ArrayList<>();
        List<CoreMap> sentences = new ArrayList<>();
        for (CoreMap s : parsedSentences) {
            List<int[]> stretches = timeStretches(s.get(CoreAnnotations.TokensAnnotation.class));
            if (!stretches.isEmpty()) {
                sentences.add(s);
            }
            for (int[] stretch : stretches) {
                windows.add(window(doc, s, stretch));
            }
        }
        if (windows.isEmpty()) {
            return;
        }
        Annotation part = subDocument(doc, windows);
        part.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
        time.annotate(part);
        List<CoreMap> all = part.get(TimeAnnotations.TimexAnnotations.class);
        for (CoreMap s : sentences) {
            List<CoreMap> own = new ArrayList<>();
            int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            for (CoreMap t : all == null ? List.<CoreMap>of() : all) {
                int at = t.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                if (begin <= at && at < end) {
                    own.add(t);
                }
            }
            s.set(TimeAnnotations.TimexAnnotations.class, own);
        }
    }

    /**
     * How many tokens on each side of a time word or anchor SUTime reads. Its matcher tries every rule at every token, so
     * its cost grows with the tokens it is given; its longest expressions ("between March 3 and March 5 last
     * year", "at about 10:35 a.m. (0735 GMT) Friday") lie within this reach of one of their time words.
     */
    static final int TIME_REACH = 6;

    /**
     * The stretches [from, to) of {@code tokens} SUTime needs: each time word or anchor with {@value #TIME_REACH}
     * tokens on each side, overlapping stretches joined; none when there is no time word (an anchor alone, a
     * score's "2:1" or a "quarter" of a city, sends no sentence to SUTime).
     */
    private List<int[]> timeStretches(List<CoreLabel> tokens) {
        List<int[]> stretches = new ArrayList<>();
        boolean timeWord = false;
        int[] open = null;
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
            boolean word = isTimeWord(w);
            timeWord |= word;
            if (!word && !isTimeAnchor(w)) {
                continue;
            }
            int from = Math.max(0, i - TIME_REACH);
            int to = Math.min(tokens.size(), i + TIME_REACH + 1);
            if (open != null && from <= open[1]) {
                open[1] = to;
            } else {
                open = new int[] {from, to};
                stretches.add(open);
            }
        }
        return timeWord ? stretches : List.of();
    }

    /**
     * A stretch of {@code sentence} as a sentence of its own. It keeps the sentence's annotations, and its token
     * offsets count in the article as the sentence's do: SUTime's composite expressions ("11:40 p.m. Wednesday",
     * "Sept. 13") come out whole only so (with offsets counted in the sub-document they break in two).
     */
    private static CoreMap window(Annotation doc, CoreMap sentence, int[] stretch) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class).subList(stretch[0], stretch[1]);
        int begin = tokens.get(0).beginPosition();
        int end = tokens.get(tokens.size() - 1).endPosition();
        int firstToken = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        CoreMap window = new ArrayCoreMap(sentence);
        window.set(CoreAnnotations.TokensAnnotation.class, tokens);
        window.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        window.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        window.set(CoreAnnotations.TextAnnotation.class, doc.get(CoreAnnotations.TextAnnotation.class).substring(begin, end));
        window.set(CoreAnnotations.TokenBeginAnnotation.class, firstToken + stretch[0]);
        window.set(CoreAnnotations.TokenEndAnnotation.class, firstToken + stretch[1]);
        return window;
    }

    /** A document of only {@code sentences}: annotators iterate over its sentence list and leave the rest alone. */
    private static Annotation subDocument(Annotation doc, List<CoreMap> sentences) {
        Annotation part = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
        part.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        part.set(CoreAnnotations.TokensAnnotation.class,
                sentences.stream().flatMap(s -> s.get(CoreAnnotations.TokensAnnotation.class).stream()).toList());
        return part;
    }

    /** {@code word} in lower case: an anchor of lexicon/time-anchors.tsv or a clock time. */
    private boolean isTimeAnchor(String word) {
        return timeAnchors.contains(word) || CLOCK.matcher(word).matches();
    }

    /** {@code word} in lower case: a word of lexicon/time-words.tsv, a year or a numeric date. */
    private boolean isTimeWord(String word) {
        return timeWords.contains(word) || NUMERIC_TIME.matcher(word).matches();
    }
}
