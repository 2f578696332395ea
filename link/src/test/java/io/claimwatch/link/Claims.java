package io.claimwatch.link;

import io.claimwatch.model.Article;
import io.claimwatch.model.Attribution;
import io.claimwatch.model.Claim;
import io.claimwatch.model.Event;
import io.claimwatch.model.Evidence;
import io.claimwatch.model.EventType;
import io.claimwatch.model.PartyKind;
import io.claimwatch.model.Quantity;
import io.claimwatch.model.Qualifier;
import io.claimwatch.model.Span;
import io.claimwatch.model.Status;
import io.claimwatch.model.TimeSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Hand-built claims for the linking tests. */
final class Claims {
    private Claims() {
    }

    static Quantity exact(long n) {
        return new Quantity(Long.toString(n), n, Qualifier.EXACT, n, n, new Span(0, 1));
    }

    static Quantity atLeast(long n) {
        return new Quantity("at least " + n, n, Qualifier.AT_LEAST, n, null, new Span(0, 1));
    }

    static Quantity about(long n) {
        return new Quantity("about " + n, n, Qualifier.ABOUT, Math.round(n * 0.8), Math.round(n * 1.2), new Span(0, 1));
    }

    static Quantity stated(String text, long n) {
        return new Quantity(text, n, Qualifier.EXACT, n, n, new Span(0, 1));
    }

    /** A lower bound as the sentence writes it ("At least 17"). */
    static Quantity atLeast(String text, long n) {
        return new Quantity(text, n, Qualifier.AT_LEAST, n, null, new Span(0, 1));
    }

    /** A claim of {@code article} at {@code start}, attributed along {@code chain} (primary source first). */
    static Claim claim(Article article, int start, EventType type, Quantity q, String... chain) {
        return described(article, start, type, q, null, "claim text", chain);
    }

    /** The same with the party counted ({@code subject}) and the sentence ({@code text}). */
    static Claim described(Article article, int start, EventType type, Quantity q, String subject, String text,
                           String... chain) {
        return new Claim(id(article, start, type), article.ref(), text, new Span(start, start + 10),
                new Event(type, null), placedAt(q, start),
                subject == null ? null : new Evidence(subject, new Span(start + 2, start + 3)), null, null, null,
                attribution(chain), status(chain), List.of());
    }

    /**
     * A claim of {@code article} with more parts than {@link #described} gives (an actor, an event word, a time, a
     * title), each set only by the test that is about it: {@code claimOf(a, KILLED).text("the gunman who killed four
     * people").figure(stated("four", 4)).actor("the gunman").build()}. Its span covers its text.
     */
    static ClaimOf claimOf(Article article, EventType type) {
        return new ClaimOf(article, type);
    }

    static final class ClaimOf {
        private final Article article;
        private final EventType type;
        private int start;
        private String text = "claim text";
        private Quantity quantity;
        private String actor;
        private String trigger;
        private TimeSpan time;
        private String[] chain = {};
        private String in = Claim.IN_TEXT;

        private ClaimOf(Article article, EventType type) {
            this.article = article;
            this.type = type;
        }

        /** Where the claim starts in the article (0 unless set). */
        ClaimOf at(int start) {
            this.start = start;
            return this;
        }

        ClaimOf text(String text) {
            this.text = text;
            return this;
        }

        /** The figure, at the claim's start. */
        ClaimOf figure(Quantity q) {
            this.quantity = q;
            return this;
        }

        /** Who did it: words of the claim's text. */
        ClaimOf actor(String words) {
            this.actor = words;
            return this;
        }

        /** The event word: words of the claim's text. */
        ClaimOf trigger(String words) {
            this.trigger = words;
            return this;
        }

        /** The day the claim's time expression ({@code words} of its text) resolves to. */
        ClaimOf time(String words, String day) {
            LocalDate d = LocalDate.parse(day);
            this.time = new TimeSpan(words, d, d, within(words));
            return this;
        }

        /** The chain of sources, primary first: the claim is reported (asserted without one). */
        ClaimOf from(String... chain) {
            this.chain = chain;
            return this;
        }

        /** A claim of the article's title. */
        ClaimOf inTitle() {
            this.in = Claim.IN_TITLE;
            return this;
        }

        Claim build() {
            return new Claim(id(article, start, type), article.ref(), text, new Span(start, start + text.length()),
                    new Event(type, trigger == null ? null : new Evidence(trigger, within(trigger))),
                    placedAt(quantity, start), null, actor == null ? null : new Evidence(actor, within(actor)), null, time,
                    attribution(chain), status(chain), List.of(), in);
        }

        /** The span of {@code words} in the claim's text (at its start when they are not in it). */
        private Span within(String words) {
            int from = start + Math.max(0, text.indexOf(words));
            return new Span(from, from + words.length());
        }
    }

    private static String id(Article article, int start, EventType type) {
        return article.id() + "#" + start + type;
    }

    private static Quantity placedAt(Quantity q, int start) {
        return q == null ? null
                : new Quantity(q.text(), q.value(), q.qualifier(), q.low(), q.high(), new Span(start, start + 1));
    }

    private static List<Attribution> attribution(String... chain) {
        List<Attribution> attribution = new ArrayList<>();
        for (String source : chain) {
            attribution.add(new Attribution(source, PartyKind.ORGANIZATION, source, new Span(0, 1), "said", new Span(0, 1)));
        }
        return attribution;
    }

    private static Status status(String... chain) {
        return chain.length == 0 ? Status.ASSERTED : Status.REPORTED;
    }
}
