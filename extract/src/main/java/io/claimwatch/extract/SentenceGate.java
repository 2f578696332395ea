package io.claimwatch.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.Morphology;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cheap gate: a sentence can only hold a claim if one of its words is an event word, a reporting cue or a
 * status cue, or if it opens with a name and a colon ("Graham: The party cannot win"). Decided on tokens alone (no tagging): each word is tried as a verb and a noun form.
 */
final class SentenceGate {
    private final Set<String> keys = new HashSet<>();
    /** One lemmatiser per thread: CoreNLP's static one ({@code Morphology.lemmaStatic}) is synchronized. */
    private final ThreadLocal<Morphology> morphology = ThreadLocal.withInitial(Morphology::new);
    /**
     * Each word's answer, once worked out: every token of every article is asked about, and its four lemmas took
     * 1.6% of the ingest. Bounded, so that an archive's long tail of words cannot fill the heap.
     */
    private final Map<String, Boolean> answers = new ConcurrentHashMap<>();
    private static final int MAX_ANSWERS = 200_000;

    SentenceGate() {
        Lexicons l = Lexicons.get();
        for (Lexicon lexicon : List.of(l.triggers(), l.cues(), l.statusCues())) {
            for (String key : lexicon.rows().keySet()) {
                keys.add(key.split(" ")[0]); // the first word of a phrase ("according", "lose", "shoot")
            }
        }
        keys.add("accord");
    }

    boolean mayHoldClaim(List<CoreLabel> tokens) {
        if (tokens.size() > NlpPipelines.MAX_PARSED_TOKENS) {
            return false;
        }
        if (AttributionFinder.opensWithNameAndColon(tokens)) {
            return true; // "Graham: The party cannot win"
        }
        for (CoreLabel t : tokens) {
            String w = t.word().toLowerCase(Locale.ROOT);
            if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && isKey(w)) {
                return true;
            }
        }
        return false;
    }

    /** {@code word} (lower case) or its lemma as a past, gerund, third-person verb or plural noun is a key. */
    private boolean isKey(String word) {
        Boolean answer = answers.get(word);
        if (answer == null) {
            Morphology m = morphology.get();
            answer = keys.contains(word) || keys.contains(m.lemma(word, "VBD")) || keys.contains(m.lemma(word, "VBG"))
                    || keys.contains(m.lemma(word, "VBZ")) || keys.contains(m.lemma(word, "NNS"));
            if (answers.size() < MAX_ANSWERS) {
                answers.put(word, answer);
            }
        }
        return answer;
    }
}
