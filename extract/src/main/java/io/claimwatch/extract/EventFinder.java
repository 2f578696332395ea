package io.claimwatch.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import io.claimwatch.model.EventType;
import io.claimwatch.model.Qualifier;
import io.claimwatch.model.Quantity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Finds event words (lexicon/event-triggers.tsv) in a parsed sentence and the figure, the people affected
 * and the actor attached to each (patterns/event-count, event-patient and actor .semgrex).
 */
final class EventFinder {
    /** One event word with what attaches to it. */
    record EventMention(IndexedWord trigger, int triggerEnd, String key, EventType type, boolean inclusive,
                        Quantity quantity, TreeSet<Integer> subject, TreeSet<Integer> actor) {
    }

    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "his", "her", "their", "its", "my",
            "our", "your");
    /** "He was shot", "shot himself in the leg": one person each. */
    private static final Set<String> SINGULAR_PRONOUNS = Set.of("he", "she", "him", "her", "himself", "herself");
    /** Words that negate the event word they modify ("was not injured", "no injuries", "never shot"). */
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    /** Subjects that say nobody was affected ("None of them were hurt", "Nobody was killed"). */
    private static final Set<String> NOBODY = Set.of("nobody", "none", "noone", "neither");
    /** "No fewer than 20 were wounded", "no more than three": a bound on the figure, not a negation. */
    private static final Set<String> COMPARATIVES = Set.of("fewer", "less", "more", "greater");
    /** "was not seriously injured" negates the degree, not the event. */
    private static final Set<String> DEGREES = Set.of("seriously", "critically", "badly", "severely", "gravely",
            "fatally", "mortally", "life-threateningly");
    private static final Set<String> INDEFINITE_ONE = Set.of("a", "an", "one", "another");

    private final Lexicons lexicons = Lexicons.get();
    private final SemgrexRules countRules = SemgrexRules.load("event-count");
    private final SemgrexRules patientRules = SemgrexRules.load("event-patient");
    private final SemgrexRules actorRules = SemgrexRules.load("actor");
    private final QuantityReader quantities = new QuantityReader();
    /** Phrase triggers ("lose life"), split once: they are tried on every word of every parsed sentence. */
    private final List<String[]> triggerPhrases = lexicons.triggers().phrases();

    List<EventMention> find(ParsedSentence s, TextOffsets offsets) {
        Map<IndexedWord, EventType> triggers = new LinkedHashMap<>();
        Map<IndexedWord, String> keys = new LinkedHashMap<>();
        Map<IndexedWord, IndexedWord> phraseEnds = new LinkedHashMap<>();
        for (IndexedWord w : s.graph.vertexListSorted()) {
            String key = triggerKey(s, w, phraseEnds);
            if (key != null) {
                triggers.put(w, EventType.of(lexicons.triggers().value(key, 1)));
                keys.put(w, key);
            }
        }
        // "taken prisoner": "prisoner" belongs to the phrase, it is not an event of its own
        phraseEnds.values().forEach(end -> {
            triggers.remove(end);
            keys.remove(end);
        });
        // "was fatally struck by gunfire": an injury word with a killing adverb is a killing
        for (IndexedWord w : List.copyOf(triggers.keySet())) {
            if (triggers.get(w) == EventType.INJURED) {
                for (IndexedWord adverb : s.children(w, "advmod")) {
                    // an adverb ("fatally"), not "Two dead twenty injured" misparsed as an adverb
                    if (triggers.get(adverb) == EventType.KILLED && !adverb.equals(w) && adverb.tag() != null
                            && adverb.tag().startsWith("RB")) {
                        triggers.put(w, EventType.KILLED);
                        keys.put(w, keys.get(adverb));
                        triggers.remove(adverb);
                        keys.remove(adverb);
                    }
                }
            }
        }
        // "No one was hurt", "were not injured", "no injuries were reported": nothing happened to count
        triggers.keySet().removeIf(w -> isNegated(s, w) || isHypothetical(s, w));
        keys.keySet().retainAll(triggers.keySet());
        // "was shot and killed": the killing says it all; the shooting is not a second, injured group, and what
        // the parser hung on the shooting alone ("shot and killed 2 civilians": obj of "shot") is the killing's
        Map<IndexedWord, IndexedWord> proxies = new LinkedHashMap<>();
        for (IndexedWord w : List.copyOf(triggers.keySet())) {
            if (isInclusive(keys, w)) {
                s.children(w, "conj").stream().filter(c -> triggers.get(c) == EventType.KILLED).findFirst()
                        .ifPresent(killing -> proxies.put(w, killing));
            }
        }
        triggers.keySet().removeAll(proxies.keySet());
        if (triggers.isEmpty()) {
            return List.of();
        }
        Map<IndexedWord, List<Quantity>> counts = new LinkedHashMap<>();
        Map<IndexedWord, List<IndexedWord>> heads = new LinkedHashMap<>();
        List<IndexedWord> order = SemgrexRules.findOrder(s.graph);
        Predicate<IndexedWord> isEvent = w -> triggers.containsKey(w) || proxies.containsKey(w);
        for (SemgrexRules.Rule rule : countRules.rules()) {
            SemgrexRules.Matches m = rule.matches(s.graph, order, isEvent);
            while (m.find()) {
                IndexedWord matched = m.getNode("trigger");
                IndexedWord trigger = proxies.getOrDefault(matched, matched);
                IndexedWord count = m.getNode("count");
                if (!triggers.containsKey(trigger) || count.equals(matched) || count.equals(trigger)) {
                    continue;
                }
                IndexedWord head = m.getNode("head");
                IndexedWord argument = head != null ? head : count;
                if (isActorPosition(s, keys, matched, argument) || countsForAnother(s, count, matched, triggers)) {
                    continue;
                }
                Quantity q = quantities.read(s, count.index(), offsets);
                if (q == null || belongsToNextEvent(s, q, trigger, triggers)) {
                    continue;
                }
                List<Quantity> list = counts.computeIfAbsent(trigger, k -> new ArrayList<>());
                if (list.stream().noneMatch(x -> x.span().overlaps(q.span()))) {
                    list.add(q);
                    heads.computeIfAbsent(trigger, k -> new ArrayList<>()).add(head != null ? head : count);
                }
            }
        }
        tollFigures(s, triggers, counts, heads, offsets);
        figuresBeforeEventWords(s, triggers, counts, heads, offsets);
        dropFiguresSharedWithInjuries(s, triggers, counts, heads);
        Map<IndexedWord, List<IndexedWord>> persons = singlePersons(s, keys, triggers, counts, proxies);
        // "destroyed 60 terrorists" is a killing, "destroyed 11 hospitals" is none
        triggers.keySet().removeIf(t -> hasFlag(keys, t, "persons")
                && !countsPeople(heads.getOrDefault(t, List.of()), persons.getOrDefault(t, List.of())));
        keepTheKilledOutOfOtherGroups(triggers, counts, heads, persons);

        List<EventMention> out = new ArrayList<>();
        for (Map.Entry<IndexedWord, EventType> e : triggers.entrySet()) {
            IndexedWord trigger = e.getKey();
            List<Quantity> qs = counts.getOrDefault(trigger, List.of());
            List<IndexedWord> ps = persons.getOrDefault(trigger, List.of());
            Quantity quantity = combine(trigger, qs, ps, s, offsets);
            TreeSet<Integer> subject = new TreeSet<>();
            IndexedWord subjectHead = !heads.getOrDefault(trigger, List.of()).isEmpty()
                    ? heads.get(trigger).get(0) : ps.isEmpty() ? null : ps.get(0);
            if (subjectHead != null) {
                subject = nounPhrase(s, subjectHead, quantity);
            }
            IndexedWord end = phraseEnds.getOrDefault(trigger, trigger);
            out.add(new EventMention(trigger, end.index(), keys.get(trigger), e.getValue(), isInclusive(keys, trigger), quantity,
                    subject, actor(s, keys, trigger, quantity)));
        }
        return out;
    }

    /** Words that may stand between a figure and the event word it counts: "two more wounded", "12 others hurt". */
    private static final Set<String> FIGURE_FILLERS = Set.of("more", "others", "other", "people", "persons");

    static final int NOUN_PHRASE_WORDS = 4;
    private static final Set<String> AUXILIARIES = Set.of("was", "were", "is", "are", "been", "have", "has", "had");

    private static boolean isNominal(CoreLabel t) {
        return t.tag() != null && t.tag().matches("NN.*|JJ.*") && !QuantityReader.isNumber(t);
    }

    /** The index of the first word after the figure, stepping over "more", "others"... */
    private static int afterFigure(ParsedSentence s, Quantity q) {
        int i = tokenEndingAt(s, q.span().end()) + 1;
        while (i <= s.tokens.size() && FIGURE_FILLERS.contains(ParsedSentence.lower(s.token(i)))) {
            i++;
        }
        return i;
    }

    private static int tokenEndingAt(ParsedSentence s, int end) {
        for (int i = 1; i <= s.tokens.size(); i++) {
            if (s.token(i).endPosition() >= end) {
                return i;
            }
        }
        return s.tokens.size();
    }

    /**
     * "Nine persons killed 12 injured", "One civilian killed, 11 wounded", "At least 48 people dead over 100
     * injured": a figure right before an event word of another type counts that event (headlines drop the
     * verbs that would tell the parser so).
     */
    private static boolean belongsToNextEvent(ParsedSentence s, Quantity q, IndexedWord trigger,
                                              Map<IndexedWord, EventType> triggers) {
        int first = tokenEndingAt(s, q.span().start() + 1);
        int before = first - 1;
        if (q.span().start() <= s.token(trigger.index()).beginPosition()) {
            // "Daesh kidnapped 900 executed 18": a figure right after an active verb of another event is its
            IndexedWord verb = before >= 1 ? s.node(before) : null;
            if (verb != null && isActiveVerb(s, verb) && isOtherEvent(verb, trigger, triggers)) {
                return !isTheParticiplesFigure(s, verb, q, triggers);
            }
            // "25 civilians killed 80 injured": the figure and its noun stand before the nearer event word
            int i = tokenEndingAt(s, q.span().end()) + 1;
            int words = 0;
            while (i < trigger.index() && words < NOUN_PHRASE_WORDS && (isNominal(s.token(i))
                    || FIGURE_FILLERS.contains(ParsedSentence.lower(s.token(i))))) {
                i++;
                words++;
            }
            return i < trigger.index() && isOtherEvent(s.node(i), trigger, triggers);
        }
        int next = afterFigure(s, q);
        if (isActiveVerb(s, trigger) && before == trigger.index()) {
            // "kills 12 wounds 50": the figure right after an active verb is its object
            return isTheParticiplesFigure(s, trigger, q, triggers);
        }
        // "14 people were killed 25 were wounded" (a page that strips commas): the parser makes 25 the object of
        // the passive "killed"; the figure is the subject of the next event word, over its auxiliary
        while (next <= s.tokens.size() && AUXILIARIES.contains(ParsedSentence.lower(s.token(next)))) {
            next++;
        }
        if (next <= s.tokens.size() && next != trigger.index() && isOtherEvent(s.node(next), trigger, triggers)) {
            return true;
        }
        // "Terrorist attack on Damascus kill 5 injure 50": the figure right after another event word is its
        return before >= 1 && before != trigger.index() && isOtherEvent(s.node(before), trigger, triggers);
    }

    /**
     * "Five killed four injured", "Civilian killed 3 injured", "A child killed 7 people injured": a past form
     * followed by a figure (and its filler noun) and a participle of another event with no figure after it: the
     * figure is the participle's, not the object of the past form ("kidnapped 900 executed 18" keeps its 900).
     */
    private static boolean isTheParticiplesFigure(ParsedSentence s, IndexedWord verb, Quantity q,
                                                  Map<IndexedWord, EventType> triggers) {
        int next = afterFigure(s, q);
        return "VBD".equals(verb.tag()) && next <= s.tokens.size() && isOtherEvent(s.node(next), verb, triggers)
                && s.token(next).tag() != null && s.token(next).tag().matches("VBN|VBD|JJ")
                && (next == s.tokens.size() || !QuantityReader.isNumber(s.token(next + 1)));
    }

    /** A verb in the active present or past ("kills", "kill", "kidnapped 900"), not a participle ("Nine killed"). */
    private static boolean isActiveVerb(ParsedSentence s, IndexedWord w) {
        return w.tag() != null && (w.tag().matches("VBZ|VBP|VB") || w.tag().equals("VBD") && !isBareParticiple(s, w));
    }

    private static boolean isOtherEvent(IndexedWord w, IndexedWord trigger, Map<IndexedWord, EventType> triggers) {
        return w != null && triggers.containsKey(w) && triggers.get(w) != triggers.get(trigger);
    }

    /** How many words after the toll its verb may come ("The death toll from ... on Pavlohrad rose to 15"). */
    static final int TOLL_REACH = 15;

    /**
     * "The death toll from Saturday's Russian drone strike on Pavlohrad rose to 15": where the parser loses the
     * toll's verb, the figure after a verb of lexicon/toll-verbs.tsv (and "to" or "at") in the same clause.
     */
    private void tollFigures(ParsedSentence s, Map<IndexedWord, EventType> triggers,
                             Map<IndexedWord, List<Quantity>> counts, Map<IndexedWord, List<IndexedWord>> heads,
                             TextOffsets offsets) {
        for (IndexedWord toll : triggers.keySet()) {
            if (!ParsedSentence.lemma(toll).equals("toll") || counts.containsKey(toll)) {
                continue;
            }
            for (int i = toll.index() + 1; i <= Math.min(s.tokens.size(), toll.index() + TOLL_REACH); i++) {
                CoreLabel t = s.token(i);
                if (t.word().equals(";") || t.word().equals(".")) {
                    break;
                }
                String lemma = t.lemma() == null ? ParsedSentence.lower(t) : t.lemma().toLowerCase(java.util.Locale.ROOT);
                if (!lexicons.tollVerbs().contains(lemma) || t.tag() == null || !t.tag().startsWith("VB")) {
                    continue;
                }
                int at = i + 1;
                if (at <= s.tokens.size() && Set.of("to", "at").contains(ParsedSentence.lower(s.token(at)))) {
                    at++;
                }
                if (readTollFigure(s, toll, at, counts, heads, offsets)) {
                    break;
                }
                // "The toll was expected to rise to 30": a verb with no figure after it passes the toll on
            }
        }
    }

    private boolean readTollFigure(ParsedSentence s, IndexedWord toll, int at, Map<IndexedWord, List<Quantity>> counts,
                                   Map<IndexedWord, List<IndexedWord>> heads, TextOffsets offsets) {
        for (int j = at; j <= Math.min(s.tokens.size(), at + 2); j++) { // "to at least 70"
            Quantity q = QuantityReader.isNumber(s.token(j)) ? quantities.read(s, j, offsets) : null;
            if (q != null) {
                counts.computeIfAbsent(toll, k -> new ArrayList<>()).add(q);
                heads.computeIfAbsent(toll, k -> new ArrayList<>()).add(s.node(j));
                return true;
            }
        }
        return false;
    }

    /** The same headline style, read from the event word's side: "two wounded", "12 injured" with no figure parsed. */
    private void figuresBeforeEventWords(ParsedSentence s, Map<IndexedWord, EventType> triggers,
                                         Map<IndexedWord, List<Quantity>> counts,
                                         Map<IndexedWord, List<IndexedWord>> heads, TextOffsets offsets) {
        for (IndexedWord trigger : triggers.keySet()) {
            if (counts.containsKey(trigger) || trigger.tag() == null) {
                continue;
            }
            // "kill 5 injure 50", "kills 12 wounds 50": a headline's verb and the figure right after it
            if (isActiveVerb(s, trigger) && trigger.index() < s.tokens.size()) {
                Quantity after = quantities.read(s, trigger.index() + 1, offsets);
                int next = after == null ? 0 : afterFigure(s, after);
                if (after != null && !isTaken(counts, after) && !isTheParticiplesFigure(s, trigger, after, triggers)
                        && (next > s.tokens.size() || isOtherEvent(s.node(next), trigger, triggers)
                        || !s.token(next).tag().startsWith("NN"))) {
                    counts.computeIfAbsent(trigger, k -> new ArrayList<>()).add(after);
                    heads.computeIfAbsent(trigger, k -> new ArrayList<>()).add(s.node(trigger.index() + 1));
                    continue;
                }
            }
            // "killing at least seven people both militants and civilians the monitor said", "bombing that has
            // killed at least 32 people a war monitor said": where the parser lost the object of a gerund or of an
            // active perfect (pages that strip commas), the figure right after it, over a modifier
            if (("VBG".equals(trigger.tag()) || isActivePerfect(s, trigger)) && !hasRealObject(s, trigger)) {
                int at = trigger.index() + 1 + quantities.modifierLengthAt(s, trigger.index() + 1);
                Quantity q = at <= s.tokens.size() && QuantityReader.isNumber(s.token(at)) ? quantities.read(s, at, offsets) : null;
                if (q != null && !isTaken(counts, q) && !isSubset(s, q)) {
                    counts.computeIfAbsent(trigger, k -> new ArrayList<>()).add(q);
                    heads.computeIfAbsent(trigger, k -> new ArrayList<>()).add(s.node(at));
                    continue;
                }
            }
            if (!trigger.tag().matches("VBN|VBD|JJ") || hasRealObject(s, trigger)) {
                continue; // "Two gunmen killed a man": the figure before an active verb counts who did it
            }
            // "One DPR serviceman killed", "Two Ukraine soldiers killed": up to four words of the noun phrase
            // (nouns, names, adjectives) stand between the figure and the participle
            int i = trigger.index() - 1;
            while (i >= 1 && AUXILIARIES.contains(ParsedSentence.lower(s.token(i)))) {
                i--; // "one Maoist cadre was killed" when the parser lost the subject
            }
            int words = 0;
            while (i >= 1 && words < NOUN_PHRASE_WORDS && (FIGURE_FILLERS.contains(ParsedSentence.lower(s.token(i)))
                    || isNominal(s.token(i)))) {
                i--;
                words++;
            }
            Quantity q = i < 1 ? null : quantities.read(s, i, offsets);
            if (q == null || isSubset(s, q)) {
                continue; // "At least 72 people including nine children were killed": not the nine
            }
            if (!isTaken(counts, q) && afterFigure(s, q) <= trigger.index()) {
                counts.computeIfAbsent(trigger, k -> new ArrayList<>()).add(q);
                IndexedWord noun = s.node(trigger.index() - 1);
                heads.computeIfAbsent(trigger, k -> new ArrayList<>())
                        .add(noun != null && isNominal(s.token(noun.index())) ? noun : s.node(i));
            }
        }
    }

    /** A figure some event word of the sentence already counts. */
    private static boolean isTaken(Map<IndexedWord, List<Quantity>> counts, Quantity q) {
        return counts.values().stream().flatMap(List::stream).anyMatch(x -> x.span().overlaps(q.span()));
    }

    /**
     * "mines have killed and wounded hundreds of civilians", "19 Killed and Injured in ... Attack": one figure for
     * the killed and the wounded together is no figure of the killed.
     */
    private static void dropFiguresSharedWithInjuries(ParsedSentence s, Map<IndexedWord, EventType> triggers,
                                                      Map<IndexedWord, List<Quantity>> counts,
                                                      Map<IndexedWord, List<IndexedWord>> heads) {
        for (IndexedWord killing : List.copyOf(counts.keySet())) {
            if (triggers.get(killing) != EventType.KILLED) {
                continue;
            }
            for (IndexedWord injury : s.children(killing, "conj")) {
                if (triggers.get(injury) != EventType.INJURED) {
                    continue;
                }
                List<Quantity> own = counts.getOrDefault(injury, List.of());
                boolean sameFigure = !own.isEmpty() && own.stream().allMatch(q -> counts.get(killing).stream()
                        .anyMatch(k -> k.span().overlaps(q.span())));
                boolean figureAfterBoth = own.isEmpty() && counts.get(killing).stream()
                        .allMatch(q -> q.span().start() > s.token(injury.index()).beginPosition());
                if (figureAfterBoth || ((own.isEmpty() || sameFigure) && isPair(s, killing, injury))) {
                    counts.remove(killing);
                    heads.remove(killing);
                    counts.remove(injury);
                    heads.remove(injury);
                    break;
                }
            }
        }
    }

    /** "killed and injured", "killed or wounded": two event words joined with nothing of their own between. */
    private static boolean isPair(ParsedSentence s, IndexedWord first, IndexedWord second) {
        return second.index() == first.index() + 2 && "CC".equals(s.token(first.index() + 1).tag());
    }

    /**
     * "The shooting left one man dead and three others injured": the parser can hang every object of "left" on
     * both predicates; a figure or a person that counts the killed does not also count another event's group.
     */
    private static void keepTheKilledOutOfOtherGroups(Map<IndexedWord, EventType> triggers,
                                                      Map<IndexedWord, List<Quantity>> counts,
                                                      Map<IndexedWord, List<IndexedWord>> heads,
                                                      Map<IndexedWord, List<IndexedWord>> persons) {
        List<Quantity> killedCounts = new ArrayList<>();
        List<IndexedWord> killedPersons = new ArrayList<>();
        triggers.forEach((t, type) -> {
            if (type == EventType.KILLED) {
                killedCounts.addAll(counts.getOrDefault(t, List.of()));
                killedPersons.addAll(persons.getOrDefault(t, List.of()));
            }
        });
        triggers.forEach((t, type) -> {
            if (type == EventType.KILLED) {
                return;
            }
            List<Quantity> qs = counts.get(t);
            if (qs != null) {
                for (int i = qs.size() - 1; i >= 0; i--) {
                    Quantity q = qs.get(i);
                    if (killedCounts.stream().anyMatch(k -> k.span().overlaps(q.span()))) {
                        qs.remove(i);
                        heads.get(t).remove(i);
                    }
                }
            }
            List<IndexedWord> ps = persons.get(t);
            if (ps != null) {
                ps.removeAll(killedPersons);
            }
        });
    }

    /** The lexicon key of an event word at {@code w}: a phrase ("shoot dead", "lose life") or a lemma. */
    private String triggerKey(ParsedSentence s, IndexedWord w, Map<IndexedWord, IndexedWord> phraseEnds) {
        String lemma = ParsedSentence.lemma(w);
        for (String[] phrase : triggerPhrases) {
            if (phrase.length == 2 && phrase[0].equals(lemma)) {
                for (IndexedWord child : s.children(w)) {
                    if (lexicons.triggers().contains(ParsedSentence.lemma(child)) && !s.children(child, "nummod").isEmpty()) {
                        continue; // "8 men shot, 2 dead": an event word with a figure of its own is an event of its own
                    }
                    // "fired at the unit": the preposition hangs on the object, not on the verb
                    if (ParsedSentence.lemma(child).equals(phrase[1]) || s.children(child, "case").stream()
                            .anyMatch(c -> ParsedSentence.lemma(c).equals(phrase[1]))) {
                        phraseEnds.put(w, child);
                        return phrase[0] + " " + phrase[1];
                    }
                }
            }
        }
        if (!lexicons.triggers().contains(lemma) && w.tag() != null && isPredicateAdjective(s, w)) {
            lemma = ParsedSentence.lower(s.token(w.index())); // "are missing": the word, not the lemma "miss"
        }
        if (!lexicons.triggers().contains(lemma) || w.tag() == null) {
            return null;
        }
        String flags = lexicons.triggers().value(lemma, 2);
        if (flags != null && flags.contains("verb") && !w.tag().startsWith("VB")) {
            return null; // "the bomb": a weapon, not an event
        }
        // "dead" and "missing" count as adjectives; other event words as verbs, nouns and adverbs
        return w.tag().matches("VB.*|NN.*|JJ.*|RB.*") ? lemma : null;
    }

    /** "are missing", "remain missing": a participle or adjective with no object of its own. */
    private static boolean isPredicateAdjective(ParsedSentence s, IndexedWord w) {
        return (w.tag().startsWith("JJ") || w.tag().equals("VBG")) && s.children(w, "obj").isEmpty();
    }

    /** A flag of the trigger's lexicon row; {@code keys} holds each event word's key ("lose life"). */
    private boolean hasFlag(Map<IndexedWord, String> keys, IndexedWord trigger, String flag) {
        String flags = lexicons.triggers().value(keys.getOrDefault(trigger, ParsedSentence.lemma(trigger)), 2);
        return flags != null && flags.contains(flag);
    }

    /** Some counted noun is a person word (lexicon/singular-persons.tsv, or "people", "persons"), or a person counts one. */
    private boolean countsPeople(List<IndexedWord> heads, List<IndexedWord> persons) {
        return !persons.isEmpty() || heads.stream().map(ParsedSentence::lemma)
                .anyMatch(l -> PEOPLE.contains(l) || lexicons.singularPersons().contains(l));
    }

    private static final Set<String> PEOPLE = Set.of("people", "persons");

    private boolean isInclusive(Map<IndexedWord, String> keys, IndexedWord trigger) {
        // "a gunshot wound" is suffered by the killed too; "were wounded" says they survived
        return hasFlag(keys, trigger, "inclusive") && !hasFlag(keys, trigger, "inclusive-noun")
                || hasFlag(keys, trigger, "inclusive-noun") && trigger.tag() != null && trigger.tag().startsWith("NN");
    }

    private boolean isIntransitive(Map<IndexedWord, String> keys, IndexedWord trigger) {
        return hasFlag(keys, trigger, "intransitive");
    }

    /** "attempted murder", "tried to kill": an attempt, not the event. */
    private static final Set<String> ATTEMPTS = Set.of("attempt", "attempted", "try");

    /**
     * "was not injured", "no injuries", "No one was hurt", "None of the guards were shot", "attempted murder":
     * the event did not happen.
     */
    private static boolean isNegated(ParsedSentence s, IndexedWord trigger) {
        if (s.children(trigger, "amod", "compound").stream().anyMatch(c -> ATTEMPTS.contains(ParsedSentence.lemma(c)))
                || s.relationToParent(trigger).startsWith("xcomp") && s.parent(trigger) != null
                && ATTEMPTS.contains(ParsedSentence.lemma(s.parent(trigger)))) {
            return true;
        }
        for (IndexedWord c : s.children(trigger, "advmod", "det")) {
            if (isNegation(s, c)) {
                return true;
            }
        }
        for (IndexedWord subject : s.children(trigger, "nsubj", "nsubj:pass")) {
            if (NOBODY.contains(ParsedSentence.lemma(subject))
                    || s.children(subject, "det").stream().anyMatch(d -> isNegation(s, d))) {
                return true;
            }
        }
        return false;
    }

    /** "the threat of air strikes", "threatened to attack": lexicon/hypothetical-heads.tsv governs the event word. */
    private boolean isHypothetical(ParsedSentence s, IndexedWord trigger) {
        IndexedWord parent = s.parent(trigger);
        String how = parent == null ? null : lexicons.hypotheticalHeads().value(ParsedSentence.lemma(parent), 1);
        String rel = s.relationToParent(trigger);
        return "noun".equals(how) && rel.startsWith("nmod") || "verb".equals(how) && rel.startsWith("xcomp");
    }

    /** A negation word, unless it bounds a degree or a figure ("not seriously", "no fewer than 20"). */
    private static boolean isNegation(ParsedSentence s, IndexedWord w) {
        String next = w.index() < s.tokens.size() ? ParsedSentence.lower(s.token(w.index() + 1)) : "";
        return NEGATIONS.contains(ParsedSentence.lemma(w)) && !DEGREES.contains(next) && !COMPARATIVES.contains(next);
    }

    /** "Two were shot, one fatally": "one" is the figure of "fatally", not a second group of the shot. */
    private static boolean countsForAnother(ParsedSentence s, IndexedWord count, IndexedWord trigger,
                                            Map<IndexedWord, EventType> triggers) {
        return s.children(count, "advmod").stream().anyMatch(c -> !c.equals(trigger) && triggers.containsKey(c));
    }

    /** The active subject of a transitive event word is who did it ("Gunmen killed two"), not a victim. */
    private boolean isActorPosition(ParsedSentence s, Map<IndexedWord, String> keys, IndexedWord trigger,
                                    IndexedWord argument) {
        SemanticGraphEdge edge = s.graph.getEdge(trigger, argument);
        if (edge == null) {
            return false;
        }
        String rel = edge.getRelation().toString();
        return rel.startsWith("nsubj") && !rel.equals("nsubj:pass") && trigger.tag() != null && trigger.tag().startsWith("VB")
                && !isIntransitive(keys, trigger) && !hasPassiveAux(s, trigger) && !isBareParticiple(s, trigger);
    }

    /**
     * "Four people shot in ...", "one killed and four others injured": a past participle with a subject but no
     * auxiliary and no object is a passive with the auxiliary left out (headlines, ellipsis): its subject is
     * who was hit.
     */
    private static boolean isBareParticiple(ParsedSentence s, IndexedWord trigger) {
        // in a headline (no final punctuation) the tagger often takes the participle for a past tense
        // "As reported on 1 May 2020, 10 Taliban militants killed ...": so it is too when the subject is counted
        boolean counted = s.children(trigger, "nsubj").stream().anyMatch(n -> !s.children(n, "nummod").isEmpty());
        boolean participle = "VBN".equals(trigger.tag()) || "VBD".equals(trigger.tag()) && (isHeadline(s) || counted);
        return participle && !hasRealObject(s, trigger) && s.children(trigger, "aux", "aux:pass").isEmpty();
    }

    /**
     * An object other than the parser's reading of a headline's next group: "One soldier killed in Donbas, two
     * (more) wounded" hangs "two" or "more" on "killed" as its object.
     */
    /** "has killed", "had wounded": a participle with "have" and no passive auxiliary. */
    private static boolean isActivePerfect(ParsedSentence s, IndexedWord w) {
        return "VBN".equals(w.tag()) && !hasPassiveAux(s, w)
                && s.children(w, "aux").stream().anyMatch(a -> ParsedSentence.lemma(a).equals("have"));
    }

    private static boolean hasRealObject(ParsedSentence s, IndexedWord trigger) {
        return s.children(trigger, "obj").stream().anyMatch(o -> !(("CD".equals(o.tag()) || "more".equals(ParsedSentence.lemma(o)))
                && !s.children(o, "amod", "acl").isEmpty()));
    }

    private static final Set<String> FINAL_MARKS = Set.of(".", "!", "?", "''", "”", "\"", "’", ")");

    /** A sentence without final punctuation: a headline, a caption, a list item. */
    private static boolean isHeadline(ParsedSentence s) {
        return !s.tokens.isEmpty() && !FINAL_MARKS.contains(s.tokens.get(s.tokens.size() - 1).word());
    }

    private static boolean hasPassiveAux(ParsedSentence s, IndexedWord w) {
        return !s.children(w, "aux:pass", "nsubj:pass").isEmpty();
    }

    /** Persons with no figure that count one each: "A man was killed", "The victim died", "John Smith was shot". */
    private Map<IndexedWord, List<IndexedWord>> singlePersons(ParsedSentence s, Map<IndexedWord, String> keys,
                                                              Map<IndexedWord, EventType> triggers,
                                                              Map<IndexedWord, List<Quantity>> counts,
                                                              Map<IndexedWord, IndexedWord> proxies) {
        Map<IndexedWord, List<IndexedWord>> out = new LinkedHashMap<>();
        List<IndexedWord> order = SemgrexRules.findOrder(s.graph);
        Predicate<IndexedWord> isEvent = w -> triggers.containsKey(w) || proxies.containsKey(w);
        for (SemgrexRules.Rule rule : patientRules.rules()) {
            SemgrexRules.Matches m = rule.matches(s.graph, order, isEvent);
            while (m.find()) {
                IndexedWord matched = m.getNode("trigger");
                IndexedWord trigger = proxies.getOrDefault(matched, matched);
                IndexedWord person = m.getNode("person");
                if (!triggers.containsKey(trigger) || isActorPosition(s, keys, matched, person) || !isOnePerson(s, person)) {
                    continue;
                }
                boolean counted = counts.getOrDefault(trigger, List.of()).stream()
                        .anyMatch(q -> q.span().start() <= s.token(person.index()).beginPosition()
                                && s.token(person.index()).beginPosition() <= q.span().end() + 40);
                List<IndexedWord> list = out.computeIfAbsent(trigger, k -> new ArrayList<>());
                // "her son, 16-year-old Cayle Taylor": an apposition names the same person again
                boolean again = list.stream().anyMatch(p2 -> s.graph.containsEdge(p2, person)
                        && s.graph.getEdge(p2, person).getRelation().toString().startsWith("appos")
                        || s.graph.containsEdge(person, p2)
                        && s.graph.getEdge(person, p2).getRelation().toString().startsWith("appos"));
                if (!counted && !again && !list.contains(person)) {
                    list.add(person);
                }
            }
        }
        return out;
    }

    private boolean isOnePerson(ParsedSentence s, IndexedWord w) {
        String tag = w.tag() == null ? "" : w.tag();
        if ("PERSON".equals(w.ner()) && tag.startsWith("NNP")) {
            return true;
        }
        if (tag.equals("PRP") && SINGULAR_PRONOUNS.contains(w.word().toLowerCase(java.util.Locale.ROOT))) {
            return true; // "He was shot in the arm"
        }
        if (isAge(s, w)) {
            return true; // "the 15-year-old was shot", "a 7-year-old is dead"
        }
        if (!(tag.equals("NN") || tag.equals("NNP")) || !lexicons.singularPersons().contains(ParsedSentence.lemma(w))) {
            return false;
        }
        List<String> determiners = s.children(w, "det", "nmod:poss", "nummod").stream()
                .map(d -> d.word().toLowerCase(java.util.Locale.ROOT)).toList();
        if (determiners.isEmpty()) {
            // "a man, woman and boy": a conjunct shares the first one's determiner; "Teen shot in ...": headlines
            // drop it
            IndexedWord first = s.relationToParent(w).startsWith("conj") ? s.parent(w) : null;
            return first == null || isOnePerson(s, first);
        }
        return determiners.stream().anyMatch(d -> INDEFINITE_ONE.contains(d) || DEFINITE.contains(d) || d.equals("1"));
    }

    /** "a 7-year-old", "the 15-year-old" standing for a person: "old" (or "year-old") with a number of years. */
    private static boolean isAge(ParsedSentence s, IndexedWord w) {
        String word = w.word().toLowerCase(java.util.Locale.ROOT);
        if (word.equals("year-old")) {
            return true;
        }
        return word.equals("old") && s.children(w).stream().anyMatch(c -> ParsedSentence.lemma(c).equals("year")
                && !s.children(c, "nummod").isEmpty());
    }

    /** Several figures on one event word are conjoined groups ("two men and three women"): they add up. */
    private Quantity combine(IndexedWord trigger, List<Quantity> qs, List<IndexedWord> persons, ParsedSentence s,
                             TextOffsets offsets) {
        if (qs.isEmpty() && persons.isEmpty()) {
            return null;
        }
        List<Quantity> parts = new ArrayList<>();
        for (Quantity q : qs) {
            // "Six civilians were killed among them 4 children", "17 people were killed two of them ambulance
            // crew": a part of a group already counted is no second group
            if (parts.isEmpty() || !isSubset(s, q)) {
                parts.add(q);
            }
        }
        for (IndexedWord p : persons) {
            TreeSet<Integer> phrase = isAge(s, p) ? s.subtree(p, "acl", "appos", "punct", "det", "mark")
                    : nounPhrase(s, p, null);
            int[] r = s.charRange(phrase);
            parts.add(new Quantity(offsets.text(r[0], r[1]), 1, Qualifier.EXACT, 1L, 1L, new io.claimwatch.model.Span(r[0], r[1])));
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        parts.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        // "two factions of forces ..., killing three civilians": figures on both sides of an active verb are its
        // doer and its victims, not two groups of victims
        int at = s.token(trigger.index()).beginPosition();
        if (trigger.tag() != null && trigger.tag().matches("VBZ|VBP|VB|VBG")) {
            List<Quantity> after = parts.stream().filter(q -> q.span().start() > at).toList();
            if (!after.isEmpty() && after.size() < parts.size()) {
                parts = new ArrayList<>(after);
            }
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        boolean allExact = parts.stream().allMatch(q -> q.qualifier() == Qualifier.EXACT);
        if (!allExact) {
            return parts.get(0);
        }
        long sum = parts.stream().mapToLong(Quantity::value).sum();
        Quantity first = parts.get(0);
        Quantity last = parts.get(parts.size() - 1);
        int begin = first.span().start();
        int end = last.span().end();
        String text = parts.stream().map(Quantity::text).reduce((a, b) -> a + " + " + b).orElse("");
        return new Quantity(text, sum, Qualifier.EXACT, sum, sum, new io.claimwatch.model.Span(begin, end));
    }

    private static final Set<String> SUBSET_BEFORE = Set.of("including", "includes", "included", "among", "them",
            "whom", "incl", "incl.");
    private static final Set<String> SUBSET_AFTER = Set.of("of");

    /** A figure introduced by "including", "among (them)", or followed by "of them / of whom". */
    private static boolean isSubset(ParsedSentence s, Quantity q) {
        int first = tokenEndingAt(s, q.span().start() + 1);
        for (int i = Math.max(1, first - 2); i < first; i++) {
            if (SUBSET_BEFORE.contains(ParsedSentence.lower(s.token(i)))) {
                return true;
            }
        }
        int after = tokenEndingAt(s, q.span().end()) + 1;
        return after + 1 <= s.tokens.size() && SUBSET_AFTER.contains(ParsedSentence.lower(s.token(after)))
                && Set.of("them", "whom", "those", "these").contains(ParsedSentence.lower(s.token(after + 1)));
    }

    /** The words of a noun phrase without its figure, relative clauses or appositions. */
    TreeSet<Integer> nounPhrase(ParsedSentence s, IndexedWord head, Quantity quantity) {
        // "eight of their allies": the people are the "of" phrase
        if (quantity != null && QuantityReader.isNumber(s.token(head.index()))) {
            List<IndexedWord> of = s.treeChildren(head, "nmod");
            if (of.isEmpty()) {
                return new TreeSet<>();
            }
            head = of.get(0);
        }
        TreeSet<Integer> words = s.subtree(head, "acl", "appos", "nummod", "conj", "cc", "punct", "nmod", "dep",
                "parataxis", "advmod", "det", "case");
        if (quantity != null) {
            words.removeIf(i -> s.token(i).beginPosition() < quantity.span().end()
                    && s.token(i).endPosition() > quantity.span().start());
        }
        return words;
    }

    private TreeSet<Integer> actor(ParsedSentence s, Map<IndexedWord, String> keys, IndexedWord trigger,
                                   Quantity quantity) {
        List<IndexedWord> order = SemgrexRules.findOrder(s.graph);
        for (SemgrexRules.Rule rule : actorRules.rules()) {
            SemgrexRules.Matches m = rule.matches(s.graph, order, trigger::equals);
            while (m.find()) {
                if (!m.getNode("trigger").equals(trigger)) {
                    continue;
                }
                IndexedWord actor = m.getNode("actor");
                if (isIntransitive(keys, trigger)) {
                    continue;
                }
                SemanticGraphEdge edge = s.graph.getEdge(trigger, actor);
                String rel = edge == null ? "" : edge.getRelation().toString();
                if (rel.equals("nsubj") && hasPassiveAux(s, trigger)) {
                    continue;
                }
                TreeSet<Integer> words = nounPhrase(s, actor, null);
                if (quantity != null && words.stream().anyMatch(i -> s.token(i).beginPosition() >= quantity.span().start()
                        && s.token(i).endPosition() <= quantity.span().end())) {
                    continue;
                }
                return words;
            }
        }
        return new TreeSet<>();
    }
}
