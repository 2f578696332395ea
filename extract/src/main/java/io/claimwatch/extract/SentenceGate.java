package io.claimwatch.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.Morphology;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The cheap gate: a sentence can only hold a claim if one of its words is an event word, a reporting cue or a
 * status cue, or if it opens with a name and a colon ("Graham: The party cannot win"). Decided on tokens alone (no tagging): each word is tried as a verb and a noun form.
 */
final class SentenceGate {
    private final Set<String> keys = new HashSet<>();
    /** One lemmatiser per thread: CoreNLP's static one ({@code Morphology.lemmaStatic}) is synchronized. */
    private final ThreadLocal<Morphology> morphology = ThreadLocal.withInitial(Morphology::new);

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
        Morphology m = morphology.get();
        for (CoreLabel t : tokens) {
            String w = t.word().toLowerCase(Locale.ROOT);
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            if (keys.contains(w) || keys.contains(m.lemma(w, "VBD")) || keys.contains(m.lemma(w, "VBG"))
                    || keys.contains(m.lemma(w, "VBZ")) || keys.contains(m.lemma(w, "NNS"))) {
                return true;
            }
        }
        return false;
    }
}
