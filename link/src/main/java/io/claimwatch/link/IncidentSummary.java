package io.claimwatch.link;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.claimwatch.model.Attribution;
import io.claimwatch.model.Claim;
import io.claimwatch.model.EventType;
import io.claimwatch.model.Quantity;
import io.claimwatch.model.TimeSpan;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What an incident's claims add up to: each report's headline figure per event type, the independent primary
 * sources behind them, who relays whom, the figures that contradict each other, and the best/low/high
 * estimate per event type ({@link Estimates}).
 *
 * <p>Per article and event type the largest stated figure among its first {@link #HEADLINE_CLAIMS} figured
 * claims stands for the article, because a report leads with its toll and mentions partial counts ("one died
 * at the scene") and other events further down; when the article's first figure is another source's, it stands
 * too: a report that leads with one toll and gives a rival one ("rose to 15, the emergency service said ... a
 * volunteer group said 17") reports both. Taking every source's figure instead doubled the GVA dev
 * contradictions (47 to 102), nearly all partial counts ("one fatally", "one minor injury"). A count read from a person ("a boy", "he") or a
 * tally over weeks ("this year") is no headline. The figures of a round-up of many events ({@link RoundUp}) are
 * shown but never weighed in a contradiction: its "four killed" may be another shooting of the weekend.
 * Syndicated copies (one report group) count once, as the
 * group's earliest article: two outlets running the same wire story are one report, first published once.
 *
 * <p>Two figures contradict when they count one measure ({@link #measures}: type, party, kind of event word),
 * their bounds cannot both hold, and nothing but a dispute explains them: not one article's own toll beside a
 * quoted one, not reports weeks apart ({@link #isDispute}), not a report published before the day the other
 * figure's event happened ({@link #toldBefore}), not the gunman counted by one and not the other,
 * not everyone shot read as injured ({@link #isExplained}), not a part the sentence tells ({@link #isToldAsAPart}).
 *
 * <p>Sources are named once per incident ({@link SourceNames}); the outlet asserting a figure itself is not
 * an independent primary source, so it is not counted in {@link #corroboration()}.
 */
public record IncidentSummary(@JsonUnwrapped Incident incident, Map<EventType, List<SourceFigure>> figures,
                              @JsonProperty("primary_sources") Set<String> primarySources, List<Edge> relays,
                              List<Contradiction> contradictions, List<Estimate> estimates) {
    static final int HEADLINE_CLAIMS = 3;
    /** How far into an article's figures of one event type a named source's own figure still counts. */
    static final int RIVAL_CLAIMS = 6;
    /** A claim dated to a span longer than this tells a tally ("so far this year"), not the incident. */
    static final int MAX_EVENT_DAYS = 7;
    /** A figure dated further before its report than this is an earlier event ({@link #isBackground}). */
    static final int BACKGROUND_DAYS = 365;
    /** How much of an article's text, from its start, is read as the lede a headline's figure stands for. */
    static final int LEDE_CHARS = 500;
    /** Reports further apart than this are not weighed against each other as a dispute ({@link #isDispute}). */
    static final int MAX_REPORT_GAP_DAYS = 10;
    /** Number words, with the number each states alone (-1 for "dozens", "hundreds"). */
    private static final Map<String, Long> FIGURE_WORDS = Words.lines("figure-words.txt").stream()
            .map(l -> l.split("\\s+")).collect(Collectors.toUnmodifiableMap(f -> f[0],
                    f -> f.length > 1 ? Long.parseLong(f[1]) : -1L));
    /** Subjects that name no particular party: "12 people", "others", "victims" are the incident's whole toll. */
    private static final Set<String> ANY_PARTY = Set.of("", "people", "person", "persons", "victims",
            "victim", "individuals", "more", "dead", "wounded");
    private static final List<String> TALLY_PHRASES = Words.lines("tally-phrases.txt");
    /** Tally words looked for in a claim's own words only ("five previous sealed arrests"). */
    private static final List<String> TALLY_WORDS = Words.lines("tally-words.txt");
    /** Words telling that the one who killed died too ("before killing himself"). */
    private static final List<String> PERPETRATOR_DEATHS = Words.lines("perpetrator-deaths.txt");
    /** "father of 5 killed": the number after "of" counts a family, not the event's dead. */
    private static final String PARENT_WORDS = String.join("|", Words.lines("parent-words.txt"));
    /** Words of a death: others after them are others than the dead ("one died and two others were hurt"). */
    private static final Set<String> DEATH_WORDS = Set.copyOf(Words.lines("death-words.txt"));
    /** Ordinal words and their numbers ("fourth 4"). */
    private static final Map<String, Long> ORDINALS = Words.lines("ordinal-words.txt").stream()
            .map(l -> l.split("\\s+")).collect(Collectors.toUnmodifiableMap(f -> f[0], f -> Long.parseLong(f[1])));
    private static final Set<String> HIT_WORDS = Set.copyOf(Words.lines("hit-words.txt"));
    private static final Pattern DIGIT = Pattern.compile("^\\d");
    /** Words before a number that bound it ("at least", "more than", "nearly"), skipped to find the number. */
    private static final Set<String> QUALIFIER_WORDS = Set.of("at", "least", "most", "more", "than", "about",
            "nearly", "almost", "up", "to", "over", "some", "around", "roughly", "approximately", "as", "many",
            "fewer", "less", "only", "another", "the", "a", "an", "estimated", "total", "of");
    /** "16-year-old", "3-month-old": an age, not a figure. */
    private static final Set<String> AGE_UNITS = Set.of("year", "years", "month", "months", "week", "weeks", "day", "days");

    /** One hop of an attribution graph: {@code from} is relayed by {@code to} (a source to a relay or outlet). */
    public record Edge(String from, String to) {
    }

    public IncidentSummary {
        EnumMap<EventType, List<SourceFigure>> byType = new EnumMap<>(EventType.class);  // a stable order: killed first
        figures.forEach((type, list) -> byType.put(type, List.copyOf(list)));
        figures = Collections.unmodifiableMap(byType);
        primarySources = Collections.unmodifiableSet(new LinkedHashSet<>(primarySources));
        relays = List.copyOf(relays);
        contradictions = List.copyOf(contradictions);
        estimates = List.copyOf(estimates);
    }

    /** The number of independent primary sources: corroboration. */
    @JsonProperty("corroboration")
    public int corroboration() {
        return primarySources.size();
    }

    /**
     * Summarises {@code claims} (those of the incident; others are ignored), reading the syndication groups, texts
     * and titles of the incident's articles from {@code articles}.
     */
    public static IncidentSummary of(Incident incident, List<Claim> claims, ArticleFacts articles) {
        Set<String> members = Set.copyOf(incident.claimIds());
        Map<String, String> texts = new HashMap<>();  // each article's text read once
        Function<String, String> text = id -> texts.computeIfAbsent(id, k -> {
            String t = articles.articleText(k);
            return t == null ? "" : t;
        });
        Map<String, String> sentences = new HashMap<>();  // each claim's sentence worked out once
        Function<Claim, String> sentence = c -> sentences.computeIfAbsent(c.id(),
                k -> sentenceAround(c, text.apply(c.article().id())));
        List<Claim> mine = claims.stream().filter(c -> members.contains(c.id())).toList();
        Map<String, String> claimText = mine.stream().collect(Collectors.groupingBy(c -> c.article().id(),
                Collectors.mapping(Claim::text, Collectors.joining("\n"))));
        SourceNames names = SourceNames.of(mine, id -> {
            String t = text.apply(id);
            return t == null || t.isEmpty() ? claimText.getOrDefault(id, "") : t;
        });
        Map<String, Map<EventType, List<Claim>>> byArticle = mine.stream()
                .filter(c -> c.quantity() != null)
                .sorted(Comparator.comparing((Claim c) -> c.article().published(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(c -> c.article().id()).thenComparingInt(c -> c.span().start()))
                .collect(Collectors.groupingBy(c -> c.article().id(), LinkedHashMap::new,
                        Collectors.groupingBy(c -> c.event().type(), LinkedHashMap::new, Collectors.toList())));

        Map<EventType, List<SourceFigure>> figures = new LinkedHashMap<>();
        Set<String> seenReports = new HashSet<>();
        Map<String, String> primaries = new LinkedHashMap<>();  // by key: the first spelling shown
        Set<Edge> edges = new LinkedHashSet<>();
        Set<String> parts = new HashSet<>();  // claim ids of rival figures that may count a part of the toll
        for (Map.Entry<String, Map<EventType, List<Claim>>> article : byArticle.entrySet()) {
            Map<EventType, List<Claim>> byType = article.getValue();
            boolean roundUp = RoundUp.isRoundUp(articles.articleTitle(article.getKey()));
            for (Map.Entry<EventType, List<Claim>> e : byType.entrySet()) {
                // the stated figures among the article's first RIVAL_CLAIMS of this type, each read once; the
                // lead is those among its first HEADLINE_CLAIMS
                List<SourceFigure> stated = new ArrayList<>();
                List<SourceFigure> lead = new ArrayList<>();
                List<Claim> first = e.getValue().subList(0, Math.min(RIVAL_CLAIMS, e.getValue().size()));
                for (int i = 0; i < first.size(); i++) {
                    Claim c = first.get(i);
                    if (isStated(c, sentence.apply(c)) && !isBackground(c)) {
                        SourceFigure f = figure(c, names, text);
                        stated.add(f);
                        if (i < HEADLINE_CLAIMS) {
                            lead.add(f);
                        }
                    }
                }
                Map<String, SourceFigure> headlines = new LinkedHashMap<>();  // by source: the lead, then the largest
                if (!lead.isEmpty()) {
                    SourceFigure largest = lead.stream().max(Comparator.comparingLong(f -> f.quantity().value())).orElseThrow();
                    headlines.put(SourceNames.key(lead.get(0).source()), lead.get(0));
                    headlines.merge(SourceNames.key(largest.source()), largest, (a, b) -> b);
                    // "A volunteer rescue group ... said 17 people had died": a rival source named a little further
                    // on gives its own figure for the same toll
                    stated.stream().filter(f -> !Estimates.isOutletOwn(f))
                            .forEach(f -> headlines.putIfAbsent(SourceNames.key(f.source()), f));
                    // a rival no larger than the article's own toll is most often a part of it ("one minor injury",
                    // "the shooter killed two people at a fire pit"): shown by source, not weighed as a dispute; so is
                    // a lead quoted from a source when the outlet itself then gives a larger toll ("killing two people
                    // at a fire pit, the grandmother of a witness said. A total of three people were killed")
                    boolean outletsToll = Estimates.isOutletOwn(largest);
                    headlines.values().stream().filter(f -> f != largest
                            && (f != lead.get(0) || outletsToll && !Estimates.isOutletOwn(f))
                            && f.quantity().value() <= largest.quantity().value()).forEach(f -> parts.add(f.claimId()));
                }
                if (roundUp) {
                    // a round-up's "four killed" may be another shooting of the weekend: shown, not weighed
                    headlines.values().forEach(f -> parts.add(f.claimId()));
                }
                for (SourceFigure f : headlines.values()) {
                    String said = Estimates.isOutletOwn(f) ? "" : SourceNames.key(f.source());  // a copy's outlet differs
                    String report = articles.reportGroup(f.articleId()) + '|' + e.getKey() + '|' + said;
                    if (!seenReports.add(report)) {
                        continue;  // a later syndicated copy of a report already counted (articles run oldest first)
                    }
                    figures.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(f);
                    if (!Estimates.isOutletOwn(f)) {
                        primaries.putIfAbsent(SourceNames.key(f.source()), f.source());
                    }
                    for (int i = 0; i + 1 < f.chain().size(); i++) {
                        edges.add(new Edge(f.chain().get(i), f.chain().get(i + 1)));
                    }
                }
            }
        }
        figures.values().forEach(list -> list.sort(Comparator
                .comparing(SourceFigure::published, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(SourceFigure::source)));
        Map<String, String> measures = measures(mine, sentence);
        return new IncidentSummary(incident, figures, new LinkedHashSet<>(primaries.values()), new ArrayList<>(edges),
                contradictions(figures, measures, parts, byActor(mine), killedByArticle(mine, measures), eventDays(mine),
                        id -> PERPETRATOR_DEATHS.stream().anyMatch(text.apply(id).toLowerCase(Locale.ROOT)::contains)),
                Estimates.of(figures));
    }

    /** The figure of a claim outside an incident (a timeline): its sources named as the claim's article writes them. */
    static SourceFigure figure(Claim c) {
        return figure(c, SourceNames.of(List.of(c), id -> c.text()), id -> null);
    }

    private static SourceFigure figure(Claim c, SourceNames names, Function<String, String> textOf) {
        String outlet = c.article().outlet() != null ? c.article().outlet() : "unknown outlet";
        List<String> chain = new ArrayList<>();
        for (Attribution a : c.attribution()) {
            String n = names.name(c, a.source());
            if (n != null && !chain.contains(n) && !SourceNames.key(n).equals(SourceNames.key(outlet))) {
                chain.add(n);  // no pronoun, no repeat, and the outlet only at the end
            }
        }
        chain.add(outlet);
        LocalDate published = c.article().published();
        return new SourceFigure(chain.get(0), c.event().type(), c.quantity(), c.status(), published, outlet, chain,
                c.id(), c.article().id(), c.subject() == null ? null : c.subject().text(), saysEarlier(sentenceOf(c, textOf.apply(c.article().id()))));
    }

    private static final List<String> EARLIER_WORDS = Words.lines("earlier-words.txt");

    /** The claim's sentence up to the claim's end (its own text when the article text is not at hand). */
    static String sentenceOf(Claim c, String articleText) {
        int[] r = sentenceToClaimEnd(c, articleText);
        return r == null ? c.text() : articleText.substring(r[0], r[1]);
    }

    /** [the start of the claim's sentence, the claim's end) in UTF-16 chars, or null without the article text. */
    private static int[] sentenceToClaimEnd(Claim c, String articleText) {
        if (articleText == null || c.inTitle() || articleText.codePointCount(0, articleText.length()) < c.span().end()) {
            return null;
        }
        int start = articleText.offsetByCodePoints(0, c.span().start());
        int end = articleText.offsetByCodePoints(0, c.span().end());
        int from = Math.max(articleText.lastIndexOf(". ", start), articleText.lastIndexOf('\n', start));
        return new int[] {Math.max(0, from + 1), end};
    }

    /**
     * The whole sentence the claim stands in (its own text when the article text is not at hand): a tally's
     * words often follow the figure ("at least 17 others were wounded in separate shootings across the city").
     */
    static String sentenceAround(Claim c, String articleText) {
        if (c.inTitle() && articleText != null) {
            // a headline's figure is its lede's: "2 dead, 7 hurt after shootings" over "four separate shootings
            // that left two men dead"
            return c.text() + "\n" + articleText.substring(0, Math.min(articleText.length(), LEDE_CHARS));
        }
        int[] r = sentenceToClaimEnd(c, articleText);
        if (r == null) {
            return c.text();
        }
        int stop = r[1];
        while (stop < articleText.length() && articleText.charAt(stop) != '\n'
                && !articleText.startsWith(". ", stop)) {
            stop++;
        }
        return articleText.substring(r[0], stop);
    }

    /**
     * A figure dated more than {@link #BACKGROUND_DAYS} days before its report is another, earlier event told for
     * context ("wounding 70 in a movie theater three years ago"). Not the incident's dates: those can come from
     * an "Updated:" line, and a report's crawl date can lie weeks after the event.
     */
    static boolean isBackground(Claim c) {
        TimeSpan t = c.time();
        LocalDate published = c.article().published();
        return published != null && t != null && t.end() != null
                && t.end().isBefore(published.minusDays(BACKGROUND_DAYS));
    }

    /** The claim's own words date its figure before the report ("had earlier put ... at 12"). */
    static boolean saysEarlier(String text) {
        return Words.holdsPhrase(text, EARLIER_WORDS);
    }

    /**
     * A figure a reader can weigh against another: each part of it ("two + two") stated with a number
     * (a digit or a word of figure-words.txt, not an age: "16-year-old"), not a part of a group ("one of the
     * victims", "two more") nor a running total ("brings the total to 106"; "a total of three people" is the
     * incident's own) nor a family ("father of 5": parent-words.txt), and about the incident, not a tally over
     * weeks or over many events (tally-phrases.txt, tally-words.txt).
     */
    static boolean isStated(Claim c) {
        return isStated(c, c.text());
    }

    /** The same, with the tally phrases looked for in the claim's whole {@code sentence} too. */
    static boolean isStated(Claim c, String sentence) {
        Quantity q = c.quantity();
        if (q == null) {
            return false;
        }
        for (String part : q.text().split("\\+")) {
            List<String> words = Words.of(part);
            words.removeIf(QUALIFIER_WORDS::contains);
            if (words.isEmpty() || !isNumber(words.get(0)) || words.size() > 1 && AGE_UNITS.contains(words.get(1))) {
                return false;
            }
        }
        String figure = Pattern.quote(q.text().strip());
        if (Pattern.compile("(?i)^\\s*of\\s+" + figure + "\\b").matcher(c.text()).find()) {
            return false;  // the object of a head the claim lost ("[Father] of 5 killed", "[one] of five hurt")
        }
        if (Pattern.compile("(?i)\\b" + figure + "\\s+(?:of|more|additional|for)\\b|\\ball\\s+" + figure
                        + "|\\btotal\\b[^.]{0,40}?\\bto\\s+" + figure + "|\\b" + figure + "\\s+total\\b")
                .matcher(c.text()).find()
                || Pattern.compile("(?i)\\b(?:" + PARENT_WORDS + ")\\s+of\\s+" + figure + "\\b")
                        .matcher(c.text() + "\n" + sentence).find()) {
            return false;  // a part ("one of the victims", "two more", "one for each"), everyone hit ("all six
                           // victims"), a running total ("total to 106", "11 total arrests"), or a family
                           // ("father of 5 killed": parent-words.txt)
        }
        String words = (c.text() + "\n" + sentence).toLowerCase(Locale.ROOT);
        String own = c.text().toLowerCase(Locale.ROOT);
        if (TALLY_PHRASES.stream().anyMatch(words::contains) || TALLY_WORDS.stream().anyMatch(own::contains)
                || isAboutAnEarlierYear(c)) {
            return false;
        }
        TimeSpan t = c.time();
        return t == null || t.start() == null || t.end() == null
                || ChronoUnit.DAYS.between(t.start(), t.end()) <= MAX_EVENT_DAYS;
    }

    private static final Pattern IN_YEAR = Pattern.compile("(?i)\\b(?:in|since|during|of)\\s+((?:19|20)\\d\\d)\\b");

    /**
     * "more than 500 people died in 2013 from accidental gunshots" in a 2016 report: a figure of an earlier year
     * is background (a national statistic, an earlier attack), not this incident's count.
     */
    private static boolean isAboutAnEarlierYear(Claim c) {
        if (c.article().published() == null) {
            return false;
        }
        Matcher m = IN_YEAR.matcher(c.text());
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) < c.article().published().getYear()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumber(String word) {
        return DIGIT.matcher(word).find() || FIGURE_WORDS.containsKey(word);
    }

    /**
     * Where sources disagree: per event type and party, the one pair of figures from two different sources whose
     * bounds lie furthest apart (the lowest upper bound against the highest lower bound). One line, not every
     * pair: an incident whose sources gave 1, 2, 4 and 5 killed listed 14 pairwise lines, which told a reader no
     * more than its widest pair and the figures by source. A source revising its own figure is an update (the
     * timeline shows it), not a contradiction; a pair of sources is shown once (killed before injured).
     */
    private static List<Contradiction> contradictions(Map<EventType, List<SourceFigure>> figures,
                                                      Map<String, String> measures, Set<String> parts,
                                                      Set<String> byActor, Map<String, Set<Long>> killed,
                                                      Map<String, LocalDate> days, Predicate<String> perpetratorDied) {
        List<Contradiction> found = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        figures.forEach((type, list) -> {
            Map<String, SourceFigure[]> widest = new LinkedHashMap<>();  // by party: the pair furthest apart
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    SourceFigure a = list.get(i);
                    SourceFigure b = list.get(j);
                    String ma = measures.get(a.claimId());
                    if (parts.contains(a.claimId()) || parts.contains(b.claimId())
                            || SourceNames.key(a.source()).equals(SourceNames.key(b.source())) || ma == null
                            || !ma.equals(measures.get(b.claimId())) || !a.quantity().contradicts(b.quantity())
                            || !isDispute(a, b)
                            || toldBefore(a, days.get(b.claimId())) || toldBefore(b, days.get(a.claimId()))
                            || isExplained(type, a, b, byActor, killed, perpetratorDied)) {
                        continue;
                    }
                    SourceFigure[] best = widest.get(ma);
                    if (best == null || gap(a, b) > gap(best[0], best[1])) {
                        widest.put(ma, new SourceFigure[] {a, b});
                    }
                }
            }
            for (SourceFigure[] p : widest.values()) {
                String ka = SourceNames.key(p[0].source());
                String kb = SourceNames.key(p[1].source());
                if (pairs.add(ka.compareTo(kb) < 0 ? ka + '\n' + kb : kb + '\n' + ka)) {
                    found.add(new Contradiction(type, p[0], p[1]));
                }
            }
        });
        return found;
    }

    /** By claim id: the one day a claim dates its event to ("killed Wednesday"), where it dates it to one. */
    private static Map<String, LocalDate> eventDays(List<Claim> claims) {
        Map<String, LocalDate> days = new HashMap<>();
        for (Claim c : claims) {
            TimeSpan t = c.time();
            if (t != null && t.start() != null && t.start().equals(t.end())) {
                days.put(c.id(), t.start());
            }
        }
        return days;
    }

    /**
     * Whether {@code figure}'s report was published more than a day before {@code day}, the day another figure
     * dates its event to: the report cannot count an event that had not happened, so the two figures are of two
     * events the grouping joined (a Sunday story's "five others" and a Wednesday shooting's "two others" in the
     * same neighbourhood) or the later one tells a later death: neither is a dispute.
     */
    static boolean toldBefore(SourceFigure figure, LocalDate day) {
        return day != null && figure.published() != null && day.isAfter(figure.published().plusDays(1));
    }

    /** By article: the killed figures it states, each as written (measured), wherever in the article. */
    private static Map<String, Set<Long>> killedByArticle(List<Claim> claims, Map<String, String> measures) {
        Map<String, Set<Long>> killed = new HashMap<>();
        claims.stream().filter(c -> c.event().type() == EventType.KILLED && measures.containsKey(c.id()))
                .forEach(c -> killed.computeIfAbsent(c.article().id(), k -> new HashSet<>()).add(c.quantity().value()));
        return killed;
    }

    /** Claim ids of killed figures whose claim names who did it ("the gunman killed two people"). */
    private static Set<String> byActor(List<Claim> claims) {
        return claims.stream().filter(c -> c.event().type() == EventType.KILLED && c.actor() != null
                && !c.actor().text().isBlank()).map(Claim::id).collect(Collectors.toSet());
    }

    /**
     * Two figures whose difference one account explains, so that a reader would not take them as a dispute:
     * <ul>
     * <li>killed: one is larger by exactly one, and the other counts the dead of someone who killed them ("the
     *     gunman who killed two people") while it names no one, or either report tells the gunman's own death
     *     (perpetrator-deaths.txt: "before killing himself", "the suspect was shot and killed by"): one counts
     *     him among the dead, the other does not ("3 dead, including the shooter");</li>
     * <li>injured: the smaller one's report gives k killed and the larger one is larger by exactly k while its
     *     own report gives no killed figure: it counts everyone shot ("Police said 10 people were wounded. One
     *     of the victims was killed" against "9 hurt, 1 dead"). A report giving both ("wounded 16 and killed
     *     one" against "one killed, 15 wounded") stays a dispute.</li>
     * </ul>
     */
    static boolean isExplained(EventType type, SourceFigure a, SourceFigure b, Set<String> byActor,
                               Map<String, Set<Long>> killedByArticle, Predicate<String> perpetratorDied) {
        SourceFigure low = Estimates.lower(a) <= Estimates.lower(b) ? a : b;
        SourceFigure high = low == a ? b : a;
        if (low.quantity().high() == null) {
            return false;
        }
        long gap = Estimates.lower(high) - Estimates.upper(low);
        if (type == EventType.KILLED) {
            return gap == 1 && (byActor.contains(low.claimId()) && !byActor.contains(high.claimId())
                    || perpetratorDied.test(low.articleId()) || perpetratorDied.test(high.articleId()));
        }
        if (type == EventType.INJURED) {
            return !killedByArticle.containsKey(high.articleId())
                    && killedByArticle.getOrDefault(low.articleId(), Set.of()).contains(gap);
        }
        return false;
    }

    /**
     * Whether two comparable figures that cannot both hold are sources disagreeing, not one account told twice
     * or two events:
     * <ul>
     * <li>two figures of one article are a dispute only when neither is the outlet's own: an article that
     *     states a toll itself and quotes a smaller or larger one without marking a dispute gives a part ("the
     *     gunman killed three people" beside "at least four are dead, including the gunman"), another event
     *     ("the gunman in last week's shooting wounded nine others") or a count of another kind; two named
     *     sources' tolls in one article ("rose to 15, the emergency service said ... a volunteer group said 17")
     *     stay a dispute;</li>
     * <li>reports published more than {@link #MAX_REPORT_GAP_DAYS} days apart are not weighed against each
     *     other: a report weeks later is a revision (shown by source and in the timeline) or, more often, of
     *     another event the grouping joined ("two others injured" in a shooting two weeks after).</li>
     * </ul>
     */
    static boolean isDispute(SourceFigure a, SourceFigure b) {
        if (a.articleId().equals(b.articleId()) && (Estimates.isOutletOwn(a) || Estimates.isOutletOwn(b))) {
            return false;
        }
        return a.published() == null || b.published() == null
                || Math.abs(ChronoUnit.DAYS.between(a.published(), b.published())) <= MAX_REPORT_GAP_DAYS;
    }

    /**
     * How far apart two figures' bounds lie: the higher one's lower bound less the lower one's upper bound
     * ({@link Estimates#lower}, {@link Estimates#upper}); an open upper bound ("more than 10") reaches any
     * figure above it.
     */
    private static long gap(SourceFigure a, SourceFigure b) {
        return Math.max(above(a, b), above(b, a));
    }

    /**
     * How far {@code high}'s lower bound lies above {@code low}'s upper bound (negative when they meet; the
     * least when {@code low} has no upper bound: {@link Estimates#upper} gives an open figure's stated number,
     * which is right for an estimate's high but not for a gap).
     */
    private static long above(SourceFigure high, SourceFigure low) {
        return low.quantity().high() == null ? Long.MIN_VALUE : Estimates.lower(high) - Estimates.upper(low);
    }

    /**
     * What each stated figure counts, by claim id: event type, party and whether the event word counts all
     * hit (hit-words.txt). A figure split from another ("four shot, one fatally": one killed, three wounded,
     * both on the words "four") is left out: its number is not the one the sentence states.
     */
    private static Map<String, String> measures(List<Claim> claims, Function<Claim, String> sentence) {
        Map<String, Long> spanUses = claims.stream().filter(c -> c.quantity() != null)
                .collect(Collectors.groupingBy(c -> c.article().id() + '@' + c.quantity().span().start(), Collectors.counting()));
        Map<String, String> measures = new LinkedHashMap<>();
        for (Claim c : claims) {
            if (isStated(c, sentence.apply(c)) && isAsWritten(c.quantity()) && !isToldAsAPart(c, sentence.apply(c))
                    && spanUses.get(c.article().id() + '@' + c.quantity().span().start()) == 1) {
                String trigger = c.event().trigger() == null ? "" : c.event().trigger().text().toLowerCase(Locale.ROOT);
                // attacks are counted in events ("two shootings") or in people or things hit ("one was struck"):
                // compared only under the same event word
                measures.put(c.id(), c.event().type().id() + '|' + party(c.subject() == null ? null : c.subject().text())
                        + (HIT_WORDS.contains(trigger) ? "|hit" : "")
                        + (c.event().type() == EventType.ATTACKED ? '|' + trigger : ""));
            }
        }
        return measures;
    }

    /**
     * A figure its sentence tells a part of, or counts beyond, so that it is not the count to weigh in a
     * contradiction (it still counts for the estimates): someone's own ("killed his two step-children": one group
     * of the victims); others after another number and no death (death-words.txt) in their sentence ("one is
     * listed in critical condition and two others were treated": others of the wounded, not of the dead); "three
     * men died at the scene and a fourth one at a hospital" (an ordinal one above the figure follows:
     * ordinal-words.txt), or "six were injured in the shooting and another was injured trying to flee" (one more
     * told under the figure's own event word); "One of five people hurt in a shooting has died" (a number of the
     * figure's whole: the five are no longer all hurt).
     */
    static boolean isToldAsAPart(Claim c, String sentence) {
        String figure = Pattern.quote(c.quantity().text().strip());
        if (Pattern.compile("(?i)\\b(?:his|her|their)\\s+" + figure + "\\b").matcher(c.text() + "\n" + sentence)
                .find()) {
            return true;  // someone's own ("killed his two step-children"): one group of the victims
        }
        Matcher part = Pattern.compile("(?i)(?:^|[^\\p{L}\\p{N}])([\\p{L}\\p{N}]+)\\s+of\\s+" + figure + "\\b")
                .matcher(sentence);
        while (part.find()) {
            if (isNumber(part.group(1).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        Matcher m = Pattern.compile("(?i)^(.*?)\\b" + figure + "\\b(.*)").matcher(sentence);
        if (m.find()) {
            List<String> before = Words.of(m.group(1).toLowerCase(Locale.ROOT));
            if ("others".equals(party(c.subject() == null ? null : c.subject().text()))
                    && before.stream().anyMatch(IncidentSummary::isNumber)
                    && before.stream().noneMatch(DEATH_WORDS::contains)) {
                return true;  // "one is listed in critical condition and two others were treated": others of a
                              // group of the same kind counted before them, not others than the dead
            }
            String trigger = c.event().trigger() == null ? null : c.event().trigger().text().strip();
            if (trigger != null && !trigger.isEmpty()
                    && Pattern.compile("(?i)\\band\\s+(?:an?\\s*other|other|one\\s+more)\\b[^.;]{0,40}?\\b"
                            + Pattern.quote(trigger) + "\\b").matcher(m.group(2)).find()) {
                return true;  // "six other people were injured and another was injured trying to flee": one beyond
            }
            Matcher ord = Pattern.compile("(?i)\\band\\s+(?:a|the)\\s+(\\p{L}+)\\b").matcher(m.group(2));
            while (ord.find()) {
                Long n = ORDINALS.get(ord.group(1).toLowerCase(Locale.ROOT));
                if (n != null && n == c.quantity().value() + 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the figure is the one number its words state: not a sum of parts ("nine injured and one dead"
     * read as ten) and not a number split from a larger one ("Four" with the value 3).
     */
    private static boolean isAsWritten(Quantity q) {
        if (q.text().contains("+")) {
            return false;
        }
        List<String> words = Words.of(q.text());
        words.removeIf(QUALIFIER_WORDS::contains);
        if (words.size() != 1) {
            return true;
        }
        String w = words.get(0);
        long stated = DIGIT.matcher(w).find() && w.matches("\\d+") ? Long.parseLong(w) : FIGURE_WORDS.getOrDefault(w, -1L);
        return stated < 0 || stated == q.value();
    }

    /** The party a figure counts: the subject's last word, or "" for a subject that names none ("people"). */
    static String party(String subject) {
        String s = subject == null ? "" : subject.toLowerCase(Locale.ROOT);
        List<String> words = Words.of(s);
        if (words.contains("other") || words.contains("others")) {
            return "others";  // "three others wounded" counts the incident's toll but for someone: not its total
        }
        while (!words.isEmpty() && ANY_PARTY.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);  // "person dead", "other people"
        }
        if (words.isEmpty()) {
            return "";
        }
        return words.get(words.size() - 1);
    }
}
