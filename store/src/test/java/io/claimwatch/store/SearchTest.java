package io.claimwatch.store;

import static io.claimwatch.model.EventType.ATTACKED;
import static io.claimwatch.model.EventType.INJURED;
import static io.claimwatch.model.EventType.KILLED;
import static io.claimwatch.model.EventType.STATEMENT;
import static io.claimwatch.store.Fixtures.article;
import static io.claimwatch.store.Fixtures.claim;
import static io.claimwatch.store.Fixtures.place;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.model.Claim;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One small corpus of three articles and six claims, read by every test. */
class SearchTest {
    static final StoredArticle A1 = article("a1", "2024-03-01", "Wire A");
    static final StoredArticle A2 = article("a2", "2024-03-05", "Wire B");
    static final StoredArticle A3 = article("a3", "2024-03-10", "Wire C");

    static final Claim KRAMATORSK = claim(A1, 0, KILLED, "At least 12 people were killed in Kramatorsk.", "people",
            place("Kramatorsk", "Kramatorsk"), "regional governor");
    static final Claim AVDIIVKA = claim(A1, 100, INJURED, "Twenty soldiers were wounded near Avdiivka.", "soldiers",
            place("near Avdiivka", "Avdiivka"), "General Staff", "Reuters");
    static final Claim KURSK = claim(A2, 0, KILLED, "Three North Korean soldiers were killed in Kursk.",
            "North Korean soldiers", place("Kursk", "Kursk"), "Ukrainian intelligence");
    static final Claim REBUILD = claim(A2, 50, STATEMENT, "\"We will rebuild,\" the mayor said.", null, null, "mayor");
    static final Claim CIVILIANS = claim(A3, 0, KILLED, "Two civilians were killed in Kramatorsk.", "civilians",
            place("Kramatorsk", "Kramatorsk"), "reuters");
    static final Claim KYIV = claim(A3, 30, ATTACKED, "Drones attacked Kyiv overnight.", null, place("Kyiv", "Kyiv"));

    @TempDir
    static Path dir;
    static Store store;

    @BeforeAll
    static void ingest() {
        store = Store.open(dir.resolve("claims.db"));
        store.putArticle(A1, List.of(AVDIIVKA, KRAMATORSK));
        store.putArticle(A2, List.of(KURSK, REBUILD));
        store.putArticle(A3, List.of(CIVILIANS, KYIV));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static List<Claim> search(ClaimQuery query) {
        return store.searchClaims(query).items();
    }

    @Test
    void everythingComesNewestFirstThenByArticleAndSpan() {
        assertThat(search(ClaimQuery.all())).containsExactly(CIVILIANS, KYIV, KURSK, REBUILD, KRAMATORSK, AVDIIVKA);
    }

    @Test
    void textMatchesEveryWordAndTheLastAsAPrefix() {
        assertThat(search(ClaimQuery.all().withText("killed Kram"))).containsExactly(CIVILIANS, KRAMATORSK);
        assertThat(search(ClaimQuery.all().withText("rebuil"))).containsExactly(REBUILD);
    }

    @Test
    void textIsStemmedSoSingularFindsPlural() {
        assertThat(search(ClaimQuery.all().withText("soldier wounded"))).containsExactly(AVDIIVKA);
    }

    @Test
    void textLooksInSubjectsPlacesAndSources() {
        assertThat(search(ClaimQuery.all().withText("civilians"))).containsExactly(CIVILIANS);
        assertThat(search(ClaimQuery.all().withText("Avdiivka"))).containsExactly(AVDIIVKA);
        assertThat(search(ClaimQuery.all().withText("Reuters"))).containsExactly(CIVILIANS, AVDIIVKA);
        assertThat(search(ClaimQuery.all().withText("intelligence"))).containsExactly(KURSK);
    }

    @Test
    void ftsSyntaxInTheTextIsNeverAnError() {
        for (String hostile : List.of("\"", "AND (", "*", "NEAR(", "a:b", "-killed", "^", "OR", "killed\"", "{x}")) {
            Page<Claim> page = store.searchClaims(ClaimQuery.all().withText(hostile));
            assertThat(page.total()).as(hostile).isNotNegative();
        }
        assertThat(store.searchClaims(ClaimQuery.all().withText("\"")).total()).as("no word, no filter").isEqualTo(6);
        assertThat(search(ClaimQuery.all().withText("\u0301civilians"))).containsExactly(CIVILIANS);
    }

    @Test
    void eventFilterKeepsOneType() {
        assertThat(search(ClaimQuery.all().withEvent(KILLED))).containsExactly(CIVILIANS, KURSK, KRAMATORSK);
    }

    @Test
    void sourceMatchesAnyLinkOfTheChainIgnoringCase() {
        assertThat(search(ClaimQuery.all().withSource("REUTERS"))).containsExactly(CIVILIANS, AVDIIVKA);
        assertThat(search(ClaimQuery.all().withSource("general staff"))).containsExactly(AVDIIVKA);
        assertThat(search(ClaimQuery.all().withSource("Reut"))).as("whole names only").isEmpty();
        assertThat(store.claimsBySource("reuters", 1, 1).items()).containsExactly(CIVILIANS);
        assertThat(store.claimsBySource("reuters", 1, 1).total()).isEqualTo(2);
    }

    @Test
    void aBlankSourceNameNamesNoSource() {
        assertThat(store.claimsBySource(" ", 1, 50).total()).isZero();
        assertThat(store.claimsBySource("", 1, 50).items()).isEmpty();
        assertThat(store.claimsBySource("\t\n", 1, 50).total()).isZero();
    }

    @Test
    void placeMatchesTheTextOrTheGazetteerName() {
        assertThat(search(ClaimQuery.all().withPlace("avdiivka"))).containsExactly(AVDIIVKA);
        assertThat(search(ClaimQuery.all().withPlace("near Avdiivka"))).containsExactly(AVDIIVKA);
        assertThat(search(ClaimQuery.all().withPlace("Kramatorsk"))).containsExactly(CIVILIANS, KRAMATORSK);
    }

    @Test
    void datesBoundPublicationInclusively() {
        LocalDate march5 = LocalDate.parse("2024-03-05");
        assertThat(search(ClaimQuery.all().withDates(march5, march5))).containsExactly(KURSK, REBUILD);
        assertThat(search(ClaimQuery.all().withDates(march5, null))).containsExactly(CIVILIANS, KYIV, KURSK, REBUILD);
        assertThat(search(ClaimQuery.all().withDates(null, LocalDate.parse("2024-03-04"))))
                .containsExactly(KRAMATORSK, AVDIIVKA);
    }

    @Test
    void filtersCombine() {
        assertThat(search(ClaimQuery.all().withEvent(KILLED).withPlace("Kramatorsk").withSource("regional governor")))
                .containsExactly(KRAMATORSK);
    }

    @Test
    void pagesCountTheWholeResult() {
        Page<Claim> second = store.searchClaims(ClaimQuery.all().withPage(2, 4));
        assertThat(second.items()).containsExactly(KRAMATORSK, AVDIIVKA);
        assertThat(second.total()).isEqualTo(6);
        assertThat(second.pageCount()).isEqualTo(2);

        Page<Claim> beyond = store.searchClaims(ClaimQuery.all().withPage(9, 4));
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(6);
    }

    @Test
    void pageNumberAndSizeAreKeptInBounds() {
        ClaimQuery query = ClaimQuery.all().withPage(0, 5000);
        assertThat(query.page()).isEqualTo(1);
        assertThat(query.pageSize()).isEqualTo(200);
        assertThat(ClaimQuery.all().withPage(1, 0).pageSize()).isEqualTo(50);
    }

    @Test
    void facetsCountTheMatchingClaimsMostFrequentFirst() {
        Facets all = store.facets(ClaimQuery.all().withPage(3, 1));
        assertThat(all.events()).containsExactly(new Facet("killed", 3), new Facet("attacked", 1),
                new Facet("injured", 1), new Facet("statement", 1));
        assertThat(all.sources().get(0).value()).isEqualToIgnoringCase("reuters");
        assertThat(all.sources().get(0).count()).isEqualTo(2);
        assertThat(all.sources()).hasSize(5);
        assertThat(all.places()).containsExactly(new Facet("Kramatorsk", 2), new Facet("Avdiivka", 1),
                new Facet("Kursk", 1), new Facet("Kyiv", 1));

        Facets killed = store.facets(ClaimQuery.all().withEvent(KILLED));
        assertThat(killed.events()).containsExactly(new Facet("killed", 3));
        assertThat(killed.places()).containsExactly(new Facet("Kramatorsk", 2), new Facet("Kursk", 1));
        assertThat(killed.sources()).extracting(Facet::count).containsOnly(1L);
    }
}
