package io.claimwatch.store;

import static io.claimwatch.model.EventType.ATTACKED;
import static io.claimwatch.model.EventType.INJURED;
import static io.claimwatch.model.EventType.KILLED;
import static io.claimwatch.model.EventType.STATEMENT;
import static io.claimwatch.store.Fixtures.article;
import static io.claimwatch.store.Fixtures.claim;
import static io.claimwatch.store.Fixtures.place;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimwatch.link.Incident;
import io.claimwatch.model.Claim;
import io.claimwatch.model.Evidence;
import io.claimwatch.model.Qualifier;
import io.claimwatch.model.Quantity;
import io.claimwatch.model.Span;
import io.claimwatch.model.Status;
import io.claimwatch.model.TimeSpan;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search workbench's filters, orders and facets (issue 13) over five claims of three articles. */
class WorkbenchSearchTest {
    static final StoredArticle A1 = article("w1", "2024-03-01", "Wire A");
    static final StoredArticle A2 = article("w2", "2024-03-05", "Wire B");
    static final StoredArticle A3 = article("w3", "2024-03-10", "wire a");

    static final Claim TWELVE = vary(claim(A1, 0, KILLED, "Twelve were killed by drones.", "people", place("Izium", "Izium"),
            "governor"), 12, Status.REPORTED, "Russian drones", "2024-02-28", null);
    static final Claim QUOTE = claim(A1, 60, STATEMENT, "\"We hold the line,\" the governor said.", null, null, "governor");
    static final Claim FORTY = vary(claim(A2, 0, KILLED, "Forty may have been killed.", "people", null, "mayor"), 40,
            Status.HEDGED, null, "2024-03-04", null);
    static final Claim SHELLING = vary(claim(A2, 40, ATTACKED, "russian drones shelled the town.", null, null), null,
            Status.ASSERTED, "russian drones", null, null);
    static final Claim FIVE = vary(claim(A3, 0, INJURED, "Five were wounded, which the army denied.", "people", null,
            "army"), 5, Status.DENIED, null, "2024-03-08", "2024-03-09");

    @TempDir
    static Path dir;
    static Store store;

    @BeforeAll
    static void ingest() {
        store = Store.open(dir.resolve("workbench.db"));
        store.putArticle(A1, List.of(TWELVE, QUOTE));
        store.putArticle(A2, List.of(FORTY, SHELLING));
        store.putArticle(A3, List.of(FIVE));
        store.replaceLinks(Map.of(), List.of(
                new Incident("i-big", "Izium strike", "Izium", null, null, List.of("w1", "w2"),
                        List.of(TWELVE.id(), FORTY.id(), SHELLING.id())),
                new Incident("i-small", "Wounded", null, null, null, List.of("w3"), List.of(FIVE.id(), TWELVE.id()))));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** What the web page and the API start from: statements hidden. */
    static ClaimQuery page() {
        return ClaimQuery.all().withStatements(false);
    }

    static List<Claim> search(ClaimQuery query) {
        return store.searchClaims(query).items();
    }

    @Test
    void statementsAreLeftOutWhenAskedUnlessTheEventFilterChoosesThem() {
        assertThat(search(page())).containsExactly(FIVE, FORTY, SHELLING, TWELVE);
        assertThat(search(page().withEvent(STATEMENT))).containsExactly(QUOTE);
        assertThat(search(ClaimQuery.all())).contains(QUOTE);
        assertThat(store.facets(page()).statements()).isEqualTo(1);
        assertThat(store.facets(page().withEvent(KILLED)).statements()).isZero();
    }

    @Test
    void theStatusFilterKeepsOneStatus() {
        assertThat(search(page().withStatus(Status.HEDGED))).containsExactly(FORTY);
        assertThat(search(page().withStatus(Status.DENIED))).containsExactly(FIVE);
        assertThat(search(page().withStatus(Status.UNACKNOWLEDGED))).isEmpty();
    }

    @Test
    void theFigureFilterLeavesOutClaimsWithoutOne() {
        assertThat(search(ClaimQuery.all().withFigure(true))).containsExactly(FIVE, FORTY, TWELVE);
        assertThat(store.facets(page()).figures()).isEqualTo(3);
    }

    @Test
    void outletAndActorMatchWholeNamesWhateverTheirCase() {
        assertThat(search(page().withOutlet("wire a"))).containsExactly(FIVE, TWELVE);
        assertThat(search(page().withOutlet("Wire"))).isEmpty();
        assertThat(search(page().withActor("RUSSIAN DRONES"))).containsExactly(SHELLING, TWELVE);
    }

    @Test
    void eventDatesKeepClaimsWhoseTimeOverlapsThemAndNoUndatedOne() {
        assertThat(search(page().withEventDates(LocalDate.parse("2024-03-09"), null))).containsExactly(FIVE);
        assertThat(search(page().withEventDates(null, LocalDate.parse("2024-03-01")))).containsExactly(TWELVE);
        assertThat(search(page().withEventDates(LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-08"))))
                .containsExactly(FIVE, FORTY);
        // the publication dates are another filter: TWELVE happened before its article's date
        assertThat(search(page().withDates(LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-01"))))
                .containsExactly(TWELVE);
    }

    @Test
    void theFigureOrderPutsTheLargestFirstAndClaimsWithoutOneLast() {
        assertThat(search(page().withSort(ClaimQuery.Sort.FIGURE))).containsExactly(FORTY, TWELVE, FIVE, SHELLING);
        Page<Claim> first = store.searchClaims(page().withSort(ClaimQuery.Sort.FIGURE).withPage(1, 2));
        assertThat(first.items()).containsExactly(FORTY, TWELVE);
        assertThat(first.next()).as("a cursor marks a place in the date order only").isNull();
        assertThat(store.searchClaims(page().withSort(ClaimQuery.Sort.FIGURE).withPage(2, 2)).items())
                .containsExactly(FIVE, SHELLING);
    }

    @Test
    void aCursorWithTheFigureOrderIsRefused() {
        String cursor = store.searchClaims(page().withPage(1, 1)).next();
        assertThat(cursor).isNotNull();
        assertThatThrownBy(() -> page().withAfter(cursor).withSort(ClaimQuery.Sort.FIGURE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("date order");
    }

    @Test
    void facetsCountTheClaimsOfTheQuery() {
        Facets all = store.facets(page());
        assertThat(all.statuses()).extracting(Facet::value).containsExactlyInAnyOrder("reported", "hedged", "asserted", "denied");
        assertThat(all.outlets()).hasSize(2).first().satisfies(f -> assertThat(f.count()).isEqualTo(2));
        assertThat(all.actors()).singleElement().satisfies(f -> assertThat(f.count()).isEqualTo(2));
        Facets killed = store.facets(page().withEvent(KILLED));
        assertThat(killed.statuses()).extracting(Facet::value, Facet::count)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("hedged", 1L),
                        org.assertj.core.groups.Tuple.tuple("reported", 1L));
        assertThat(killed.outlets()).extracting(Facet::value).containsExactly("Wire A", "Wire B");
    }

    @Test
    void everyMatchingClaimStreamsInTheQuerysOrderBeyondOnePage() {
        List<Claim> seen = new ArrayList<>();
        store.forEachClaim(page().withSort(ClaimQuery.Sort.FIGURE).withPage(1, 1), seen::add);
        assertThat(seen).containsExactly(FORTY, TWELVE, FIVE, SHELLING);
    }

    @Test
    void theIncidentsOfAQueryComeWithTheMostMatchingClaimsFirst() {
        Page<Incident> all = store.incidentsOf(page(), 8);
        assertThat(all.items()).extracting(Incident::id).containsExactly("i-big", "i-small");
        assertThat(all.items().get(0).claimIds()).hasSize(3);
        Page<Incident> denied = store.incidentsOf(page().withStatus(Status.DENIED), 8);
        assertThat(denied.items()).extracting(Incident::id).containsExactly("i-small");
        assertThat(denied.total()).isEqualTo(1);
    }

    @Test
    void theIncidentsOfManyClaimsAreReadAtOnce() {
        Map<String, List<Incident>> of = store.incidentsOfClaims(List.of(TWELVE.id(), FIVE.id(), QUOTE.id()));
        assertThat(of.get(TWELVE.id())).extracting(Incident::id).containsExactly("i-big", "i-small");
        assertThat(of.get(FIVE.id())).extracting(Incident::id).containsExactly("i-small");
        assertThat(of).doesNotContainKey(QUOTE.id());
        assertThat(of.get(TWELVE.id()).get(1).articleIds()).containsExactly("w3");
    }

    /** The claim with another figure (none when null), status, actor and time. */
    private static Claim vary(Claim c, Integer figure, Status status, String actor, String start, String end) {
        Quantity q = figure == null ? null : new Quantity(figure.toString(), figure, Qualifier.EXACT, (long) figure,
                (long) figure, new Span(c.span().start(), c.span().start() + 2));
        Evidence by = actor == null ? null : new Evidence(actor, new Span(c.span().start(), c.span().start() + actor.length()));
        TimeSpan time = start == null ? null : new TimeSpan("then", LocalDate.parse(start),
                end == null ? LocalDate.parse(start) : LocalDate.parse(end), new Span(c.span().start(), c.span().start() + 4));
        return new Claim(c.id(), c.article(), c.text(), c.span(), c.event(), q, c.subject(), by, c.place(), time,
                c.attribution(), status, c.hedges());
    }
}
