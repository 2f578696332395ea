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

    /** A claim of {@code article} at {@code start}, attributed along {@code chain} (primary source first). */
    static Claim claim(Article article, int start, EventType type, Quantity q, String... chain) {
        return described(article, start, type, q, null, "claim text", chain);
    }

    /** The same with the party counted ({@code subject}) and the sentence ({@code text}). */
    static Claim described(Article article, int start, EventType type, Quantity q, String subject, String text,
                           String... chain) {
        List<Attribution> attribution = new ArrayList<>();
        for (String source : chain) {
            attribution.add(new Attribution(source, PartyKind.ORGANIZATION, source, new Span(0, 1), "said", new Span(0, 1)));
        }
        Quantity here = q == null ? null
                : new Quantity(q.text(), q.value(), q.qualifier(), q.low(), q.high(), new Span(start, start + 1));
        return new Claim(article.id() + "#" + start + type, article.ref(), text, new Span(start, start + 10),
                new Event(type, null), here, subject == null ? null : new Evidence(subject, new Span(start + 2, start + 3)),
                null, null, null, attribution, chain.length == 0 ? Status.ASSERTED : Status.REPORTED, List.of());
    }
}
