package io.claimwatch.store;

import io.claimwatch.link.Incident;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Incidents with their article and claim memberships, and the articles' report groups: the linker's output. */
final class IncidentTable {
    private static final String COLUMNS = "i.id, i.label, i.place, i.start_date, i.end_date";
    private static final String BIGGEST_FIRST = " ORDER BY i.article_count DESC, i.end_date DESC, i.id";

    private IncidentTable() {
    }

    /**
     * Replaces the previous linking run as a whole. An article or claim id the store does not hold is a linker bug
     * and fails (unknown article for a report group; foreign key for a membership), so the caller rolls back.
     */
    static void replace(Connection c, Map<String, String> reportGroupOfArticle, List<Incident> incidents,
                        Map<String, IncidentMeasures> measures) throws SQLException {
        Sql.update(c, "UPDATE articles SET report_group = NULL WHERE report_group IS NOT NULL");
        try (PreparedStatement group = c.prepareStatement("UPDATE articles SET report_group = ? WHERE id = ?")) {
            for (Map.Entry<String, String> entry : reportGroupOfArticle.entrySet()) {
                Sql.bind(group, List.of(entry.getValue(), entry.getKey()));
                if (group.executeUpdate() != 1) {
                    throw new StoreException("report group for an article the store does not hold: " + entry.getKey());
                }
            }
        }
        Sql.update(c, "DELETE FROM incident_claims");
        Sql.update(c, "DELETE FROM incident_articles");
        Sql.update(c, "DELETE FROM incidents");
        try (PreparedStatement incident = c.prepareStatement("INSERT INTO incidents"
                + " (id, label, place, start_date, end_date, article_count, toll, independent_sources, contradictions)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement article = c.prepareStatement(
                     "INSERT INTO incident_articles (incident_id, article_id, position) VALUES (?, ?, ?)");
             PreparedStatement claim = c.prepareStatement(
                     "INSERT INTO incident_claims (incident_id, claim_id, position) VALUES (?, ?, ?)")) {
            for (Incident i : incidents) {
                IncidentMeasures m = measures.get(i.id());
                Sql.bind(incident, Arrays.asList(i.id(), i.label(), i.place(), Sql.value(i.start()),
                        Sql.value(i.end()), i.articleIds().size(), m == null ? null : m.toll(),
                        m == null ? null : m.independentSources(), m == null ? null : m.contradictions()));
                incident.executeUpdate();
                insertMembers(article, i.id(), i.articleIds());
                insertMembers(claim, i.id(), i.claimIds());
            }
        }
    }

    private static void insertMembers(PreparedStatement insert, String incidentId, List<String> memberIds)
            throws SQLException {
        for (int position = 0; position < memberIds.size(); position++) {
            Sql.bind(insert, List.of(incidentId, memberIds.get(position), position));
            insert.executeUpdate();
        }
    }

    static String reportGroup(Connection c, String articleId) throws SQLException {
        return Sql.first(c, "SELECT coalesce(report_group, id) FROM articles WHERE id = ?", List.of(articleId),
                rs -> rs.getString(1)).orElse(articleId);
    }

    static Page<Incident> page(Connection c, int page, int pageSize) throws SQLException {
        int size = Page.size(pageSize);
        int number = Page.number(page);
        long total = Sql.count(c, "SELECT count(*) FROM incidents", List.of());
        List<Incident> items = load(c, "SELECT " + COLUMNS + " FROM incidents i" + BIGGEST_FIRST + " LIMIT ? OFFSET ?",
                List.of(size, (long) (number - 1) * size));
        return new Page<>(items, number, size, total);
    }

    /** A page of the incidents list in the order asked, each with its measures and flagged claims. */
    static Page<IncidentListing> listing(Connection c, IncidentOrder order, boolean ascending, int page, int pageSize)
            throws SQLException {
        int size = Page.size(pageSize);
        int number = Page.number(page);
        long total = Sql.count(c, "SELECT count(*) FROM incidents", List.of());
        List<Incident> incidents = load(c, "SELECT " + COLUMNS + " FROM incidents i" + order.orderBy(ascending)
                + " LIMIT ? OFFSET ?", List.of(size, (long) (number - 1) * size));
        List<IncidentListing> items = new ArrayList<>(incidents.size());
        for (Incident i : incidents) {
            items.add(Sql.first(c, "SELECT toll, independent_sources, contradictions, (SELECT count(DISTINCT f.claim_id)"
                    + " FROM incident_claims ic JOIN claim_flags f ON f.claim_id = ic.claim_id WHERE ic.incident_id = i.id)"
                    + " FROM incidents i WHERE i.id = ?", List.of(i.id()),
                    rs -> new IncidentListing(i, nullableLong(rs, 1), intOrNull(rs, 2), intOrNull(rs, 3),
                            rs.getInt(4))).orElseThrow());
        }
        return new Page<>(items, number, size, total);
    }

    static Optional<Incident> find(Connection c, String id) throws SQLException {
        return load(c, "SELECT " + COLUMNS + " FROM incidents i WHERE i.id = ?", List.of(id)).stream().findFirst();
    }

    static List<Incident> ofClaim(Connection c, String claimId) throws SQLException {
        return load(c, "SELECT " + COLUMNS + " FROM incidents i JOIN incident_claims ic ON ic.incident_id = i.id"
                + " WHERE ic.claim_id = ?" + BIGGEST_FIRST, List.of(claimId));
    }

    /**
     * The incidents of the claims matching {@code where} (over {@code claims c}), those with the most matching
     * claims first; {@code total} counts them all.
     */
    static Page<Incident> ofClaimsWhere(Connection c, String where, List<Object> params, int limit) throws SQLException {
        String joined = " FROM claims c JOIN incident_claims ic ON ic.claim_id = c.id JOIN incidents i ON i.id = ic.incident_id"
                + where;
        List<Object> limited = new ArrayList<>(params);
        limited.add(limit);
        long[] total = {0};
        List<Row> rows = new ArrayList<>();
        // count(*) OVER (): the number of groups, read with the first page of them
        Sql.each(c, "SELECT " + COLUMNS + ", count(*) OVER () AS incident_count" + joined + " GROUP BY i.id"
                + " ORDER BY count(*) DESC, i.article_count DESC, i.end_date DESC, i.id LIMIT ?", limited, rs -> {
                    total[0] = rs.getLong("incident_count");
                    return Row.read(rs);
                }, rows::add);
        return new Page<>(withMembers(c, rows), 1, limit, total[0]);
    }

    /** The incidents of each claim (biggest first), for a page of claims: three queries, whatever its size. */
    static Map<String, List<Incident>> ofClaims(Connection c, List<String> claimIds) throws SQLException {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> idsOfClaim = new LinkedHashMap<>();
        Map<String, Row> rows = new LinkedHashMap<>();
        Sql.each(c, "SELECT ic.claim_id, " + COLUMNS + " FROM incidents i JOIN incident_claims ic ON ic.incident_id = i.id"
                + " WHERE ic.claim_id IN (" + Sql.marks(claimIds.size()) + ")" + BIGGEST_FIRST, claimIds,
                rs -> Map.entry(rs.getString("claim_id"), Row.read(rs)), e -> {
                    idsOfClaim.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue().id());
                    rows.putIfAbsent(e.getValue().id(), e.getValue());
                });
        Map<String, Incident> byId = new HashMap<>();
        withMembers(c, new ArrayList<>(rows.values())).forEach(i -> byId.put(i.id(), i));
        Map<String, List<Incident>> out = new HashMap<>();
        idsOfClaim.forEach((claim, ids) -> out.put(claim, ids.stream().map(byId::get).toList()));
        return out;
    }

    /** The rows' incidents with their members, read by two IN queries over all the rows. */
    private static List<Incident> withMembers(Connection c, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = rows.stream().map(Row::id).toList();
        Map<String, List<String>> articles = members(c, "incident_articles", "article_id", ids);
        Map<String, List<String>> claims = members(c, "incident_claims", "claim_id", ids);
        return rows.stream().map(r -> new Incident(r.id(), r.label(), r.place(), r.start(), r.end(),
                articles.getOrDefault(r.id(), List.of()), claims.getOrDefault(r.id(), List.of()))).toList();
    }

    private static Map<String, List<String>> members(Connection c, String table, String column, List<String> ids)
            throws SQLException {
        Map<String, List<String>> out = new HashMap<>();
        Sql.each(c, "SELECT incident_id, " + column + " FROM " + table + " WHERE incident_id IN (" + Sql.marks(ids.size())
                + ") ORDER BY incident_id, position", ids, rs -> Map.entry(rs.getString(1), rs.getString(2)),
                e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return out;
    }

    /** Reads the incident rows first, then each one's members (one indexed lookup each). */
    private static List<Incident> load(Connection c, String sql, List<?> params) throws SQLException {
        List<Row> rows = Sql.list(c, sql, params, Row::read);
        List<Incident> incidents = new ArrayList<>(rows.size());
        for (Row row : rows) {
            List<String> articles = Sql.list(c, "SELECT article_id FROM incident_articles WHERE incident_id = ?"
                    + " ORDER BY position", List.of(row.id()), rs -> rs.getString(1));
            List<String> claims = Sql.list(c, "SELECT claim_id FROM incident_claims WHERE incident_id = ?"
                    + " ORDER BY position", List.of(row.id()), rs -> rs.getString(1));
            incidents.add(new Incident(row.id(), row.label(), row.place(), row.start(), row.end(), articles, claims));
        }
        return incidents;
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static Integer intOrNull(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private record Row(String id, String label, String place, LocalDate start, LocalDate end) {
        static Row read(ResultSet rs) throws SQLException {
            return new Row(rs.getString("id"), rs.getString("label"), rs.getString("place"),
                    Sql.date(rs, "start_date"), Sql.date(rs, "end_date"));
        }
    }
}
