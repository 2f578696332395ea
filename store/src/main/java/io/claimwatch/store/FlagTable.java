package io.claimwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Readers' marks that extractions are wrong (claim_flags), oldest first. */
final class FlagTable {
    private FlagTable() {
    }

    static ClaimFlag insert(Connection c, String claimId, String field, String note, Instant at) throws SQLException {
        ClaimFlag draft = new ClaimFlag(0, claimId, field, note, at);  // validates before writing
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO claim_flags (claim_id, field, note, created_at) VALUES (?, ?, ?, ?)")) {
            Sql.bind(insert, List.of(claimId, draft.field(), draft.note(), at.toString()));
            insert.executeUpdate();
        }
        long id = Sql.count(c, "SELECT last_insert_rowid()", List.of());
        return new ClaimFlag(id, claimId, draft.field(), draft.note(), at);
    }

    static List<ClaimFlag> of(Connection c, String claimId) throws SQLException {
        return Sql.list(c, "SELECT id, claim_id, field, note, created_at FROM claim_flags WHERE claim_id = ? ORDER BY id",
                List.of(claimId), FlagTable::read);
    }

    /** The number of flags of each of these claims that has any. */
    static Map<String, Integer> counts(Connection c, List<String> claimIds) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        if (claimIds.isEmpty()) {
            return counts;
        }
        Sql.each(c, "SELECT claim_id, count(*) FROM claim_flags WHERE claim_id IN (" + Sql.marks(claimIds.size())
                + ") GROUP BY claim_id", claimIds, rs -> Map.entry(rs.getString(1), rs.getInt(2)),
                e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    private static ClaimFlag read(ResultSet rs) throws SQLException {
        return new ClaimFlag(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Instant.parse(rs.getString(5)));
    }
}
