package io.claimwatch.store;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Hand-built articles and claims: every field filled where the test needs it, spans made up but valid. */
final class Fixtures {
    private Fixtures() {
    }

    /** An extracted English article; {@code published} may be null for an undated one. */
    static StoredArticle article(String id, String published, String outlet) {
        LocalDate date = published == null ? null : LocalDate.parse(published);
        return new StoredArticle(new Article(id, "Text of " + id + ".", "Title of " + id, date, outlet,
                "https://example.org/" + id), "en", null, "test:" + id);
    }

    static StoredArticle skipped(String id, String reason) {
        return new StoredArticle(new Article(id, "Texte " + id, null, null, null, null), "fr", reason, "test:" + id);
    }

    static Place place(String text, String name) {
        return new Place(text, name, name == null ? null : "UA", name == null ? null : 48.7389,
                name == null ? null : 37.5844, name == null ? null : Place.Precision.CITY, new Span(0, text.length()));
    }

    /**
     * A claim starting at {@code start} in the article: 12 counted (none for a statement), the sources a chain
     * primary first (reported) or none (asserted). Its id is unique per article, start and type.
     */
    static Claim claim(StoredArticle article, int start, EventType type, String text, String subject, Place place,
                       String... sources) {
        Span span = new Span(start, start + text.length());
        Evidence trigger = type == EventType.STATEMENT ? null : new Evidence(type.id(), new Span(start, start + 1));
        Quantity quantity = type == EventType.STATEMENT ? null
                : new Quantity("12", 12, Qualifier.EXACT, 12L, 12L, new Span(start, start + 2));
        List<Attribution> chain = new ArrayList<>();
        for (String source : sources) {
            chain.add(new Attribution(source, PartyKind.ORGANIZATION, source, new Span(start, start + 3), "said",
                    new Span(start + 3, start + 7)));
        }
        return new Claim(article.id() + "/" + start + "/" + type.id(), article.article().ref(), text, span,
                new Event(type, trigger), quantity,
                subject == null ? null : new Evidence(subject, new Span(start, start + subject.length())),
                null, place, null, chain, chain.isEmpty() ? Status.ASSERTED : Status.REPORTED, List.of());
    }

    /** A claim with every optional part filled: actor, coordinates, time, hedges, a two-link chain. */
    static Claim fullClaim(StoredArticle article, int start) {
        Claim base = claim(article, start, EventType.KILLED, "At least 12 people were reportedly killed.",
                "people", place("Kramatorsk", "Kramatorsk"), "regional governor", "Reuters");
        return new Claim(base.id(), base.article(), base.text(), base.span(), base.event(),
                new Quantity("At least 12", 12, Qualifier.AT_LEAST, 12L, null, new Span(start, start + 11)),
                base.subject(), new Evidence("Russian drones", new Span(start + 20, start + 34)), base.place(),
                new TimeSpan("on Saturday", LocalDate.parse("2024-03-02"), LocalDate.parse("2024-03-02"),
                        new Span(start + 40, start + 51)),
                base.attribution(), Status.HEDGED, List.of(new Evidence("reportedly", new Span(start + 24, start + 34))));
    }
}
