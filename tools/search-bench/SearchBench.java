import io.claimwatch.link.Incident;
import io.claimwatch.model.*;
import io.claimwatch.store.*;
import java.nio.file.*;
import java.time.LocalDate;
import java.util.*;

/**
 * How long the search page's queries take on a large store: builds a synthetic store (ARTICLES articles of 10
 * claims each: random event types, statuses, outlets, sources, places, a third without a figure, incidents of 5
 * articles) once, then times the page, the facets and the incidents of seven searches (the third round of three).
 * Not a test: a measurement for docs/PERFORMANCE.md. Run from the checkout after
 * {@code mvn -q -o package -DskipTests -pl cli -am}:
 * <pre>
 * java -cp "$(cat cli/target/classpath.txt)" tools/search-bench/SearchBench.java /tmp/bench.db 10000
 * </pre>
 */
public class SearchBench {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int articles = Integer.parseInt(args[1]);
        boolean fresh = !Files.exists(file);
        try (Store store = Store.open(file)) {
            if (fresh) {
                Random r = new Random(7);
                String[] outlets = {"Wire A", "Wire B", "Ledger", "Dispatch", "Courier", "Gazette", "Post", "Times"};
                String[] sources = {"governor", "police", "mayor", "army", "ministry", "witnesses", "Reuters", "AP"};
                String[] places = {"Kharkiv", "Kyiv", "Sumy", "Izium", "Odesa", "Dnipro", "Lviv", "Kherson"};
                EventType[] types = EventType.values();
                Status[] statuses = Status.values();
                List<Incident> incidents = new ArrayList<>();
                List<String> incArticles = new ArrayList<>(), incClaims = new ArrayList<>();
                for (int a = 0; a < articles; a++) {
                    String id = "a" + a;
                    LocalDate pub = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(700));
                    String outlet = outlets[r.nextInt(outlets.length)];
                    Article art = new Article(id, "text " + a, "title " + a, pub, outlet, "https://x.example/" + a);
                    List<Claim> claims = new ArrayList<>();
                    for (int k = 0; k < 10; k++) {
                        EventType t = types[r.nextInt(types.length)];
                        int start = k * 100;
                        String text = "In " + places[k % 8] + " " + (k + a % 50) + " people were " + t.id() + " by drones";
                        Quantity q = t == EventType.STATEMENT || r.nextInt(3) == 0 ? null
                                : new Quantity("" + (k + a % 50), k + a % 50, Qualifier.EXACT, (long) (k + a % 50), (long) (k + a % 50), new Span(start, start + 2));
                        String src = sources[r.nextInt(sources.length)];
                        claims.add(new Claim(id + "/" + k, art.ref(), text, new Span(start, start + text.length()),
                                new Event(t, null), q, new Evidence("people", new Span(start, start + 6)),
                                r.nextInt(4) == 0 ? new Evidence("Russian drones", new Span(start, start + 5)) : null,
                                new Place(places[r.nextInt(8)], places[r.nextInt(8)], "UA", 48.0, 36.0, Place.Precision.CITY, new Span(start, start + 3)),
                                new TimeSpan("on Monday", pub.minusDays(1), pub.minusDays(1), new Span(start, start + 4)),
                                List.of(new Attribution(src, PartyKind.ORGANIZATION, src, new Span(start, start + 3), "said", new Span(start + 3, start + 7))),
                                statuses[r.nextInt(statuses.length)], List.of()));
                    }
                    store.putArticle(new StoredArticle(art, "en", null, "bench"), claims);
                    incArticles.add(id);
                    claims.forEach(c -> incClaims.add(c.id()));
                    if (incArticles.size() == 5) {
                        incidents.add(new Incident("i" + a, "incident " + a, "Kharkiv", pub, pub, List.copyOf(incArticles), List.copyOf(incClaims)));
                        incArticles.clear();
                        incClaims.clear();
                    }
                }
                store.replaceLinks(Map.of(), incidents);
            }
            System.out.println(store.stats());
            ClaimQuery page = ClaimQuery.all().withStatements(false);
            Map<String, ClaimQuery> queries = new LinkedHashMap<>();
            queries.put("all (statements hidden)", page);
            queries.put("q=drones Kharkiv", page.withText("drones Kharkiv"));
            queries.put("status=hedged", page.withStatus(Status.HEDGED));
            queries.put("figure=true sort=figure", page.withFigure(true).withSort(ClaimQuery.Sort.FIGURE));
            queries.put("outlet=Ledger actor=Russian drones", page.withOutlet("Ledger").withActor("Russian drones"));
            queries.put("event dates in June 2024", page.withEventDates(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30)));
            queries.put("all, page 40", page.withPage(40, 50));
            for (int round = 0; round < 3; round++) {
                for (var e : queries.entrySet()) {
                    ClaimQuery q = e.getValue();
                    long t0 = System.nanoTime();
                    Page<Claim> p = store.searchClaims(q);
                    long t1 = System.nanoTime();
                    store.facets(q);
                    long t2 = System.nanoTime();
                    store.incidentsOf(q, 8);
                    store.incidentsOfClaims(p.items().stream().map(Claim::id).toList());
                    long t3 = System.nanoTime();
                    if (round == 2) {
                        System.out.printf("| %s | %,d | %.0f | %.0f | %.0f |%n", e.getKey(), p.total(),
                                (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6);
                    }
                }
            }
        }
    }
}
