package io.claimwatch.server;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.claimwatch.link.IncidentSummary;
import io.claimwatch.link.SourceFigure;
import io.claimwatch.link.Timeline;
import io.claimwatch.model.Claim;
import io.claimwatch.model.EventType;
import io.claimwatch.store.Facets;
import io.claimwatch.store.Page;
import io.claimwatch.store.Store;
import io.claimwatch.store.StoreStats;
import io.claimwatch.store.StoredArticle;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The JSON API: one short handler per route, each reading its parameters ({@link Params}) and asking the store.
 * Every list is a page ({@code page}, {@code page_size} at most 200): no response grows with the store.
 * Described in {@code openapi.yaml} (served at {@code /api/openapi.yaml}).
 */
final class Api {
    private final Store store;
    private final Submissions submissions;
    private final String openApi;

    Api(Store store, Submissions submissions) {
        this.store = store;
        this.submissions = submissions;
        this.openApi = resource("/openapi.yaml");
    }

    void register(JavalinDefaultRoutingApi routes) {
        ClaimwatchServer.getAndHead(routes, "/api/claims", this::claims);
        ClaimwatchServer.getAndHead(routes, "/api/claims/{id}", ctx -> ctx.json(store.claim(ctx.pathParam("id"))
                .orElseThrow(() -> new NotFoundResponse("no claim " + ctx.pathParam("id")))));
        ClaimwatchServer.getAndHead(routes, "/api/incidents", ctx -> ctx.json(PageView.of(store.incidents(
                Params.incidentOrder(ctx), Params.ascending(ctx), Params.page(ctx), Params.pageSize(ctx, Page.DEFAULT_SIZE)))));
        ClaimwatchServer.getAndHead(routes, "/api/incidents/{id}", this::incident);
        ClaimwatchServer.getAndHead(routes, "/api/sources/{name}", this::source);
        ClaimwatchServer.getAndHead(routes, "/api/articles/{id}", this::article);
        routes.post("/api/articles", submissions::handle);
        ClaimwatchServer.getAndHead(routes, "/api/timeline", this::timeline);
        ClaimwatchServer.getAndHead(routes, "/api/stats", ctx -> ctx.json(StatsView.of(store.stats())));
        ClaimwatchServer.getAndHead(routes, "/api/openapi.yaml",
                ctx -> ctx.contentType("application/yaml; charset=utf-8").result(openApi));
    }

    // ---- views: the shapes of the responses (a claim is always the object of docs/FORMAT.md)

    /** One page of a list; {@code pages} is the number of pages. */
    record PageView<T>(List<T> items, int page, @JsonProperty("page_size") int pageSize, long total, long pages,
                       String next) {
        static <T> PageView<T> of(Page<T> p) {
            return new PageView<>(p.items(), p.page(), p.pageSize(), p.total(), p.pageCount(), p.next());
        }

        /** A page cut from a list the store returns whole (an article's claims, a timeline). */
        static <T> PageView<T> slice(List<T> all, int page, int pageSize) {
            int from = (int) Math.min(all.size(), (long) (page - 1) * pageSize);
            int to = Math.min(all.size(), from + pageSize);
            return new PageView<>(all.subList(from, to), page, pageSize, all.size(),
                    (all.size() + pageSize - 1) / pageSize, null);
        }
    }

    record ClaimsView(@JsonUnwrapped PageView<Claim> claims, Facets facets) {
    }

    record IncidentView(@JsonUnwrapped IncidentSummary summary, PageView<Claim> claims) {
    }

    record SourceView(String source, PageView<Claim> claims) {
    }

    record ArticleView(String id, String title, String url, String outlet, LocalDate published, String language,
                       @JsonProperty("skip_reason") String skipReason,
                       @JsonProperty("report_group") String reportGroup, String text, PageView<Claim> claims) {
    }

    record TimelineView(String party, EventType event, Map<String, List<SourceFigure>> series, int page,
                        @JsonProperty("page_size") int pageSize, long total, long pages) {
    }

    record StatsView(long articles, @JsonProperty("skipped_articles") long skippedArticles, long claims,
                     long incidents, @JsonProperty("report_groups") long reportGroups) {
        static StatsView of(StoreStats s) {
            return new StatsView(s.articles(), s.skippedArticles(), s.claims(), s.incidents(), s.reportGroups());
        }
    }

    // ---- handlers

    private void claims(Context ctx) {
        var query = Params.claimQuery(ctx);
        ctx.json(new ClaimsView(PageView.of(store.searchClaims(query)), store.facets(query)));
    }

    private void incident(Context ctx) {
        String id = ctx.pathParam("id");
        var incident = store.incident(id).orElseThrow(() -> new NotFoundResponse("no incident " + id));
        List<Claim> claims = store.claims(incident.claimIds());
        ctx.json(new IncidentView(IncidentSummary.of(incident, claims, store),
                PageView.slice(claims, Params.page(ctx), Params.pageSize(ctx, Page.DEFAULT_SIZE))));
    }

    private void source(Context ctx) {
        String name = ctx.pathParam("name");
        Page<Claim> claims = store.claimsBySource(name, Params.page(ctx), Params.pageSize(ctx, Page.DEFAULT_SIZE));
        if (claims.total() == 0) {
            throw new NotFoundResponse("no claims from source \"" + name + "\"");
        }
        ctx.json(new SourceView(name, PageView.of(claims)));
    }

    private void article(Context ctx) {
        String id = ctx.pathParam("id");
        StoredArticle stored = store.article(id).orElseThrow(() -> new NotFoundResponse("no article " + id));
        var a = stored.article();
        var claims = PageView.slice(store.claimsOfArticle(id), Params.page(ctx), Params.pageSize(ctx, Page.MAX_SIZE));
        ctx.json(new ArticleView(a.id(), a.title(), a.url(), a.outlet(), a.published(), stored.language(),
                stored.skipReason(), store.reportGroup(id), a.text(), claims));
    }

    private void timeline(Context ctx) {
        String party = Params.party(ctx);
        EventType event = Params.event(ctx);
        // the store gives at most 1000 claims, oldest first; a page of them is grouped by source
        List<Claim> figured = store.timeline(party, event).stream().filter(c -> c.quantity() != null).toList();
        PageView<Claim> page = PageView.slice(figured, Params.page(ctx), Params.pageSize(ctx, Page.DEFAULT_SIZE));
        ctx.json(new TimelineView(party, event, Timeline.bySource(page.items()), page.page(), page.pageSize(),
                page.total(), page.pages()));
    }

    static String resource(String name) {
        try (InputStream in = Api.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
