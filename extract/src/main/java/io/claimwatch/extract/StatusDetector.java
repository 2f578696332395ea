package io.claimwatch.extract;

import edu.stanford.nlp.ling.IndexedWord;
import io.claimwatch.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides a claim's epistemic status from the words that govern its event word: a denial verb
 * (lexicon/status-cues.tsv), a negated acknowledgement, or a hedge (lexicon/hedges.tsv, with the
 * perception exceptions of lexicon/hedge-exceptions.tsv). The search climbs from the event word through the
 * clauses that embed it, and stops at a coordinated or loosely attached clause, whose hedges are its own.
 */
final class StatusDetector {
    /** The decided status and the hedge words that caused it. */
    record Verdict(Status status, List<IndexedWord> hedges) {
    }

    private static final Set<String> NEGATIONS = Set.of("not", "never", "n't", "neither", "nor", "no");
    private static final Set<String> REFUSALS = Set.of("decline", "refuse", "fail");
    /** Climbing stops at these: a conjoined or loosely attached clause has its own hedges. */
    private static final String[] BOUNDARIES = {"conj", "parataxis", "root", "list", "discourse"};

    private final Lexicons lexicons = Lexicons.get();

    Verdict decide(ParsedSentence s, IndexedWord word, boolean attributed) {
        List<IndexedWord> scope = scope(s, word);
        for (IndexedWord w : scope) {
            if ("denied".equals(lexicons.statusCues().value(ParsedSentence.lemma(w), 1)) && w != word) {
                return new Verdict(Status.DENIED, List.of(w));
            }
        }
        for (IndexedWord w : scope) {
            if ("unacknowledged".equals(lexicons.statusCues().value(ParsedSentence.lemma(w), 1)) && w != word
                    && (isNegated(s, w) || isRefused(s, w))) {
                return new Verdict(Status.UNACKNOWLEDGED, List.of(w));
            }
        }
        List<IndexedWord> hedges = new ArrayList<>();
        for (IndexedWord w : scope) {
            hedges.addAll(hedgesOn(s, w));
        }
        // "The heavy losses — which may include generals": a noun's relative clause hedges it
        for (IndexedWord relcl : s.treeChildren(word, "acl:relcl")) {
            hedges.addAll(hedgesOn(s, relcl));
        }
        if (!hedges.isEmpty()) {
            return new Verdict(Status.HEDGED, hedges);
        }
        return new Verdict(attributed ? Status.REPORTED : Status.ASSERTED, List.of());
    }

    private static final Set<String> BACK_PRONOUNS = Set.of("it", "this", "that", "which", "these", "those", "they");

    /**
     * "The figure could not be independently verified" (hedged) / "The ministry declined to confirm that figure"
     * (unacknowledged): a sentence that puts in doubt what was said before it, or null. Only a verifying verb
     * that speaks of something named before counts ("could not verify the victims' names" does not).
     */
    Verdict aboutEarlier(ParsedSentence s) {
        for (IndexedWord w : s.graph.vertexListSorted()) {
            String kind = lexicons.statusCues().value(ParsedSentence.lemma(w), 1);
            boolean verifying = "unverified".equals(kind) || "confirm".equals(ParsedSentence.lemma(w));
            if (!verifying || !refersBack(s, w)) {
                continue;
            }
            if (isRefused(s, w)) {
                return new Verdict(Status.UNACKNOWLEDGED, List.of(w));
            }
            boolean unable = s.parent(w) != null && Set.of("unable", "impossible").contains(ParsedSentence.lemma(s.parent(w)));
            if ("unverified".equals(kind) && (isNegated(s, w) || unable)) {
                return new Verdict(Status.HEDGED, List.of(w));
            }
        }
        return null;
    }

    private boolean refersBack(ParsedSentence s, IndexedWord verb) {
        for (IndexedWord arg : s.treeChildren(verb, "nsubj:pass", "obj", "nsubj")) {
            if (AttributionFinder.isClaimAnaphor(s, arg) || BACK_PRONOUNS.contains(ParsedSentence.lemma(arg))) {
                return true;
            }
        }
        // "..., which could not be verified": the relative pronoun hangs on the noun, the clause on the claim
        return s.relationToParent(verb).startsWith("acl:relcl");
    }

    /** The event word and the predicates that embed it, up to the first clause boundary. */
    private static List<IndexedWord> scope(ParsedSentence s, IndexedWord word) {
        List<IndexedWord> out = new ArrayList<>();
        IndexedWord w = word;
        while (w != null && out.size() < 8) {
            out.add(w);
            String rel = s.relationToParent(w);
            if (ParsedSentence.startsWithAny(rel, BOUNDARIES)) {
                break;
            }
            w = s.parent(w);
        }
        return out;
    }

    private List<IndexedWord> hedgesOn(ParsedSentence s, IndexedWord w) {
        List<IndexedWord> out = new ArrayList<>();
        String lemma = ParsedSentence.lemma(w);
        if (lexicons.hedgeExceptions().contains(lemma) && !s.treeChildren(w, "aux:pass").isEmpty()) {
            return out; // "could be seen in a video" reports what is visible
        }
        String kind = lexicons.hedges().value(lemma, 1);
        // "appears to show", "are believed to have died": the hedge verb governs the claim
        if ("verb".equals(kind) && !s.treeChildren(w, "xcomp").isEmpty()) {
            out.add(w);
        }
        for (IndexedWord child : s.treeChildren(w, "aux", "advmod", "amod")) {
            String childKind = lexicons.hedges().value(ParsedSentence.lemma(child), 1);
            if (childKind != null && !childKind.equals("verb")) {
                out.add(child);
            }
        }
        return out;
    }

    private static boolean isNegated(ParsedSentence s, IndexedWord w) {
        if (s.treeChildren(w, "advmod", "neg").stream().anyMatch(c -> NEGATIONS.contains(ParsedSentence.lemma(c)))) {
            return true;
        }
        // "neither North Korea nor Russia has acknowledged", "no one has confirmed"
        for (IndexedWord subject : s.treeChildren(w, "nsubj")) {
            if (s.treeChildren(subject, "cc:preconj", "det", "advmod").stream()
                    .anyMatch(c -> NEGATIONS.contains(ParsedSentence.lemma(c)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRefused(ParsedSentence s, IndexedWord w) {
        IndexedWord parent = s.parent(w);
        return parent != null && REFUSALS.contains(ParsedSentence.lemma(parent))
                && s.relationToParent(w).startsWith("xcomp");
    }
}
