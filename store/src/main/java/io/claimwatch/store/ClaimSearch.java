package io.claimwatch.store;

import io.claimwatch.link.Incident;
import io.claimwatch.model.Claim;
import io.claimwatch.model.EventType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The filters of one {@link ClaimQuery} as a WHERE clause over {@code claims c}, and the queries built on it. */
final class ClaimSearch {
    static final int FACET_SIZE = 20;
    static final int TIMELINE_CAP = 1000;

    /** The sort key of newest first: undated claims last. The expression of the index claims_newest_first. */
    private static final String DATE_KEY = "coalesce(c.published, '')";
    /** Newest first; within a day by article, within an article in span order. Walks claims_newest_first. */
    private static final String NEWEST_FIRST = " ORDER BY " + DATE_KEY + " DESC, c.article_id, c.ordinal";
    /** Largest figure first (SQLite puts NULLs last in descending order), then newest first: claims_largest_first. */
    private static final String LARGEST_FIRST = " ORDER BY c.value DESC, " + DATE_KEY + " DESC, c.article_id, c.ordinal";

    /** A geocoded claim: the map's points and the precisions counted under it are the same claims. */
    private static final String LOCATED = "c.lat IS NOT NULL AND c.lon IS NOT NULL";

    /** The precision counted for a claim stored before the extractor gave places one. */
    static final String UNKNOWN_PRECISION = "unknown";

    private final ClaimQuery query;
    private final String where;
    private final List<Object> params;

    private ClaimSearch(ClaimQuery query, String where, List<Object> params) {
        this.query = query;
        this.where = where;
        this.params = params;
    }

    static ClaimSearch of(ClaimQuery q) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        FtsQuery.search(q.text()).ifPresent(match -> {
            conditions.add("c.seq IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)");
            params.add(match);
        });
        if (q.event() != null) {
            conditions.add("c.event_type = ?");
            params.add(q.event().id());
        }
        if (q.hidesStatements()) {
            conditions.add("c.event_type <> ?");
            params.add(EventType.STATEMENT.id());
        }
        if (q.status() != null) {
            conditions.add("c.status = ?");
            params.add(q.status().id());
        }
        if (q.figure()) {
            conditions.add("c.value IS NOT NULL");
        }
        if (q.source() != null) {
            conditions.add("EXISTS (SELECT 1 FROM claim_sources cs WHERE cs.claim_id = c.id AND cs.source = ?)");
            params.add(q.source());
        }
        if (q.outlet() != null) {
            conditions.add("c.outlet = ?");
            params.add(q.outlet());
        }
        if (q.actor() != null) {
            conditions.add("c.actor = ? COLLATE NOCASE");
            params.add(q.actor());
        }
        if (q.place() != null) {
            conditions.add("(c.place_text = ? OR c.place_name = ?)");
            params.add(q.place());
            params.add(q.place());
        }
        if (q.from() != null) {
            conditions.add("c.published >= ?");
            params.add(q.from());
        }
        if (q.to() != null) {
            conditions.add("c.published <= ?");
            params.add(q.to());
        }
        // the claim's time span overlaps the asked days
        if (q.eventFrom() != null) {
            conditions.add("c.event_end >= ?");
            params.add(q.eventFrom());
        }
        if (q.eventTo() != null) {
            conditions.add("c.event_start <= ?");
            params.add(q.eventTo());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return new ClaimSearch(q, where, params);
    }

    Page<Claim> page(Connection c) throws SQLException {
        long total = count(c);
        List<Keyed> rows = Sql.list(c, pageSql(), pageParams(), rs -> new Keyed(ClaimTable.read(rs),
                new Cursor(rs.getString("date_key"), rs.getString("article_id"), rs.getLong("ordinal"))));
        // one row more than the page tells whether there is a next page
        boolean more = rows.size() > query.pageSize();
        List<Keyed> items = more ? rows.subList(0, query.pageSize()) : rows;
        // a cursor marks a place in the date order only
        boolean cursor = more && query.sort() == ClaimQuery.Sort.DATE;
        return new Page<>(items.stream().map(Keyed::claim).toList(), query.page(), query.pageSize(), total,
                cursor ? items.get(items.size() - 1).cursor().encode() : null);
    }

    private record Keyed(Claim claim, Cursor cursor) {
    }

    /**
     * The page's query: after a cursor, a range on the index's key and a test for the claims of the cursor's
     * own day before it; OFFSET only for page numbers (counted from the cursor when there is one).
     */
    String pageSql() {
        String seek = query.after() == null ? where : and(where, DATE_KEY + " <= ? AND NOT (" + DATE_KEY
                + " = ? AND (c.article_id < ? OR (c.article_id = ? AND c.ordinal <= ?)))");
        return "SELECT " + ClaimTable.COLUMNS + ", " + DATE_KEY + " AS date_key, c.article_id, c.ordinal"
                + " FROM claims c" + seek + order() + " LIMIT ?" + (query.offset() > 0 ? " OFFSET ?" : "");
    }

    List<Object> pageParams() {
        List<Object> pageParams = new ArrayList<>(params);
        if (query.after() != null) {
            Cursor after = Cursor.decode(query.after());
            pageParams.addAll(List.of(after.published(), after.published(), after.articleId(), after.articleId(),
                    after.ordinal()));
        }
        pageParams.add(query.pageSize() + 1);
        if (query.offset() > 0) {
            pageParams.add(query.offset());
        }
        return pageParams;
    }

    private String order() {
        return query.sort() == ClaimQuery.Sort.FIGURE ? LARGEST_FIRST : NEWEST_FIRST;
    }

    /** Every matching claim in the query's order, one at a time (its page is ignored); the sink may call the store. */
    void each(Connection c, Sql.RowSink<Claim> sink) throws SQLException {
        Sql.each(c, "SELECT " + ClaimTable.COLUMNS + " FROM claims c" + where + order(), params, ClaimTable::read, sink);
    }

    /** The first {@code limit} matching claims with coordinates, in the query's order (counted by {@link #precisions}). */
    List<Claim> geocoded(Connection c, int limit) throws SQLException {
        List<Object> limited = new ArrayList<>(params);
        limited.add(limit);
        return Sql.list(c, "SELECT " + ClaimTable.COLUMNS + " FROM claims c" + and(where, LOCATED) + order()
                + " LIMIT ?", limited, ClaimTable::read);
    }

    /** Matching geocoded claims by the precision of their place ("unknown"), in the order of Place.Precision. */
    Map<String, Long> precisions(Connection c) throws SQLException {
        Map<String, Long> counts = new java.util.TreeMap<>(
                java.util.Comparator.comparing(ClaimSearch::precisionRank).thenComparing(s -> s));
        Sql.each(c, "SELECT coalesce(c.place_precision, '" + UNKNOWN_PRECISION + "'), count(*) FROM claims c"
                + and(where, LOCATED) + " GROUP BY 1", params,
                rs -> new Object[] {rs.getString(1), rs.getLong(2)}, row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    private static int precisionRank(String id) {
        try {
            return io.claimwatch.model.Place.Precision.of(id).ordinal();
        } catch (IllegalArgumentException e) {
            return Integer.MAX_VALUE;  // a value this version does not know sorts after the known ones
        }
    }

    /** The incidents of the matching claims, those with the most of them first. */
    Page<Incident> incidents(Connection c, int limit) throws SQLException {
        return IncidentTable.ofClaimsWhere(c, where, params, limit);
    }

    Facets facets(Connection c) throws SQLException {
        // event types, statuses and the figure count from one scan (index-only on claims_by_kind when the query
        // filters on nothing else)
        Map<String, Long> events = new HashMap<>();
        Map<String, Long> statuses = new HashMap<>();
        long[] figures = {0};
        Sql.each(c, "SELECT c.event_type, c.status, c.value IS NOT NULL, count(*) FROM claims c" + where
                + " GROUP BY 1, 2, 3", params, rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getBoolean(3),
                rs.getLong(4)}, row -> {
                    long n = (long) row[3];
                    events.merge((String) row[0], n, Long::sum);
                    statuses.merge((String) row[1], n, Long::sum);
                    if ((boolean) row[2]) {
                        figures[0] += n;
                    }
                });
        // count(DISTINCT): a party may stand twice in one chain
        List<Facet> sources = facet(c, "SELECT s.source, count(DISTINCT c.id) FROM claims c"
                + " JOIN claim_sources s ON s.claim_id = c.id" + where + " GROUP BY s.source");
        List<Facet> outlets = facet(c, "SELECT c.outlet, count(*) FROM claims c" + and(where, "c.outlet IS NOT NULL")
                + " GROUP BY c.outlet");
        List<Facet> actors = facet(c, "SELECT c.actor, count(*) FROM claims c" + and(where, "c.actor IS NOT NULL")
                + " GROUP BY c.actor COLLATE NOCASE");
        List<Facet> places = facet(c, "SELECT coalesce(c.place_name, c.place_text) AS place, count(*) FROM claims c"
                + and(where, "coalesce(c.place_name, c.place_text) IS NOT NULL") + " GROUP BY place");
        // the statements the other filters match, shown or not: what the statements toggle adds or removes
        long statements = query.event() == null || query.event() == EventType.STATEMENT
                ? of(query.withEvent(EventType.STATEMENT)).count(c) : 0;
        return new Facets(top(events), top(statuses), sources, outlets, actors, places, figures[0], statements);
    }

    /** Most frequent first, then by value, at most {@value #FACET_SIZE}: the order of {@link #facet}. */
    private static List<Facet> top(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(FACET_SIZE).map(e -> new Facet(e.getKey(), e.getValue())).toList();
    }

    private long count(Connection c) throws SQLException {
        return Sql.count(c, "SELECT count(*) FROM claims c" + where, params);
    }

    private List<Facet> facet(Connection c, String grouped) throws SQLException {
        return Sql.list(c, grouped + " ORDER BY 2 DESC, 1 LIMIT " + FACET_SIZE, params,
                rs -> new Facet(rs.getString(1), rs.getLong(2)));
    }

    /**
     * Claims of the event type (any when null) whose subject names the party (none when the party has no word to
     * match, see {@link FtsQuery#subjectOf}), oldest first, undated last, at most {@value #TIMELINE_CAP}.
     */
    static List<Claim> timeline(Connection c, String party, EventType event) throws SQLException {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (event != null) {
            conditions.add("c.event_type = ?");
            params.add(event.id());
        }
        var subject = FtsQuery.subjectOf(party);
        if (subject.isEmpty()) {
            return List.of();  // "%" or "the" names nobody; matching every subject would list every claim
        }
        conditions.add("c.seq IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)");
        params.add(subject.get());
        String where = " WHERE " + String.join(" AND ", conditions);
        return Sql.list(c, "SELECT " + ClaimTable.COLUMNS + " FROM claims c" + where
                + " ORDER BY c.published NULLS LAST, c.article_id, c.ordinal LIMIT " + TIMELINE_CAP, params,
                ClaimTable::read);
    }

    private static String and(String where, String condition) {
        return where.isEmpty() ? " WHERE " + condition : where + " AND " + condition;
    }
}
