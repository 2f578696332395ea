package io.claimwatch.eval;

import io.claimwatch.model.Article;
import io.claimwatch.model.ArticleRef;
import io.claimwatch.model.Attribution;
import io.claimwatch.model.Claim;
import io.claimwatch.model.Event;
import io.claimwatch.model.EventType;
import io.claimwatch.model.PartyKind;
import io.claimwatch.model.Qualifier;
import io.claimwatch.model.Quantity;
import io.claimwatch.model.Span;
import io.claimwatch.model.Status;
import io.claimwatch.model.TimeSpan;
import java.time.LocalDate;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Hand-built claims for the fixture corpora in src/test/resources/eval (all ASCII: chars = code points). */
final class Fixtures {
    private Fixtures() {
    }

    static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/eval/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The span of {@code phrase} in {@code text}; fails the test when absent. */
    static Span span(String text, String phrase) {
        int i = text.indexOf(phrase);
        if (i < 0) {
            throw new AssertionError("fixture text lacks '" + phrase + "'");
        }
        return new Span(i, i + phrase.length());
    }

    /** A claim over {@code phrase} of {@code a}; {@code value} null for a claim without a figure. */
    static Claim claim(Article a, String phrase, EventType type, Long value, Qualifier qualifier, Status status,
                       Attribution... attribution) {
        Span span = span(a.text(), phrase);
        Quantity q = value == null ? null : new Quantity(phrase, value, qualifier, value, value, span);
        return new Claim("c" + span.start(), a.ref(), phrase, span, new Event(type, null), q, null, null, null, null,
                Arrays.asList(attribution), status, List.of());
    }

    /** A claim with a spanless article (for rules that only look at positions). */
    static Claim at(int start, EventType type, Long value) {
        Span span = new Span(start, start + 10);
        Quantity q = value == null ? null : new Quantity(String.valueOf(value), value, Qualifier.EXACT, value, value,
                span);
        return new Claim("c" + start, new ArticleRef("doc", null, null, null), "claim at " + start, span,
                new Event(type, null), q, null, null, null, null, List.of(), Status.ASSERTED, List.of());
    }

    /** An attribution to {@code source}, named in the text by {@code mention} (its span found in {@code a}). */
    static Attribution source(Article a, String source, String mention) {
        return new Attribution(source, PartyKind.UNKNOWN, mention, span(a.text(), mention), "said", null);
    }

    /** The fixed extraction of the gva fixture; counts calls per article to check the cache. */
    static final class Gva {
        final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

        List<Claim> extract(Article a) {
            calls.computeIfAbsent(a.id(), k -> new AtomicInteger()).incrementAndGet();
            return switch (a.id()) {
                case "a1" -> List.of(count(a, "Two people were killed", EventType.KILLED, 2),
                        count(a, "two others were wounded", EventType.INJURED, 2));
                case "a2" -> List.of(count(a, "bringing the death toll to three", EventType.KILLED, 3));
                // the last claim is another incident, below the lede: it must not count
                case "a3" -> List.of(count(a, "One man died", EventType.KILLED, 1),
                        count(a, "another was hurt", EventType.INJURED, 1),
                        count(a, "five people were killed", EventType.KILLED, 5));
                default -> List.of();
            };
        }

        private static Claim count(Article a, String phrase, EventType type, long value) {
            return claim(a, phrase, type, value, Qualifier.EXACT, Status.REPORTED);
        }
    }

    /** The fixed extraction of the polnear fixture. */
    static List<Claim> polnear(Article a) {
        return switch (a.id()) {
            case "p1" -> List.of(
                    // no attribution: not a predicted relation
                    statement(a, "the budget would pass next week"),
                    // source span "Jane Doe" inside gold "Senator Jane Doe": overlap yes, exact no
                    statement(a, "the budget would pass next week", source(a, "Jane Doe", "Jane Doe")),
                    // exact source
                    statement(a, "a veto was likely", source(a, "White House", "The White House")),
                    // a relation the gold has no source for: wrong under every matching
                    statement(a, "Analysts expect a long fight", source(a, "analysts", "Analysts")));
            case "p2" -> List.of(
                    // right content, wrong source
                    statement(a, "the bridge had been closed", source(a, "statement", "a statement")),
                    // exact match of the second of two source fragments
                    statement(a, "the repairs would take a month", source(a, "Tom Reyes", "Tom Reyes")));
            default -> List.of();
        };
    }

    private static Claim statement(Article a, String phrase, Attribution... attribution) {
        return claim(a, phrase, EventType.STATEMENT, null, null, attribution.length == 0 ? Status.ASSERTED
                : Status.REPORTED, attribution);
    }

    /** The fixed extraction of the time fixture: a claim per sentence, each with one time. */
    static List<Claim> times(Article a) {
        return List.of(timed(a, "Profit fell in the third quarter", "the third quarter", "2024-07-01", "2024-09-30"),
                // a day off: not exact
                timed(a, "Shares rose on Saturday", "Saturday", "2024-12-21", "2024-12-21"),
                // gold PRESENT_REF names no period: left out
                timed(a, "Sales are flat now", "now", "2024-12-19", "2024-12-19"));
    }

    private static Claim timed(Article a, String phrase, String time, String start, String end) {
        Claim c = claim(a, phrase, EventType.STATEMENT, null, null, Status.ASSERTED);
        TimeSpan t = new TimeSpan(time, LocalDate.parse(start), LocalDate.parse(end), span(a.text(), time));
        return new Claim(c.id(), c.article(), c.text(), c.span(), c.event(), c.quantity(), c.subject(), c.actor(),
                c.place(), t, c.attribution(), c.status(), c.hedges());
    }
}
