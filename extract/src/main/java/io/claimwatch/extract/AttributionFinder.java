package io.claimwatch.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import io.claimwatch.model.PartyKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds who says what in a parsed sentence: reporting cues (lexicon/reporting-cues.tsv), their source and
 * the content they attribute; orders nested cues from the primary source to the last relay; resolves
 * pronouns and descriptions through the article's {@link PartyRegistry}.
 */
final class AttributionFinder {
    /** One cue with its source and the tokens of the content it attributes. */
    record Cue(int cueToken, int cueBegin, int cueEnd, String cueText, PartyRegistry.Party party, int mentionBegin,
               int mentionEnd, String mention, TreeSet<Integer> content, IndexedWord contentHead,
               boolean backward, boolean relay) {
        Cue(int cueToken, int cueBegin, int cueEnd, String cueText, PartyRegistry.Party party, int mentionBegin,
            int mentionEnd, String mention, TreeSet<Integer> content, IndexedWord contentHead, boolean backward) {
            this(cueToken, cueBegin, cueEnd, cueText, party, mentionBegin, mentionEnd, mention, content, contentHead,
                    backward, false);
        }
    }

    private final Lexicons lexicons = Lexicons.get();

    List<Cue> find(ParsedSentence s, PartyRegistry registry, TextOffsets offsets) {
        List<Cue> cues = new ArrayList<>();
        for (IndexedWord w : s.graph.vertexListSorted()) {
            String lemma = ParsedSentence.lemma(w);
            if (lemma.equals("accord") || w.word().equalsIgnoreCase("according")) {
                Cue c = accordingTo(s, w, registry, offsets);
                if (c != null) {
                    cues.add(c);
                }
            } else if (lexicons.cues().contains(lemma) && w.tag() != null && w.tag().startsWith("VB")
                    && !isUnrealised(s, w)) {
                // "The poll showed that ...": an evidence cue speaks only for a poll, a study, records...
                boolean evidence = "evidence".equals(lexicons.cues().value(lemma, 1));
                boolean toll = "toll".equals(lexicons.cues().value(lemma, 1));
                Cue c = evidence && !hasEvidenceSubject(s, w) || toll && !hasTollObject(s, w) ? null
                        : verbCue(s, w, registry, offsets);
                if (c != null) {
                    cues.add(c);
                    Cue relay = outletTold(s, w, c, registry, offsets);
                    if (relay != null) {
                        cues.add(relay);
                    }
                }
            }
        }
        Cue colon = colonQuote(s, registry, offsets);
        if (colon != null && cues.stream().noneMatch(c -> c.content().contains(colon.cueToken()))) {
            cues.add(colon);
        }
        // inner cues first: a cue inside another cue's content is nearer the primary source
        cues.sort(Comparator.comparingInt((Cue c) -> -containers(c, cues, s)).thenComparingInt(Cue::cueBegin));
        return cues;
    }

    private static int containers(Cue c, List<Cue> all, ParsedSentence s) {
        int n = 0;
        for (Cue other : all) {
            if (other != c && other.content().contains(c.cueToken())) {
                n++;
            }
        }
        return n;
    }

    /** Modals that make a cue a speech act not (yet) made: "would support", "will tell", "must reject". */
    private static final Set<String> MODALS = Set.of("will", "would", "could", "should", "may", "might", "must",
            "can", "shall", "'ll", "wo", "ca");

    /**
     * "persuaded to support him", "refused to endorse", "would love to see him endorse", "will tell the
     * bigots", "Do you support ...?": a cue under a modal, an infinitive or a control verb says what someone
     * might say, not what they said.
     */
    private static boolean isUnrealised(ParsedSentence s, IndexedWord verb) {
        if (!"VB".equals(verb.tag())) {
            return false; // "said", "says", "saying", "has told": a speech act that took place
        }
        boolean modal = s.treeChildren(verb, "aux").stream().anyMatch(a -> MODALS.contains(ParsedSentence.lemma(a))
                || MODALS.contains(a.word().toLowerCase(Locale.ROOT)));
        boolean infinitive = s.treeChildren(verb, "mark").stream().anyMatch(m -> ParsedSentence.lemma(m).equals("to"))
                || s.relationToParent(verb).startsWith("xcomp");
        return modal || infinitive;
    }

    private boolean hasEvidenceSubject(ParsedSentence s, IndexedWord verb) {
        return s.children(verb, "nsubj").stream().anyMatch(x -> {
            String word = x.word().toLowerCase(Locale.ROOT);
            // the lemmatizer leaves some plurals alone ("statistics", a capitalised "Filings")
            return lexicons.evidenceNouns().contains(ParsedSentence.lemma(x)) || lexicons.evidenceNouns().contains(word)
                    || word.endsWith("s") && lexicons.evidenceNouns().contains(word.substring(0, word.length() - 1));
        });
    }

    /** How many words a name before a colon may have ("Sen. Lindsey Graham: ..."). */
    private static final int COLON_NAME_WORDS = 5;

    /** Cheap test on tokens alone (no tags): a few capitalised words, a colon, then at least three tokens. */
    static boolean opensWithNameAndColon(List<CoreLabel> tokens) {
        int colon = colonAfterName(tokens);
        if (colon < 2 || tokens.size() - colon < 3) {
            return false;
        }
        for (int i = 0; i < colon - 1; i++) {
            String w = tokens.get(i).word();
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** The 1-based index of a colon among the first words, or -1. */
    private static int colonAfterName(List<CoreLabel> tokens) {
        for (int i = 0; i < Math.min(tokens.size(), COLON_NAME_WORDS + 1); i++) {
            if (tokens.get(i).word().equals(":")) {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * "Graham: Trump's rhetoric is destroying the party" / "PENCE: Well, look...": a sentence that opens with a
     * name and a colon gives that name's words (headlines, interview transcripts).
     */
    private Cue colonQuote(ParsedSentence s, PartyRegistry registry, TextOffsets offsets) {
        if (!opensWithNameAndColon(s.tokens)) {
            return null;
        }
        int colon = colonAfterName(s.tokens);
        IndexedWord head = null;
        for (int i = 1; i < colon; i++) {
            CoreLabel t = s.token(i);
            if (t.tag() == null || !t.tag().startsWith("NNP")) {
                return null;
            }
            head = s.node(i);
        }
        if (head == null || !("PERSON".equals(head.ner()) || "ORGANIZATION".equals(head.ner())
                || lexicons.outlets().contains(PartyRegistry.normal(head.word()))
                || lexicons.partyKinds().contains(ParsedSentence.lemma(head)))) {
            return null;
        }
        TreeSet<Integer> content = new TreeSet<>();
        for (int i = colon + 1; i <= s.tokens.size(); i++) {
            content.add(i);
        }
        IndexedWord top = content.stream().map(s::node).filter(java.util.Objects::nonNull)
                .min(Comparator.comparingInt(s::depth)).orElse(null);
        IndexedWord cueWord = s.node(colon);
        if (top == null || cueWord == null) {
            return null;
        }
        return cue(s, cueWord, s.token(colon).endPosition(), head, content, top, registry, offsets, false);
    }

    /** "..., according to Ukraine's military intelligence agency (GUR)." */
    private Cue accordingTo(ParsedSentence s, IndexedWord according, PartyRegistry registry, TextOffsets offsets) {
        IndexedWord source = s.parent(according);
        if (source == null || !s.relationToParent(according).startsWith("case")) {
            return null;
        }
        IndexedWord clause = s.parent(source);
        TreeSet<Integer> content = clause == null ? new TreeSet<>() : s.subtree(clause);
        content.addAll(wordsBefore(s, source, according));
        content.removeAll(s.subtree(source));
        content.remove(according.index());
        int cueEnd = s.token(according.index()).endPosition();
        if (according.index() < s.tokens.size() && ParsedSentence.lower(s.token(according.index() + 1)).equals("to")) {
            cueEnd = s.token(according.index() + 1).endPosition();
            content.remove(according.index() + 1);
        }
        return cue(s, according, cueEnd, source, content, clause, registry,
                offsets, false);
    }

    /** "Kyiv officials said", "he added", "were reported by NIS", "told reporters that ...". */
    private Cue verbCue(ParsedSentence s, IndexedWord verb, PartyRegistry registry, TextOffsets offsets) {
        if ("VBG".equals(verb.tag()) && s.relationToParent(verb).equals("mark") && s.parent(verb) != null) {
            return participleAsMarker(s, verb, registry, offsets);
        }
        boolean passive = !s.children(verb, "aux:pass").isEmpty();
        IndexedWord source = null;
        // "“We will win,” said Jane Doe.": the speaker after the cue, which the parser often takes for an object
        IndexedWord inverted = passive ? null : invertedSpeaker(s, verb);
        if (inverted != null) {
            source = inverted;
        } else if (passive) {
            List<IndexedWord> agents = s.children(verb, "obl:agent", "obl:by", "nmod:agent");
            source = agents.isEmpty() ? null : agents.get(0);
        } else {
            List<IndexedWord> subjects = s.children(verb, "nsubj");
            // "“The only people watching ...,” Centinello said": the parser may give the cue a second subject from
            // inside the quotation; the speaker is the one nearest the cue
            source = subjects.stream().filter(x -> !s.graph.getEdge(verb, x).getRelation().toString()
                    .equals("nsubj:pass")).max(Comparator.comparingInt(x -> x.index() < verb.index() ? x.index()
                    : -x.index())).orElse(null);
            // "He spoke to reporters, saying the toll would rise": the speaker is the subject of the clause
            // the participle hangs on
            String rel = s.relationToParent(verb);
            if (source == null && "VBG".equals(verb.tag())
                    && (rel.startsWith("advcl") || rel.startsWith("xcomp") || rel.equals("dep"))
                    && s.parent(verb) != null) {
                source = s.children(s.parent(verb), "nsubj").stream().findFirst().orElse(null);
            }
        }
        String clauseRel = s.relationToParent(verb);
        boolean endsClause = clauseRel.equals("root") || clauseRel.startsWith("parataxis")
                || clauseRel.startsWith("ccomp") || clauseRel.startsWith("conj");
        if ((source == null || !isPlausibleSource(source)) && endsClause) {
            // parsers often misattach "..., South Korean politician Lee told reporters": take the name before the cue
            IndexedWord before = nameBefore(s, verb);
            if (before != null) {
                TreeSet<Integer> content = new TreeSet<>();
                int stop = s.subtree(before, "acl", "appos", "punct", "conj", "cc", "case").first();
                for (int i = 1; i < stop; i++) {
                    content.add(i);
                }
                IndexedWord top = content.stream().map(s::node).filter(java.util.Objects::nonNull)
                        .min(Comparator.comparingInt(s::depth)).orElse(null);
                return top == null ? null : cue(s, verb,
                        cueEnd(s, verb), before, content, top, registry, offsets, false);
            }
        }
        if (source == null || source.tag() == null || source.tag().equals("WP") || source.tag().equals("WDT")) {
            return null;
        }
        TreeSet<Integer> content;
        IndexedWord contentHead;
        boolean backward = false;
        List<IndexedWord> complements = s.treeChildren(verb, "ccomp", "xcomp").stream()
                .filter(c -> !c.equals(inverted)).toList();
        List<IndexedWord> before = quoteBefore(s, verb);
        String rel = s.relationToParent(verb);
        if (!complements.isEmpty()) {
            contentHead = complements.get(0);
            content = s.subtree(contentHead);
        } else if (!before.isEmpty()) {
            // "''He has an air of calm,'' Mr. Smith said.": the quotation before the cue, hung on it loosely
            contentHead = before.get(0);
            content = new TreeSet<>();
            for (IndexedWord b : before) {
                content.addAll(s.subtree(b));
            }
        } else if (tailSeparator(s, verb, source) > 1) {
            // "The mayor thrilled the crowds with promises, Stovall said." however the parser hung the words before
            content = new TreeSet<>();
            for (int i = 1; i < tailSeparator(s, verb, source); i++) {
                content.add(i);
            }
            contentHead = content.stream().map(s::node).filter(java.util.Objects::nonNull)
                    .min(Comparator.comparingInt(s::depth)).orElse(null);
            if (contentHead == null) {
                return null;
            }
        } else if (inverted != null) {
            return null; // "said Hammond" with nothing said before it
        } else if (passive && !s.treeChildren(verb, "nsubj:pass").isEmpty()) {
            // "The heavy losses ... were reported by the agency": the content is the subject
            contentHead = s.treeChildren(verb, "nsubj:pass").get(0);
            content = s.subtree(contentHead);
            backward = isClaimAnaphor(s, contentHead);
        } else if ((rel.startsWith("parataxis") || rel.startsWith("ccomp") || rel.startsWith("advcl")
                || rel.startsWith("conj")) && s.parent(verb) != null) {
            // "“We will respond,” he said." : the cue hangs off the content
            contentHead = s.parent(verb);
            content = s.subtree(contentHead);
            content.removeAll(s.subtree(verb));
            content.addAll(wordsBefore(s, source, verb)); // a dateline can make the parser split the content
        } else if (!quoteAfter(s, verb).isEmpty()) {
            // "He said: “We will not leave.”": the quotation hangs below the cue
            contentHead = quoteAfter(s, verb).get(0);
            content = s.subtree(contentHead);
        } else if (!s.treeChildren(verb, "obj").isEmpty()) {
            contentHead = s.treeChildren(verb, "obj").get(0);
            content = s.subtree(contentHead);
            backward = isClaimAnaphor(s, contentHead);
            if (Set.of("responsibility", "credit").contains(ParsedSentence.lemma(contentHead))) {
                // "The group claimed responsibility for the attack, which killed 18": the group claims the
                // attack; what the relative clause says of it is the outlet's
                for (Integer i : List.copyOf(content)) {
                    IndexedWord w = s.node(i);
                    if (w != null && s.relationToParent(w).startsWith("acl:relcl")) {
                        content.removeAll(s.subtree(w));
                    }
                }
            }
        } else {
            return null;
        }
        if (content.isEmpty()) {
            return null;
        }
        return cue(s, verb, cueEnd(s, verb), source, content, contentHead, registry,
                offsets, backward);
    }

    /**
     * "The governor rejected the plan, saying it would raise taxes": the parser sometimes takes the participle
     * for the marker of the clause it introduces; that clause is the content, and the speaker is the subject of
     * the clause the whole hangs on.
     */
    private Cue participleAsMarker(ParsedSentence s, IndexedWord verb, PartyRegistry registry, TextOffsets offsets) {
        IndexedWord contentHead = s.parent(verb);
        IndexedWord main = s.parent(contentHead);
        if (main == null || !s.relationToParent(contentHead).startsWith("advcl")) {
            return null;
        }
        IndexedWord source = s.children(main, "nsubj").stream().findFirst().orElse(null);
        if (source == null || !isPlausibleSource(source)) {
            return null;
        }
        TreeSet<Integer> content = s.subtree(contentHead);
        content.removeIf(i -> i <= verb.index());
        return cue(s, verb, cueEnd(s, verb), source, content, contentHead, registry, offsets, false);
    }

    /**
     * For a cue that closes its sentence (", the governor said." / ", according to Reuters."): every word
     * before it, so that a misparse (a dateline "PAVLOHRAD, Ukraine —" taken for the root) loses nothing.
     */
    private static TreeSet<Integer> wordsBefore(ParsedSentence s, IndexedWord source, IndexedWord cue) {
        TreeSet<Integer> out = new TreeSet<>();
        int first = Math.min(s.subtree(source, "acl", "appos", "punct").first(), cue.index());
        boolean closes = first > 1 && s.token(first - 1).word().equals(",");
        if (closes) {
            for (int i = 1; i < first; i++) {
                out.add(i);
            }
        }
        return out;
    }

    private static final Set<String> CLOSING_QUOTES = Set.of("''", "”", "\"", "’");

    /**
     * Clauses before the cue that end in a closing quotation mark ("“We will win,” he said"), which the
     * parser hung below the cue as loose dependents (dep, parataxis) rather than as its complement.
     */
    private static List<IndexedWord> quoteBefore(ParsedSentence s, IndexedWord verb) {
        boolean closed = false;
        for (int i = verb.index() - 1; i >= Math.max(1, verb.index() - 6) && !closed; i--) {
            closed = CLOSING_QUOTES.contains(s.token(i).word());
        }
        if (!closed) {
            return List.of();
        }
        return s.treeChildren(verb, "dep", "parataxis").stream().filter(c -> c.index() < verb.index()).toList();
    }

    /**
     * For a speaker and cue that close the sentence after a comma or a closing quotation mark ("..., Sexton
     * said." / "“...,” said Hammond." / "“...?” he asked."): the index of the first of those separating marks;
     * otherwise -1.
     */
    private static int tailSeparator(ParsedSentence s, IndexedWord verb, IndexedWord source) {
        int start = verb.index();
        if (source != null && source.index() < verb.index()) {
            start = Math.min(start, s.subtree(source, "acl", "appos", "punct", "conj", "cc", "case").first());
        }
        for (int i = start; i < verb.index(); i++) {
            String w = s.token(i).word();
            if (!Character.isLetterOrDigit(w.charAt(0)) && !w.equals("’")) {
                return -1; // the speaker phrase itself must be words ("Mr. Smith", "the 63-year-old senator")
            }
        }
        int i = start - 1;
        while (i >= 1 && (s.token(i).word().equals(",") || CLOSING_QUOTES.contains(s.token(i).word())
                || s.token(i).word().equals("?") || s.token(i).word().equals("!"))) {
            i--;
        }
        boolean separated = i < start - 1 && (s.token(start - 1).word().equals(",")
                || CLOSING_QUOTES.contains(s.token(start - 1).word()));
        return separated ? i + 1 : -1;
    }

    /**
     * The speaker named right after the cue ("said Jane Doe", "said Hammond", "said the senator") when the
     * quotation comes first: a noun phrase that starts right after the cue and is not the cue's subject.
     */
    private static IndexedWord invertedSpeaker(ParsedSentence s, IndexedWord verb) {
        if (verb.index() < 3 || !CLOSING_QUOTES.contains(s.token(verb.index() - 1).word())
                && !(s.token(verb.index() - 1).word().equals(",")
                && CLOSING_QUOTES.contains(s.token(verb.index() - 2).word()))) {
            return null;
        }
        for (IndexedWord c : s.treeChildren(verb, "xcomp", "obj", "dep", "iobj", "nsubj", "obl:tmod")) {
            String tag = c.tag() == null ? "" : c.tag();
            if (c.index() > verb.index() && (tag.startsWith("NN") || tag.startsWith("PRP"))
                    && s.subtree(c).first() == verb.index() + 1) {
                return c;
            }
        }
        return null;
    }

    /** Clauses after the cue, set off by a colon or quotation marks, that the parser hung below it. */
    private static List<IndexedWord> quoteAfter(ParsedSentence s, IndexedWord verb) {
        return s.treeChildren(verb, "parataxis", "dep", "list").stream()
                .filter(c -> c.index() > verb.index())
                .filter(c -> {
                    String between = s.token(verb.index() + 1).word();
                    return between.equals(":") || between.equals(",") || between.startsWith("“")
                            || between.equals("``") || between.equals("\"");
                })
                .toList();
    }

    private static int cueEnd(ParsedSentence s, IndexedWord verb) {
        int end = s.token(verb.index()).endPosition();
        if (ParsedSentence.lemma(verb).equals("tell") && verb.index() < s.tokens.size()
                && s.token(verb.index() + 1).tag() != null && s.token(verb.index() + 1).tag().startsWith("NN")) {
            end = s.token(verb.index() + 1).endPosition(); // "told reporters"
        }
        return end;
    }

    private static final Set<String> SOURCE_NER = Set.of("PERSON", "ORGANIZATION", "COUNTRY", "CITY",
            "STATE_OR_PROVINCE", "NATIONALITY", "LOCATION", "TITLE");

    /** Words that parse as subjects but never speak ("they know nothing about drones, Lee told reporters"). */
    private static final Set<String> NOT_SPEAKERS = Set.of("nothing", "something", "everything", "anything",
            "none", "this", "that", "which", "what", "there");

    /** Could this word name someone who speaks? (A name, a pronoun, or a noun such as "officials".) */
    private boolean isPlausibleSource(IndexedWord w) {
        String tag = w.tag() == null ? "" : w.tag();
        return !NOT_SPEAKERS.contains(ParsedSentence.lemma(w))
                && (SOURCE_NER.contains(w.ner()) || tag.startsWith("NN") || tag.startsWith("PRP"))
                && !lexicons.claimAnaphors().contains(ParsedSentence.lemma(w));
    }

    /** The head of a name just before {@code verb} ("..., politician Lee-Seong-kweun told reporters"). */
    private IndexedWord nameBefore(ParsedSentence s, IndexedWord verb) {
        for (int i = verb.index() - 1; i >= Math.max(1, verb.index() - 4); i--) {
            CoreLabel t = s.token(i);
            if (t.word().equals(",")) {
                return null;
            }
            IndexedWord w = s.node(i);
            if (w != null && ("PERSON".equals(t.ner()) || "ORGANIZATION".equals(t.ner()))) {
                return w;
            }
        }
        return null;
    }

    private static final Set<String> BACK_DETERMINERS = Set.of("the", "this", "that", "these", "those", "such");

    /**
     * "the figures", "these reports", "such claims" (lexicon/claim-anaphors.tsv with a definite or demonstrative
     * determiner): a noun that points back to what was said before, for attribution and for later doubt alike.
     */
    static boolean isClaimAnaphor(ParsedSentence s, IndexedWord noun) {
        return Lexicons.get().claimAnaphors().contains(ParsedSentence.lemma(noun))
                && s.treeChildren(noun, "det").stream().map(ParsedSentence::lemma).anyMatch(BACK_DETERMINERS::contains);
    }

    private Cue cue(ParsedSentence s, IndexedWord cueWord, int cueEnd, IndexedWord source, TreeSet<Integer> content,
                    IndexedWord contentHead, PartyRegistry registry, TextOffsets offsets, boolean backward) {
        if (content.isEmpty() || contentHead == null) {
            return null; // a cue with nothing attributed to it ("according to him." alone) says nothing
        }
        int cueBegin = s.token(cueWord.index()).beginPosition();
        int[] sourceRange = s.charRange(s.subtree(source, "acl", "appos", "punct", "conj", "cc", "dep", "parataxis",
                "advcl", "nmod:tmod", "case"));
        int[] range = sourceRange;
        // "Jeb Bush, who announced ...": enhanced++ makes the antecedent the speaker; the text names it "who"
        if (s.relationToParent(cueWord).startsWith("acl:relcl") && source.equals(s.parent(cueWord))) {
            List<IndexedWord> pronouns = s.children(source, "ref");
            if (!pronouns.isEmpty()) {
                range = s.charRange(List.of(pronouns.get(0).index()));
            }
        }
        PartyRegistry.Party party = resolve(s, source, offsets.text(sourceRange[0], sourceRange[1]), registry);
        registry.add(party);
        return new Cue(cueWord.index(), cueBegin, cueEnd, offsets.text(cueBegin, cueEnd), party, range[0], range[1],
                offsets.text(range[0], range[1]), content, contentHead, backward);
    }

    /** "put the number of dead at 12", "placed the death toll at 40": the object is a toll. */
    private boolean hasTollObject(ParsedSentence s, IndexedWord verb) {
        return s.treeChildren(verb, "obj").stream()
                .anyMatch(o -> lexicons.claimAnaphors().contains(ParsedSentence.lemma(o)));
    }

    /**
     * "a military spokesman told AFP that ...": the outlet told is the relay between the source and the outlet
     * that prints it; the same content, a cue of its own after the source's.
     */
    private Cue outletTold(ParsedSentence s, IndexedWord verb, Cue source, PartyRegistry registry, TextOffsets offsets) {
        if (!"speech".equals(lexicons.cues().value(ParsedSentence.lemma(verb), 1))) {
            return null;
        }
        for (IndexedWord told : s.treeChildren(verb, "obj", "iobj")) {
            if (source.content().contains(told.index())) {
                continue;
            }
            int[] r = s.charRange(s.subtree(told, "acl", "appos", "punct", "conj", "cc"));
            String name = offsets.text(r[0], r[1]).replaceFirst("^(?i)the ", "");
            String[] words = PartyRegistry.normal(name).split("\\s+");
            boolean outlet = lexicons.outlets().contains(PartyRegistry.normal(name))
                    || isProper(told) && lexicons.outletWords().contains(words[words.length - 1]);
            if (!outlet) {
                continue;
            }
            PartyRegistry.Party party = registry.byName(name);
            if (party == null) {
                party = new PartyRegistry.Party(name, PartyKind.OUTLET, ParsedSentence.lemma(told), Set.of());
            }
            registry.add(party);
            return new Cue(verb.index(), source.cueBegin(), source.cueEnd(), source.cueText(), party, r[0], r[1],
                    offsets.text(r[0], r[1]), source.content(), source.contentHead(), false, true);
        }
        return null;
    }

    /** The source named in a headline's tail ("... - JFO HQ"), as a cue without a token of its own. */
    Cue headlineCue(HeadlineSources.Tail tail, PartyRegistry registry) {
        PartyRegistry.Party party = registry.byName(tail.source());
        if (party == null) {
            String[] words = tail.source().split("\\s+");
            String head = words[words.length - 1].toLowerCase(Locale.ROOT);
            // the head noun's kind ("officials", "ministry"), singular or plural; a name is an organisation
            String byHead = lexicons.partyKinds().value(head, 1);
            if (byHead == null) {
                byHead = lexicons.partyKinds().value(head.replaceFirst("(?<=[a-z])s$", ""), 1);
            }
            PartyKind kind = lexicons.outlets().contains(PartyRegistry.normal(tail.source())) ? PartyKind.OUTLET
                    : byHead != null ? PartyKind.valueOf(byHead.toUpperCase(Locale.ROOT)) : PartyKind.ORGANIZATION;
            party = new PartyRegistry.Party(tail.source().replaceFirst("^(?i)the ", ""), kind, head, Set.of());
        }
        registry.add(party);
        return new Cue(-1, tail.separatorBegin(), tail.separatorEnd(), tail.separator(), party, tail.sourceBegin(),
                tail.sourceEnd(), tail.source(), new TreeSet<>(), null, false);
    }

    /** Who a source mention names: a pronoun or description resolves to a party named before. */
    PartyRegistry.Party resolve(ParsedSentence s, IndexedWord head, String mention, PartyRegistry registry) {
        String word = head.word().toLowerCase(Locale.ROOT);
        String headLemma = ParsedSentence.lemma(head);
        String refersTo = lexicons.pronouns().value(word, 1);
        if (refersTo != null && head.tag() != null && head.tag().startsWith("PRP")) {
            PartyRegistry.Party person = refersTo.equals("person") ? registry.lastPerson() : null;
            return person != null ? person : new PartyRegistry.Party(mention, kindOfPronoun(refersTo), word, Set.of());
        }
        boolean described = !isProper(head)
                && s.children(head, "det").stream().map(ParsedSentence::lemma).anyMatch(d -> d.equals("the"))
                && s.children(head, "compound", "amod", "nmod:poss").isEmpty();
        if (described) {
            PartyRegistry.Party earlier = registry.lastWithHead(headLemma);
            if (earlier != null) {
                return earlier;
            }
        }
        String name = nameOf(s, head, mention).replaceFirst("^(?i)(the|a|an) ", "");
        PartyRegistry.Party known = registry.byName(name);
        if (known != null) {
            return known;
        }
        Set<String> aliases = new HashSet<>();
        for (IndexedWord appos : s.treeChildren(head, "appos")) {
            aliases.add(appos.word()); // "(GUR)", "(NIS)"
        }
        if (!name.equals(mention)) {
            aliases.add(mention);
        }
        return new PartyRegistry.Party(name, kindOf(s, head, name), headLemma, Set.copyOf(aliases));
    }

    /** A person's or organisation's name inside the mention ("Ukrainian President Volodymyr Zelensky"). */
    private String nameOf(ParsedSentence s, IndexedWord head, String mention) {
        String ner = head.ner();
        if ("PERSON".equals(ner) || "ORGANIZATION".equals(ner)) {
            int first = head.index();
            int last = head.index();
            while (first > 1 && ner.equals(s.token(first - 1).ner())) {
                first--;
            }
            while (last < s.tokens.size() && ner.equals(s.token(last + 1).ner())) {
                last++;
            }
            StringBuilder b = new StringBuilder();
            for (int i = first; i <= last; i++) {
                if (i > first) {
                    b.append(s.token(i - 1).after());
                }
                b.append(s.token(i).originalText());
            }
            return b.toString();
        }
        return mention;
    }

    private static boolean isProper(IndexedWord w) {
        return w.tag() != null && w.tag().startsWith("NNP");
    }

    private PartyKind kindOf(ParsedSentence s, IndexedWord head, String name) {
        String lower = PartyRegistry.normal(name);
        String[] words = lower.split("\\s+");
        if (lexicons.outlets().contains(lower) || (isProper(head)
                && lexicons.outletWords().contains(words[words.length - 1]))) {
            return PartyKind.OUTLET;
        }
        String ner = head.ner() == null ? "O" : head.ner();
        if (ner.equals("PERSON")) {
            return PartyKind.PERSON;
        }
        String byHead = lexicons.partyKinds().value(ParsedSentence.lemma(head), 1);
        if (byHead != null) {
            return PartyKind.valueOf(byHead.toUpperCase(Locale.ROOT));
        }
        if (Set.of("COUNTRY", "STATE_OR_PROVINCE", "CITY", "LOCATION", "NATIONALITY").contains(ner)) {
            return PartyKind.GOVERNMENT;
        }
        return ner.equals("ORGANIZATION") ? PartyKind.ORGANIZATION : PartyKind.UNKNOWN;
    }

    private static PartyKind kindOfPronoun(String refersTo) {
        return switch (refersTo) {
            case "person" -> PartyKind.PERSON;
            case "organization" -> PartyKind.ORGANIZATION;
            default -> PartyKind.UNKNOWN;
        };
    }
}
