package io.claimwatch.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.claimwatch.link.Incident;
import io.claimwatch.link.IncidentSummary;
import io.claimwatch.link.SourceFigure;
import io.claimwatch.link.Timeline;
import io.claimwatch.model.Attribution;
import io.claimwatch.model.Claim;
import io.claimwatch.model.ClaimJson;
import io.claimwatch.model.EventType;
import io.claimwatch.model.Quantity;
import io.claimwatch.store.ClaimQuery;
import io.claimwatch.store.IncidentListing;
import io.claimwatch.store.IncidentOrder;
import io.claimwatch.store.Page;
import io.claimwatch.store.Store;
import io.claimwatch.store.StoredArticle;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.router.JavalinDefaultRoutingApi;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The web UI: server-rendered pages (Pebble templates under {@code templates/}, which escape every value they
 * write) plus small scripts under {@code /static} that draw the charts and graphs from JSON the page carries
 * in {@code data-} attributes, and make the article's highlights interactive. Pages work without scripts,
 * except for drawing.
 */
final class Pages {
    private static final int INCIDENT_ARTICLES_SHOWN = 50;

    private final Store store;
    /** Whether the claim page offers its "mark wrong" form: only when the server accepts writes. */
    private final boolean writable;
    private final PebbleEngine templates = new PebbleEngine.Builder()
            .loader(loader())
            .extension(new PathSegments())
            .autoEscaping(true)
            .defaultEscapingStrategy("html")
            .build();

    Pages(Store store, boolean writable) {
        this.store = store;
        this.writable = writable;
    }

    void register(JavalinDefaultRoutingApi routes) {
        ClaimwatchServer.getAndHead(routes, "/", this::search);
        ClaimwatchServer.getAndHead(routes, "/incidents", this::incidents);
        ClaimwatchServer.getAndHead(routes, "/incidents/{id}", this::incident);
        ClaimwatchServer.getAndHead(routes, "/articles/{id}", this::article);
        ClaimwatchServer.getAndHead(routes, "/claims/{id}", this::claim);
        ClaimwatchServer.getAndHead(routes, "/sources/{name}", this::source);
    }

    // ---- views handed to the templates

    /**
     * A claim as a card shows it: bounds in words, the date it is about (null when its time is not resolved; the
     * publication date is shown with the article), the chain, the evidence marked up, and how many times readers
     * marked it wrong.
     */
    record ClaimCard(Claim claim, String bounds, LocalDate date, List<String> chain, List<ArticleMarkup.Run> evidence,
                     List<Incident> incidents, int flags) {
        static ClaimCard of(Claim c, List<Incident> incidents, int flags) {
            LocalDate date = c.time() != null ? c.time().start() : null;
            return new ClaimCard(c, Pages.bounds(c.quantity()), date, Pages.chain(c),
                    ArticleMarkup.runs(c.text(), c.span().start(), List.of(c), false), incidents, flags);
        }
    }

    /** A report and its syndicated copies: {@code first} is the earliest article of its group in the incident. */
    record Report(StoredArticle first, List<StoredArticle> copies) {
    }

    /** A column heading of the incidents list: the link that sorts by it, and whether it is the current order. */
    record SortLink(String id, String label, String href, String ariaSort) {
    }

    /** One figure on a chart: a mark at {@code value}, a bar from {@code low} to {@code high} (null: open). */
    record ChartPoint(String series, String type, LocalDate date, long value, Long low, Long high, String text,
                      String status, String claim, String article, boolean contradicted) {
    }

    record GraphNode(String name, String role) {
    }

    record Graph(List<GraphNode> nodes, List<IncidentSummary.Edge> edges) {
    }

    /** Links of the search page: the current filters with one changed. */
    record SearchLinks(Map<String, String> params) {
        /** The search with {@code key} set to {@code value} (removed when null), from its first page. */
        public String with(String key, Object value) {
            Map<String, String> next = new LinkedHashMap<>(params);
            next.remove("page");
            if (value == null) {
                next.remove(key);
            } else {
                next.put(key, value.toString());
            }
            return "/" + query(next);
        }

        public String without(String key) {
            return with(key, null);
        }

        /** The same search on page {@code number} (a Number: Pebble's arithmetic gives a Long, a list an Integer). */
        public String page(Number number) {
            Map<String, String> next = new LinkedHashMap<>(params);
            next.put("page", String.valueOf(number.longValue()));
            return "/" + query(next);
        }

        /** The query string of the whole search, every page of it, for its downloads ({@code /api/claims.csv?...}). */
        public String exportQuery() {
            Map<String, String> next = new LinkedHashMap<>(params);
            next.remove("page");
            next.remove("page_size");
            return query(next);
        }

        private static String query(Map<String, String> params) {
            return params.isEmpty() ? "" : "?" + params.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
        }
    }

    /** The search parameters a link carries on; all but statements, sort and page_size are filters. */
    private static final List<String> SEARCH_KEYS = List.of("q", "event", "status", "source", "outlet", "actor",
            "place", "from", "to", "event_from", "event_to", "figure", "statements", "sort", "page_size");
    private static final Set<String> NOT_FILTERS = Set.of("statements", "sort", "page_size");

    /**
     * Numbered pages around the current one: the first, the last and two either side; 0 stands for a gap of two
     * pages or more (a gap of one page is shown as its number).
     */
    static List<Integer> pageNumbers(int current, long count) {
        List<Integer> numbers = new ArrayList<>();
        if (count < 1) {
            return numbers;
        }
        long last = Math.min(count, Integer.MAX_VALUE);
        long from = current - 2 <= 3 ? 2 : current - 2;
        long to = (long) current + 2 >= last - 2 ? last - 1 : current + 2;
        numbers.add(1);
        if (from > 2) {
            numbers.add(0);
        }
        for (long n = from; n <= to; n++) {
            numbers.add((int) n);
        }
        if (to < last - 1) {
            numbers.add(0);
        }
        if (last > 1) {
            numbers.add((int) last);
        }
        return numbers;
    }

    // ---- pages

    private void search(Context ctx) {
        ClaimQuery query = Params.claimQuery(ctx);
        Map<String, Object> model = new HashMap<>();
        Map<String, String> params = new LinkedHashMap<>();
        for (String key : SEARCH_KEYS) {
            String value = Params.text(ctx, key);
            if (value != null) {
                params.put(key, value);
            }
        }
        boolean filtered = params.keySet().stream().anyMatch(k -> !NOT_FILTERS.contains(k));
        Map<String, String> filters = new LinkedHashMap<>(params);
        filters.keySet().removeAll(NOT_FILTERS);
        if (query.page() > 1) {
            params.put("page", String.valueOf(query.page()));
        }
        Page<Claim> results = store.searchClaims(query);
        model.put("params", params);
        model.put("filters", filters);
        model.put("filtered", filtered);
        model.put("links", new SearchLinks(params));
        model.put("events", Params.eventNames());
        model.put("statuses", Params.statusNames());
        model.put("query", query);
        model.put("results", results);
        model.put("pageNumbers", pageNumbers(results.page(), results.pageCount()));
        model.put("cards", cards(results.items()));
        model.put("facets", store.facets(query));
        model.put("incidents", store.incidentsOf(query, 8));
        model.put("map", ClaimMap.of(store.geocodedClaims(query, ClaimMap.MAX_POINTS), store.precisionCounts(query)));
        render(ctx, "search", query.text() == null ? "Search claims" : "Search: " + query.text(), model);
    }

    private void incidents(Context ctx) {
        IncidentOrder order = Params.incidentOrder(ctx);
        boolean ascending = Params.ascending(ctx);
        Page<IncidentListing> page = store.incidents(order, ascending, Params.page(ctx), Params.pageSize(ctx, Page.DEFAULT_SIZE));
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("date", "Dates");
        labels.put("articles", "Articles");
        labels.put("toll", "Toll (best, killed)");
        labels.put("sources", "Independent sources");
        labels.put("contradictions", "Contradictions");
        Map<String, SortLink> sorts = new LinkedHashMap<>();
        labels.forEach((id, label) -> {
            boolean current = order.id().equals(id);
            // a heading sorts most first; clicked again, it turns the order round
            boolean nextAscending = current && !ascending;
            sorts.put(id, new SortLink(id, label, "/incidents?sort=" + id + (nextAscending ? "&order=asc" : ""),
                    current ? (ascending ? "ascending" : "descending") : null));
        });
        String pager = "/incidents?sort=" + order.id() + (ascending ? "&order=asc" : "") + "&page=";
        render(ctx, "incidents", "Incidents", Map.of("incidents", page, "sorts", sorts, "pager", pager,
                "order", order.id(), "ascending", ascending));
    }

    private void incident(Context ctx) {
        String id = ctx.pathParam("id");
        Incident incident = store.incident(id).orElseThrow(() -> new NotFoundResponse("no incident " + id));
        List<Claim> claims = store.claims(incident.claimIds());
        IncidentSummary summary = IncidentSummary.of(incident, claims, store);
        Set<String> contradicted = summary.contradictions().stream()
                .flatMap(c -> Stream.of(c.first().claimId(), c.second().claimId()))
                .collect(Collectors.toSet());
        // event types in their fixed order (killed, injured...): the summary's map has none
        List<SourceFigure> figures = Arrays.stream(EventType.values())
                .flatMap(t -> summary.figures().getOrDefault(t, List.of()).stream()).toList();
        List<ChartPoint> points = figures.stream().map(f -> point(f.source(), f, contradicted)).toList();
        Api.PageView<Claim> page = Api.PageView.slice(claims, Params.page(ctx), Params.pageSize(ctx, Page.DEFAULT_SIZE));
        List<StoredArticle> articles = incident.articleIds().stream().limit(INCIDENT_ARTICLES_SHOWN)
                .map(store::article).flatMap(Optional::stream).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("incident", incident);
        model.put("summary", summary);
        model.put("figures", figures);
        model.put("contradictions", summary.contradictions());
        model.put("chart", json(points));
        model.put("graph", json(graph(summary, figures)));
        model.put("map", ClaimMap.of(claims));
        model.put("claims", page);
        model.put("cards", cards(page.items()));
        model.put("articles", articles);
        model.put("copyOf", copyOf(articles));
        model.put("reports", reports(articles));
        model.put("moreArticles", incident.articleIds().size() - articles.size());
        render(ctx, "incident", incident.label(), model);
    }

    /** For each syndicated copy among {@code articles}: the earliest report it copies, as a title or id. */
    private Map<String, String> copyOf(List<StoredArticle> articles) {
        Map<String, String> copies = new HashMap<>();
        for (StoredArticle a : articles) {
            String group = store.reportGroup(a.article().id());
            if (group != null && !group.equals(a.article().id())) {
                copies.put(a.article().id(), store.article(group)
                        .map(o -> o.article().outlet() != null ? o.article().outlet() : o.article().id()).orElse(group));
            }
        }
        return copies;
    }

    /**
     * The incident's articles as reports: each syndication group once, led by its earliest article (the one
     * counted), with the copies that repeat it; groups in order of their first report.
     */
    private List<Report> reports(List<StoredArticle> articles) {
        Map<String, List<StoredArticle>> byGroup = new LinkedHashMap<>();
        for (StoredArticle a : articles) {
            byGroup.computeIfAbsent(store.reportGroup(a.article().id()), k -> new ArrayList<>()).add(a);
        }
        List<Report> reports = new ArrayList<>();
        byGroup.forEach((group, members) -> {
            List<StoredArticle> sorted = new ArrayList<>(members);
            // the group's named article is its earliest; otherwise the earliest published
            sorted.sort(java.util.Comparator.comparing((StoredArticle a) -> !a.article().id().equals(group))
                    .thenComparing(a -> a.article().published(), java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
            reports.add(new Report(sorted.get(0), sorted.subList(1, sorted.size())));
        });
        reports.sort(java.util.Comparator.comparing((Report r) -> r.first().article().published(),
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        return reports;
    }

    private void claim(Context ctx) {
        String id = ctx.pathParam("id");
        Claim claim = store.claim(id).orElseThrow(() -> new NotFoundResponse("no claim " + id));
        Optional<StoredArticle> stored = store.article(claim.article().id());
        String text = claim.inTitle() ? stored.map(a -> a.article().title()).orElse(null)
                : stored.map(a -> a.article().text()).orElse(null);
        Map<String, Object> model = new HashMap<>();
        model.put("claim", claim);
        model.put("card", cards(List.of(claim)).get(0));
        model.put("article", stored.map(StoredArticle::article).orElse(null));
        model.put("link", safeLink(claim.article().url()));
        model.put("context", context(claim, text));
        model.put("citation", Citation.of(claim, stored.map(a -> a.article().title()).orElse(null),
                store.retrieved(claim.article().id()).orElse(null)));
        model.put("flags", store.flags(id));
        model.put("fields", ClaimFlags.FIELDS);
        model.put("writable", writable);
        model.put("json", prettyJson(claim));
        render(ctx, "claim", "Claim: " + summary(claim), model);
    }

    /** Characters of the article shown on either side of a claim's sentence on its page. */
    private static final int CONTEXT_CODE_POINTS = 400;

    /**
     * The claim's sentence with its parts marked, between the text before and after it (up to
     * {@link #CONTEXT_CODE_POINTS} code points each way, cut at a word); the sentence alone when the article's
     * text is not at hand or does not reach the claim's span.
     */
    static List<ArticleMarkup.Run> context(Claim c, String text) {
        if (text == null || text.codePointCount(0, text.length()) < c.span().end()) {
            return ArticleMarkup.runs(c.text(), c.span().start(), List.of(c), true);
        }
        int points = text.codePointCount(0, text.length());
        int from = Math.max(0, c.span().start() - CONTEXT_CODE_POINTS);
        int to = Math.min(points, c.span().end() + CONTEXT_CODE_POINTS);
        String window = text.substring(text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to));
        // cut at whitespace so that no word is shown in half (the offset moves with the cut)
        int head = from == 0 ? 0 : Math.max(0, firstSpace(window));
        int tail = to == points ? window.length() : Math.max(head, window.lastIndexOf(' '));
        int start = from + window.codePointCount(0, head);
        List<ArticleMarkup.Run> runs = new ArrayList<>();
        if (from > 0) {
            runs.add(new ArticleMarkup.Run("… ", List.of(), List.of()));
        }
        runs.addAll(ArticleMarkup.runs(window.substring(head, tail), start, List.of(c), true));
        if (to < points) {
            runs.add(new ArticleMarkup.Run(" …", List.of(), List.of()));
        }
        return runs;
    }

    private static int firstSpace(String s) {
        int i = s.indexOf(' ');
        return i < 0 ? 0 : i + 1;
    }

    private void article(Context ctx) {
        String id = ctx.pathParam("id");
        StoredArticle stored = store.article(id).orElseThrow(() -> new NotFoundResponse("no article " + id));
        List<Claim> claims = store.claimsOfArticle(id);
        Map<String, Object> model = new HashMap<>();
        model.put("stored", stored);
        model.put("article", stored.article());
        model.put("link", safeLink(stored.article().url()));
        // a claim read from the headline points into the title, not into the text
        List<Claim> inText = claims.stream().filter(c -> !c.inTitle()).toList();
        List<Claim> inTitle = claims.stream().filter(Claim::inTitle).toList();
        model.put("runs", ArticleMarkup.runs(stored.article().text(), 0, inText, true));
        String title = stored.article().title();
        model.put("titleRuns", title == null || inTitle.isEmpty() ? List.of() : ArticleMarkup.runs(title, 0, inTitle, true));
        model.put("titles", claims.stream().collect(Collectors.toMap(Claim::id, Pages::summary, (a, b) -> a)));
        model.put("cards", cards(claims));
        model.put("parts", ArticleMarkup.PARTS.subList(0, ArticleMarkup.PARTS.size() - 1));
        render(ctx, "article", Objects.requireNonNullElse(stored.article().title(), "Article " + id), model);
    }

    private void source(Context ctx) {
        String name = ctx.pathParam("name");
        Page<Claim> claims = store.claimsBySource(name, Params.page(ctx), Params.pageSize(ctx, Page.DEFAULT_SIZE));
        if (claims.total() == 0) {
            throw new NotFoundResponse("no claims from source \"" + name + "\"");
        }
        // the chart: this page's figures (Timeline gives them oldest first), one colour per outlet
        List<ChartPoint> points = Timeline.bySource(claims.items()).values().stream().flatMap(List::stream)
                .map(f -> point(f.outlet(), f, Set.of())).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("name", name);
        model.put("claims", claims);
        model.put("cards", cards(claims.items()));
        model.put("chart", json(points));
        render(ctx, "source", name, model);
    }

    /** The error page; the status is set by the caller. */
    void error(Context ctx, int status, String message) {
        try {
            render(ctx, "error", "Error " + status, Map.of("status", status, "message", message));
        } catch (RuntimeException e) {  // e.g. the store itself failed: still answer, in plain text
            ctx.contentType("text/plain; charset=utf-8").result("Error " + status + ": " + message);
        }
    }

    // ---- helpers

    /** The cards of the claims, with their incidents read at once (not a query per claim). */
    private List<ClaimCard> cards(List<Claim> claims) {
        List<String> ids = claims.stream().map(Claim::id).toList();
        Map<String, List<Incident>> incidents = store.incidentsOfClaims(ids);
        Map<String, Integer> flags = store.flagCounts(ids);
        return claims.stream()
                .map(c -> ClaimCard.of(c, incidents.getOrDefault(c.id(), List.of()), flags.getOrDefault(c.id(), 0)))
                .toList();
    }

    private static ChartPoint point(String series, SourceFigure f, Set<String> contradicted) {
        Quantity q = f.quantity();
        return new ChartPoint(series, f.type().id(), f.published(), q.value(), q.low(), q.high(), q.text(),
                f.status().id(), f.claimId(), f.articleId(), contradicted.contains(f.claimId()));
    }

    /** Sources -> relays -> outlets: every name on a figure's chain, with the role it plays. */
    private static Graph graph(IncidentSummary summary, List<SourceFigure> figures) {
        Map<String, String> roles = new LinkedHashMap<>();
        for (SourceFigure f : figures) {
            for (String name : f.chain()) {
                String role = summary.primarySources().contains(name) ? "source"
                        : name.equals(f.outlet()) ? "outlet" : "relay";
                roles.merge(name, role, (a, b) -> a.equals("source") || b.equals("source") ? "source"
                        : a.equals("relay") || b.equals("relay") ? "relay" : "outlet");
            }
        }
        List<GraphNode> nodes = roles.entrySet().stream().map(e -> new GraphNode(e.getKey(), e.getValue())).toList();
        return new Graph(nodes, summary.relays());
    }

    /** A claim in one line, for the tooltips of its highlights. */
    static String summary(Claim claim) {
        String figure = claim.quantity() == null ? "" : claim.quantity().text() + " ";
        String subject = claim.subject() == null ? "" : claim.subject().text() + " ";
        return figure + subject + claim.event().type().id() + " (" + claim.status().id() + ")"
                + (claim.attribution().isEmpty() ? "" : ", source: " + String.join(" → ", chain(claim)));
    }

    static String bounds(Quantity q) {
        if (q == null) {
            return null;
        }
        if (q.low() != null && q.high() != null) {
            return q.low().equals(q.high()) ? String.valueOf(q.low()) : q.low() + "–" + q.high();
        }
        if (q.low() != null) {
            return "≥ " + q.low();
        }
        return q.high() != null ? "≤ " + q.high() : "unbounded";
    }

    static List<String> chain(Claim c) {
        List<String> chain = new ArrayList<>(c.attribution().stream().map(Attribution::source).toList());
        String outlet = c.article().outlet();
        if (outlet != null && (chain.isEmpty() || !chain.get(chain.size() - 1).equalsIgnoreCase(outlet))) {
            chain.add(outlet);
        }
        return chain;
    }

    /** An article's URL as a link only when it is http(s): a {@code javascript:} URL must not become one. */
    static String safeLink(String url) {
        if (url == null) {
            return null;
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? url.strip() : null;
    }

    /** A value percent-encoded as one path segment ("regional governor" -> "regional%20governor"). */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String prettyJson(Object value) {
        try {
            return ClaimJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object value) {
        try {
            return ClaimJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void render(Context ctx, String template, String title, Map<String, Object> values) {
        Map<String, Object> model = new HashMap<>(values);
        model.put("title", title);
        model.put("stats", store.stats());
        StringWriter out = new StringWriter();
        try {
            templates.getTemplate(template).evaluate(out, model, Locale.ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.html(out.toString());
    }

    private static ClasspathLoader loader() {
        ClasspathLoader loader = new ClasspathLoader(Pages.class.getClassLoader());
        loader.setPrefix("templates");
        loader.setSuffix(".peb");
        return loader;
    }

    /**
     * {@code {{ name | segment }}}: a value percent-encoded as one path segment ("regional governor" ->
     * "regional%20governor"); URLEncoder's "+" for a space would stay a plus in a path.
     */
    private static final class PathSegments extends AbstractExtension {
        @Override
        public Map<String, Filter> getFilters() {
            return Map.of("segment", new Filter() {
                @Override
                public List<String> getArgumentNames() {
                    return List.of();
                }

                @Override
                public Object apply(Object input, Map<String, Object> args,
                                    PebbleTemplate self, EvaluationContext context, int line) {
                    return input == null ? "" : segment(input.toString());
                }
            });
        }
    }
}
