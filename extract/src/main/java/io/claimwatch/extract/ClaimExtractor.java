package io.claimwatch.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import io.claimwatch.model.Article;
import io.claimwatch.model.Attribution;
import io.claimwatch.model.Claim;
import io.claimwatch.model.Event;
import io.claimwatch.model.EventType;
import io.claimwatch.model.Evidence;
import io.claimwatch.model.PartyKind;
import io.claimwatch.model.Place;
import io.claimwatch.model.Qualifier;
import io.claimwatch.model.Quantity;
import io.claimwatch.model.Span;
import io.claimwatch.model.Status;
import io.claimwatch.model.TimeSpan;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The per-article pipeline: blank the page furniture, split, gate, parse the gated sentences, run the stages
 * (events and figures, attribution, status, place) on each, then SUTime on the sentences that hold a claim, and
 * assemble claims with evidence spans and times.
 */
final class ClaimExtractor implements Extractor {
    /** How many sentences back "The heavy losses ... were reported by X" reaches for unattributed figures. */
    private static final int BACKWARD_REACH = 3;
    private static final Set<String> PLACE_NER = Set.of("COUNTRY", "STATE_OR_PROVINCE", "CITY", "LOCATION");

    private final boolean gated;
    private final NlpPipelines nlp = NlpPipelines.get();
    private final PageNoise noise = PageNoise.load();
    private final HeadlineSources headlines = HeadlineSources.load();
    private final SentenceGate gate = new SentenceGate();
    private final EventFinder events = new EventFinder();
    private final AttributionFinder attributions = new AttributionFinder();
    private final StatusDetector status = new StatusDetector();
    private final TimeResolver times = new TimeResolver();
    private final TimeCues timeCues = new TimeCues();

    ClaimExtractor(boolean gated) {
        this.gated = gated;
    }

    @Override
    public List<Claim> extract(Article article) {
        List<Claim> text = extractText(article);
        if (!HeadlineCheck.titleNeedsReading(article.title(), article.text())) {
            return withoutSupersededVague(text);
        }
        // a headline is text too ("Four shot outside a bar" may be the only place a page gives the figure):
        // read on its own, its claims come first and point into the title
        Article headline = new Article(article.id(), article.title(), null, article.published(), article.outlet(),
                article.url());
        List<Claim> out = new ArrayList<>();
        for (Claim c : extractText(headline)) {
            if (addsToText(c, text)) {
                out.add(c.inTitle(id(article.id() + "\u0000title", c.span(), c.event().type())));
            }
        }
        out.addAll(text);
        return withoutSupersededVague(out);
    }

    /**
     * A headline's claim is kept where the text does not say it as well or better: not when the text gives the
     * same figure for the same event, nor when the headline is vague ("Dozens killed in car bomb attack") and
     * the text gives an exact figure, nor a headline event without a figure that the text reports too.
     */
    private static boolean addsToText(Claim headline, List<Claim> text) {
        EventType type = headline.event().type();
        List<Claim> same = text.stream().filter(c -> c.event().type() == type).toList();
        Quantity q = headline.quantity();
        if (q == null) {
            return type == EventType.STATEMENT || same.isEmpty();
        }
        boolean repeated = same.stream().anyMatch(c -> c.quantity() != null && c.quantity().value() == q.value());
        boolean vague = q.qualifier() == Qualifier.VAGUE;
        boolean textExact = same.stream().anyMatch(c -> c.quantity() != null && c.quantity().qualifier() != Qualifier.VAGUE);
        return !repeated && !(vague && textExact);
    }

    /**
     * A vague count ("Dozens of people have been killed") is no figure of its own where the article gives the
     * same event type an exact one ("at least 58 people were killed"): a vague toll told before the exact one is
     * the same toll, less checkable. The event is still told there, so the claim stays, without the figure. The
     * count is kept where the two are placed apart (dozens in Aleppo, five in Idlib).
     */
    static List<Claim> withoutSupersededVague(List<Claim> claims) {
        return claims.stream().map(c -> isVague(c) && claims.stream().anyMatch(exact -> supersedes(exact, c))
                ? withoutFigure(c) : c).toList();
    }

    private static Claim withoutFigure(Claim c) {
        return new Claim(c.id(), c.article(), c.text(), c.span(), c.event(), null, c.subject(), c.actor(), c.place(),
                c.time(), c.attribution(), c.status(), c.hedges(), c.in());
    }

    private static boolean isVague(Claim c) {
        return c.quantity() != null && c.quantity().qualifier() == Qualifier.VAGUE;
    }

    private static boolean supersedes(Claim exact, Claim vague) {
        return exact.quantity() != null && !isVague(exact) && exact.event().type() == vague.event().type()
                && exact.status() != Status.DENIED && !placedApart(exact.place(), vague.place());
    }

    private static boolean placedApart(Place a, Place b) {
        return a != null && b != null && a.name() != null && b.name() != null && !a.name().equals(b.name());
    }

    private List<Claim> extractText(Article article) {
        if (article.text().isBlank()) {
            return List.of();
        }
        // page furniture is blanked, not cut: offsets into the text stay those of the article
        String prose = noise.mask(article.text(), article.title());
        List<HeadlineSources.Tail> tails = headlines.find(prose);
        Annotation doc = nlp.split(HeadlineSources.mask(prose, tails));
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreMap> chosen = sentences.stream()
                .filter(s -> gated ? gate.mayHoldClaim(s.get(CoreAnnotations.TokensAnnotation.class))
                        : s.get(CoreAnnotations.TokensAnnotation.class).size() <= NlpPipelines.MAX_PARSED_TOKENS)
                .toList();
        nlp.parse(doc, chosen, article.published());

        ArticleState state = new ArticleState(article, new TextOffsets(article.text()), tails);
        for (int i = 0; i < sentences.size(); i++) {
            ParsedSentence s = new ParsedSentence(i, sentences.get(i));
            int before = state.claims.size();
            if (s.graph != null) { // only the chosen sentences were parsed
                extractSentence(s, state);
            }
            if (state.claims.size() == before) {
                continueQuotation(s, state); // parsed or not: the gate must not change what a quotation says
            }
        }
        partitionShotAcrossSentences(state.claims);
        // SUTime is the costliest stage after the parser, and only a claim reads a sentence's times
        nlp.annotateTimes(doc, state.claims.stream().map(d -> d.sentence).filter(s -> s.graph != null).distinct()
                .map(s -> s.sentence).toList(), article.published());
        return state.claims.stream().filter(d -> d.mention == null || d.mention.quantity() == null
                || d.mention.quantity().value() > 0).map(d -> d.toClaim(state)).toList();
    }

    /** What one article accumulates as its sentences are read in order. */
    private static final class ArticleState {
        final Article article;
        final TextOffsets offsets;
        final PartyRegistry parties = new PartyRegistry();
        final List<Draft> claims = new ArrayList<>();
        final List<HeadlineSources.Tail> tails;
        /** By sentence index: the article context its places are geocoded in (the same for all its claims). */
        final java.util.Map<Integer, Gazetteer.Context> placeContexts = new java.util.HashMap<>();

        ArticleState(Article article, TextOffsets offsets, List<HeadlineSources.Tail> tails) {
            this.article = article;
            this.offsets = offsets;
            this.tails = tails;
        }

        HeadlineSources.Tail tailOf(ParsedSentence s) {
            return tails.stream().filter(t -> t.covers(s.begin())).findFirst().orElse(null);
        }
    }

    private void extractSentence(ParsedSentence s, ArticleState state) {
        registerPersons(s, state.parties);
        List<EventFinder.EventMention> mentions = partitionShot(s, events.find(s, state.offsets));
        List<AttributionFinder.Cue> cues = attributions.find(s, state.parties, state.offsets);
        List<Draft> sentenceDrafts = new ArrayList<>();
        for (EventFinder.EventMention m : mentions) {
            List<AttributionFinder.Cue> chain = cues.stream().filter(c -> c.content().contains(m.trigger().index()))
                    .toList();
            StatusDetector.Verdict verdict = status.decide(s, m.trigger(), !chain.isEmpty());
            TreeSet<Integer> words = clauseOf(s, m.trigger());
            int[] range = s.charRange(words);
            int begin = range[0];
            int end = range[1];
            if (m.quantity() != null) {
                begin = Math.min(begin, m.quantity().span().start());
                end = Math.max(end, m.quantity().span().end());
            }
            Draft d = new Draft(s, EventType.STATEMENT == m.type() ? null : m, m.type(), begin, end, chain, verdict);
            sentenceDrafts.add(d);
        }
        // a cue whose content holds no event word still attributes a statement
        for (AttributionFinder.Cue cue : cues) {
            if (cue.relay()) {
                continue; // its source's cue makes the statement; the relay joins that chain below
            }
            boolean inner = cues.stream().noneMatch(o -> o != cue && !o.relay() && cue.content().contains(o.cueToken()));
            // "Kim is reportedly planning an inspection of a force which could be dispatched": the event
            // claim covers the relative clause only; what the source says is a statement of its own
            boolean covered = mentions.stream()
                    .anyMatch(m -> clauseOf(s, m.trigger()).contains(cue.contentHead().index()));
            if (!inner || covered || cue.backward()) {
                continue;
            }
            List<AttributionFinder.Cue> chain = new ArrayList<>();
            chain.add(cue);
            cues.stream().filter(o -> o.relay() && o.cueToken() == cue.cueToken()).forEach(chain::add);
            cues.stream().filter(o -> o != cue && !o.relay() && o.content().contains(cue.cueToken())).forEach(chain::add);
            int[] range = s.charRange(cue.content());
            StatusDetector.Verdict verdict = status.decide(s, cue.contentHead(), true);
            sentenceDrafts.add(new Draft(s, null, EventType.STATEMENT, range[0], range[1], chain, verdict));
        }
        // "One soldier killed, two wounded - JFO HQ": the headline's tail names the source of what it says
        HeadlineSources.Tail tail = state.tailOf(s);
        if (tail != null) {
            AttributionFinder.Cue cue = attributions.headlineCue(tail, state.parties);
            for (Draft d : sentenceDrafts) {
                if (d.mention != null && d.chain.isEmpty()) {
                    d.chain = List.of(cue);
                    if (d.verdict.status() == Status.ASSERTED) {
                        d.verdict = new StatusDetector.Verdict(Status.REPORTED, List.of());
                    }
                }
            }
        }
        // "The figure could not be independently verified": doubt cast on this sentence's claims and the last's
        StatusDetector.Verdict doubt = status.aboutEarlier(s);
        if (doubt != null) {
            CoreLabel cue = s.token(doubt.hedges().get(0).index());
            // "17 people had died, but the service declined to confirm that figure": the figure of its own
            // sentence; a sentence without one speaks of the sentence before
            List<Draft> earlier = sentenceDrafts.stream().filter(d -> d.mention != null && d.mention.quantity() != null
                    && d.mention.quantity().span().start() < cue.beginPosition()).collect(java.util.stream.Collectors.toList());
            if (earlier.isEmpty()) {
                state.claims.stream().filter(d -> d.sentence.index == s.index - 1).forEach(earlier::add);
            }
            for (Draft d : earlier) {
                if (d.mention != null && (d.verdict.status() == Status.ASSERTED || d.verdict.status() == Status.REPORTED)) {
                    d.verdict = new StatusDetector.Verdict(doubt.status(), List.of());
                    d.doubt = new int[] {cue.beginPosition(), cue.endPosition()};
                }
            }
        }
        // "The heavy losses ... were reported by NIS ..., The Telegraph reported." names the source of the
        // figures of the sentences before it
        if (cues.stream().anyMatch(AttributionFinder.Cue::backward)) {
            for (int i = state.claims.size() - 1; i >= 0; i--) {
                Draft earlier = state.claims.get(i);
                if (!earlier.chain.isEmpty() || s.index - earlier.sentence.index > BACKWARD_REACH) {
                    break;
                }
                earlier.chain = cues;
                if (earlier.verdict.status() == Status.ASSERTED) {
                    earlier.verdict = new StatusDetector.Verdict(Status.REPORTED, List.of());
                }
            }
        }
        state.claims.addAll(sentenceDrafts);
    }

    /**
     * "“We will rebuild,” she said. “Every school will reopen.”": a sentence that opens with a quotation mark
     * and names no speaker goes on with the quotation of the sentence just before it.
     */
    private void continueQuotation(ParsedSentence s, ArticleState state) {
        if (s.tokens.isEmpty() || !OPENING_QUOTES.contains(s.tokens.get(0).word()) || state.claims.isEmpty()) {
            return;
        }
        Draft before = state.claims.get(state.claims.size() - 1);
        String previous = before.sentence.sentence.get(CoreAnnotations.TextAnnotation.class);
        if (before.sentence.index != s.index - 1 || before.chain.isEmpty() || previous == null
                || previous.chars().noneMatch(c -> c == '“' || c == '"')) {
            return;
        }
        List<AttributionFinder.Cue> speaker = List.of(before.chain.get(before.chain.size() - 1));
        state.claims.add(new Draft(s, null, EventType.STATEMENT, s.begin(), s.end(), speaker,
                new StatusDetector.Verdict(Status.REPORTED, List.of())));
    }

    private static final Set<String> OPENING_QUOTES = Set.of("``", "“", "\"", "‘");

    /**
     * "Two people were shot, one fatally": a figure for everyone shot includes the killed of the same
     * sentence, who are taken out so that killed and injured do not overlap.
     */
    private static List<EventFinder.EventMention> partitionShot(ParsedSentence s,
                                                                List<EventFinder.EventMention> mentions) {
        long killed = mentions.stream()
                .filter(m -> m.type() == EventType.KILLED && m.quantity() != null
                        && m.quantity().qualifier() == Qualifier.EXACT)
                .mapToLong(m -> m.quantity().value()).max().orElse(0);
        List<EventFinder.EventMention> out = new ArrayList<>();
        for (EventFinder.EventMention m : mentions) {
            if (!m.inclusive() || m.quantity() == null || killed == 0 || isOtherGroup(s, m)) {
                out.add(m);
                continue;
            }
            Quantity q = m.quantity();
            long rest = q.value() - killed;
            if (rest > 0 && q.qualifier() == Qualifier.EXACT) {
                out.add(new EventFinder.EventMention(m.trigger(), m.triggerEnd(), m.key(), m.type(), false,
                        new Quantity(q.text(), rest, Qualifier.EXACT, rest, rest, q.span()), m.subject(), m.actor()));
            }
            // otherwise every person shot was killed: the killed claim says it all
        }
        return out;
    }

    /**
     * "Four people were shot Sunday. Two died at the hospital." / "The boy was shot in the chest" in an article
     * that reports his death: a figure of people shot (or with gunshot wounds) counts everyone hit, so the
     * article's killed are among them, unless that figure is of "others"; the rest are the injured. (Within
     * one sentence partitionShot did it.) A figure no larger than the killed is all killed and is dropped.
     */
    private static void partitionShotAcrossSentences(List<Draft> drafts) {
        long killed = 0;
        for (Draft d : drafts) {
            if (d.type == EventType.KILLED && d.mention != null && d.mention.quantity() != null
                    && d.mention.quantity().qualifier() == Qualifier.EXACT) {
                killed = Math.max(killed, d.mention.quantity().value());
            }
        }
        if (killed == 0) {
            return;
        }
        for (Draft shot : drafts) {
            if (shot.mention == null || !shot.mention.inclusive() || shot.mention.quantity() == null
                    || shot.mention.quantity().qualifier() != Qualifier.EXACT) {
                continue;
            }
            if (isOtherGroup(shot)) {
                continue; // "Two others were shot": not the ones killed
            }
            Quantity q = shot.mention.quantity();
            long rest = Math.max(0, q.value() - killed);
            shot.mention = new EventFinder.EventMention(shot.mention.trigger(), shot.mention.triggerEnd(),
                    shot.mention.key(), shot.type, false,
                    new Quantity(q.text(), rest, Qualifier.EXACT, rest, rest, q.span()), shot.mention.subject(),
                    shot.mention.actor());
        }
    }

    private static boolean isOtherGroup(Draft d) {
        return isOtherGroup(d.sentence, d.mention);
    }

    /** "Two others were shot", "another man was shot", "his mother was also shot": not the ones killed. */
    private static boolean isOtherGroup(ParsedSentence s, EventFinder.EventMention m) {
        return s.children(m.trigger(), "advmod").stream().anyMatch(a -> ParsedSentence.lemma(a).equals("also"))
                || m.subject().stream().map(i -> s.token(i).word().toLowerCase(java.util.Locale.ROOT))
                .anyMatch(w -> w.equals("others") || w.equals("other") || w.equals("another"))
                || m.quantity().text().toLowerCase(java.util.Locale.ROOT).startsWith("another");
    }

    /** The words of the event's own clause: its subtree without coordinated or loosely attached clauses. */
    private static TreeSet<Integer> clauseOf(ParsedSentence s, IndexedWord trigger) {
        return s.subtree(trigger, "conj", "parataxis", "cc", "punct", "advcl", "ccomp", "discourse", "list");
    }

    private static void registerPersons(ParsedSentence s, PartyRegistry parties) {
        List<CoreMap> mentions = s.sentence.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions == null) {
            return;
        }
        for (CoreMap m : mentions) {
            String text = m.get(CoreAnnotations.TextAnnotation.class);
            if ("PERSON".equals(m.get(CoreAnnotations.NamedEntityTagAnnotation.class)) && text.contains(" ")
                    && parties.byName(text) == null) {
                String[] words = text.split("\\s+");
                parties.add(new PartyRegistry.Party(text, PartyKind.PERSON,
                        words[words.length - 1].toLowerCase(java.util.Locale.ROOT), Set.of(words[words.length - 1])));
            }
        }
    }

    /** A claim being built; its chain can still be filled by a later sentence. */
    private final class Draft {
        final ParsedSentence sentence;
        EventFinder.EventMention mention;
        final EventType type;
        final int begin;
        final int end;
        List<AttributionFinder.Cue> chain;
        StatusDetector.Verdict verdict;
        /** The word of a later sentence that casts doubt on this claim ("could not be verified"), or null. */
        int[] doubt;

        Draft(ParsedSentence sentence, EventFinder.EventMention mention, EventType type, int begin, int end,
              List<AttributionFinder.Cue> chain, StatusDetector.Verdict verdict) {
            this.sentence = sentence;
            this.mention = mention;
            this.type = type;
            this.begin = begin;
            this.end = end;
            this.chain = chain;
            this.verdict = verdict;
        }

        Claim toClaim(ArticleState state) {
            TextOffsets o = state.offsets;
            ParsedSentence s = sentence;
            Evidence trigger = null;
            Quantity quantity = null;
            Evidence subject = null;
            Evidence actor = null;
            int anchor = begin;
            if (mention != null) {
                CoreLabel first = s.token(mention.trigger().index());
                CoreLabel last = s.token(Math.max(mention.trigger().index(), mention.triggerEnd()));
                trigger = o.evidence(first.beginPosition(), last.endPosition());
                anchor = first.beginPosition();
                Quantity q = mention.quantity();
                if (q != null) {
                    quantity = new Quantity(q.text(), q.value(), q.qualifier(), q.low(), q.high(),
                            o.span(q.span().start(), q.span().end()));
                }
                subject = evidence(s, mention.subject(), o);
                actor = evidence(s, mention.actor(), o);
            }
            List<Attribution> attribution = chain.stream().map(c -> new Attribution(c.party().name(),
                    c.party().kind(), c.mention(), o.span(c.mentionBegin(), c.mentionEnd()), c.cueText(),
                    o.span(c.cueBegin(), c.cueEnd()))).toList();
            List<Evidence> hedges = new ArrayList<>(verdict.hedges().stream().map(w -> {
                CoreLabel t = s.token(w.index());
                return o.evidence(t.beginPosition(), t.endPosition());
            }).toList());
            if (doubt != null) {
                hedges.add(o.evidence(doubt[0], doubt[1]));
            }
            Span span = o.span(begin, end);
            List<int[]> taken = new ArrayList<>();
            chain.forEach(c -> taken.add(new int[] {c.mentionBegin(), c.mentionEnd()}));
            if (mention != null && !mention.actor().isEmpty()) {
                taken.add(s.charRange(mention.actor()));
            }
            List<int[]> cueTimes = new ArrayList<>();
            chain.forEach(c -> cueTimes.add(new int[] {c.cueBegin(), c.cueEnd() + 16}));
            return new Claim(id(state.article.id(), span, type), state.article.ref(), o.text(begin, end), span,
                    new Event(type, trigger), quantity, subject, actor, place(s, anchor, end, taken, state),
                    time(s, anchor, begin, end, cueTimes, state), attribution, verdict.status(), hedges);
        }
    }

    private static Evidence evidence(ParsedSentence s, TreeSet<Integer> words, TextOffsets o) {
        if (words == null || words.isEmpty()) {
            return null;
        }
        int[] r = s.charRange(words);
        return o.evidence(r[0], r[1]);
    }

    /**
     * The place named nearest the event word in its sentence, preferring one after it ("killed ... in Kursk")
     * and inside the claim; never a place that is the actor or a source ("North Korea deployed ... to Russia"),
     * nor one that only says where a person is from ("a Virginia man", "Russia's ambassador"). Geocoded in the context of the sentence's other places and the outlet ("Paris" ... "Texas").
     */
    private static Place place(ParsedSentence s, int anchor, int claimEnd, List<int[]> taken, ArticleState state) {
        TextOffsets o = state.offsets;
        CoreMap best = null;
        int bestDistance = Integer.MAX_VALUE;
        List<String> toponyms = new ArrayList<>();
        for (CoreMap m : mentions(s)) {
            if (!PLACE_NER.contains(m.get(CoreAnnotations.NamedEntityTagAnnotation.class))) {
                continue;
            }
            toponyms.add(m.get(CoreAnnotations.TextAnnotation.class));
            int begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            if (taken.stream().anyMatch(r -> r[0] <= begin && begin < r[1]) || isModifier(s, m)) {
                continue;
            }
            int distance = begin >= anchor ? begin - anchor : 2 * (anchor - begin);
            if (begin >= claimEnd) {
                distance += 1000;
            }
            if (distance < bestDistance) {
                best = m;
                bestDistance = distance;
            }
        }
        if (best == null) {
            return null;
        }
        int begin = best.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = best.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        String text = o.text(begin, end);
        Span span = o.span(begin, end);
        Gazetteer gazetteer = Gazetteer.load();
        // the places of every claim sentence of the article, this one's first: "Glasgow" and "Edmonton" meet in
        // Kentucky; the same for every claim of the sentence, so built once per sentence
        Gazetteer.Context context = state.placeContexts.computeIfAbsent(s.index, i -> {
            for (ParsedSentence other : state.claims.stream().map(d -> d.sentence).distinct().toList()) {
                if (other != s) {
                    mentions(other).stream().filter(m -> PLACE_NER.contains(m.get(CoreAnnotations.NamedEntityTagAnnotation.class)))
                            .forEach(m -> toponyms.add(m.get(CoreAnnotations.TextAnnotation.class)));
                }
            }
            Article a = state.article;
            return gazetteer.context(toponyms, a.url() != null ? a.url() : a.outlet());
        });
        return gazetteer.resolve(text, span, context).orElse(Place.unresolved(text, span));
    }

    /** Nouns a place name in front of says where someone is from (lexicon/place-residents.tsv). */
    private static final Lexicon RESIDENTS = Lexicon.load("place-residents");

    /** A place name that modifies a person ("a Virginia man", "Russia's ambassador") names no place of the event. */
    private static boolean isModifier(ParsedSentence s, CoreMap mention) {
        List<CoreLabel> words = mention.get(CoreAnnotations.TokensAnnotation.class);
        if (words == null || words.isEmpty() || s.graph == null) {
            return false;
        }
        IndexedWord head = s.node(words.get(words.size() - 1).index());
        if (head == null) {
            return false;
        }
        String relation = s.relationToParent(head);
        if (!relation.equals("compound") && !relation.equals("amod") && !relation.startsWith("nmod:poss")) {
            return false;
        }
        IndexedWord parent = s.parent(head);
        return parent != null && RESIDENTS.contains(parent.word());
    }

    /**
     * The date named nearest the event word, preferring one inside the claim; a date on a reporting verb
     * ("revealed Thursday") dates the report, "now" dates nothing, and "This Week" in capitals is a title. A
     * date after publication is kept only when the sentence looks ahead ("would be traveling ... Thursday").
     */
    private TimeSpan time(ParsedSentence s, int anchor, int claimBegin, int claimEnd, List<int[]> cueTimes,
                          ArticleState state) {
        List<CoreMap> timexes = s.sentence.get(TimeAnnotations.TimexAnnotations.class);
        CoreMap best = null;
        String bestValue = null;
        int bestDistance = Integer.MAX_VALUE;
        for (CoreMap m : timexes == null ? List.<CoreMap>of() : timexes) {
            Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
            String value = timex == null ? null : timex.value() != null ? timex.value() : timex.altVal();
            boolean calendar = timex != null && ("DATE".equals(timex.timexType()) || "TIME".equals(timex.timexType()));
            if (!calendar || value == null || value.equals("PRESENT_REF")) {
                continue;
            }
            int begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            if (cueTimes.stream().anyMatch(r -> r[0] <= begin && begin < r[1])
                    || TimeCues.isTitle(m.get(CoreAnnotations.TextAnnotation.class), firstToken(s, begin) == 0)) {
                continue;
            }
            int distance = Math.abs(begin - anchor) + (begin >= claimBegin && begin < claimEnd ? 0 : 1000);
            if (distance < bestDistance) {
                best = m;
                bestValue = value;
                bestDistance = distance;
            }
        }
        if (best == null) {
            return null;
        }
        int begin = best.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = best.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        String text = state.offsets.text(begin, end);
        String preceding = state.article.text().substring(Math.max(0, s.begin() - 400), s.begin());
        TimeResolver.Reading reading = reading(s, state, begin, end, preceding);
        TimeResolver.Days days = times.resolve(bestValue, text, state.article.published(), reading);
        CoreMap day = dayOfTimeOfDay(best, timexes);
        if (day != null) {
            // "at about 10:35 a.m. (0735 GMT) Friday": SUTime puts a bare time of day on the publication date;
            // the day named beside it says which day
            int dayBegin = day.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int dayEnd = day.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            TimeResolver.Days named = times.resolve(day.get(TimeAnnotations.TimexAnnotation.class).value(),
                    state.offsets.text(dayBegin, dayEnd), state.article.published(),
                    reading(s, state, dayBegin, dayEnd, preceding));
            days = named != null ? named : days;
        }
        if (days != null && state.article.published() != null && days.start().isAfter(state.article.published())
                && !reading.future()) {
            return null; // "its fourth year": not when a reported event happened
        }
        return new TimeSpan(text, days == null ? null : days.start(), days == null ? null : days.end(),
                state.offsets.span(begin, end));
    }

    /** What the sentence says about the time expression at [begin, end): its cues and the text right after it. */
    private TimeResolver.Reading reading(ParsedSentence s, ArticleState state, int begin, int end, String preceding) {
        String following = state.article.text().substring(end, Math.min(end + 12, state.article.text().length()));
        return timeCues.read(s.tokens, firstToken(s, begin), following, preceding);
    }

    /** How many characters may stand between a time of day and the day named beside it ("10:35 a.m. (0735 GMT) Friday"). */
    static final int TIME_OF_DAY_REACH = 20;

    /** The DATE expression right beside a time of day ({@code time} of type TIME), or null. */
    private static CoreMap dayOfTimeOfDay(CoreMap time, List<CoreMap> timexes) {
        Timex t = time.get(TimeAnnotations.TimexAnnotation.class);
        if (t == null || !"TIME".equals(t.timexType())) {
            return null;
        }
        int begin = time.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = time.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        for (CoreMap m : timexes) {
            Timex d = m.get(TimeAnnotations.TimexAnnotation.class);
            if (m == time || d == null || !"DATE".equals(d.timexType()) || d.value() == null) {
                continue;
            }
            int b = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int e = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (b >= end && b - end <= TIME_OF_DAY_REACH || e <= begin && begin - e <= TIME_OF_DAY_REACH) {
                return m;
            }
        }
        return null;
    }

    /** The index of the first token of {@code s} that starts at or after {@code charBegin}. */
    private static int firstToken(ParsedSentence s, int charBegin) {
        for (int i = 0; i < s.tokens.size(); i++) {
            if (s.tokens.get(i).beginPosition() >= charBegin) {
                return i;
            }
        }
        return s.tokens.size();
    }

    private static List<CoreMap> mentions(ParsedSentence s) {
        List<CoreMap> m = s.sentence.get(CoreAnnotations.MentionsAnnotation.class);
        return m == null ? List.of() : m;
    }

    /** sha1 of the article id, the claim's span and its event type: stable across runs and machines. */
    static String id(String articleId, Span span, EventType type) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            String key = articleId + "\u0000" + span.start() + ":" + span.end() + "\u0000" + type.id();
            return HexFormat.of().formatHex(sha1.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
