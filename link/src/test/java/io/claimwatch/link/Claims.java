package io.claimwatch.link;

import io.claimwatch.model.Article;
import io.claimwatch.model.Attribution;
import io.claimwatch.model.Claim;
import io.claimwatch.model.Event;
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

    /** A claim of {@code article} at {@code start}, attributed along {@code chain} (primary source first). */
    static Claim claim(Article article, int start, EventType type, Quantity q, String... chain) {
        List<Attribution> attribution = new ArrayList<>();
        for (String source : chain) {
            attribution.add(new Attribution(source, PartyKind.ORGANIZATION, source, new Span(0, 1), "said", new Span(0, 1)));
        }
        return new Claim(article.id() + "#" + start + type, article.ref(), "claim text", new Span(start, start + 10),
                new Event(type, null), q, null, null, null, null, attribution,
                chain.length == 0 ? Status.ASSERTED : Status.REPORTED, List.of());
    }
}
