package io.claimwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** The few JDBC shapes the store needs, so that each query reads as its SQL and a row mapper. */
final class Sql {
    private Sql() {
    }

    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    @FunctionalInterface
    interface RowSink<T> {
        void accept(T row) throws SQLException;
    }

    /** Parameters may hold nulls (bound as SQL NULL) and dates (bound as ISO text). */
    static <T> List<T> list(Connection c, String sql, List<?> params, Row<T> row) throws SQLException {
        List<T> out = new ArrayList<>();
        each(c, sql, params, row, out::add);
        return out;
    }

    static <T> Optional<T> first(Connection c, String sql, List<?> params, Row<T> row) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(row.read(rs)) : Optional.empty();
        }
    }

    static long count(Connection c, String sql, List<?> params) throws SQLException {
        return first(c, sql, params, rs -> rs.getLong(1)).orElse(0L);
    }

    /** Streams the rows: sqlite-jdbc steps through the result, nothing is loaded up front. */
    static <T> void each(Connection c, String sql, List<?> params, Row<T> row, RowSink<T> sink) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sink.accept(row.read(rs));
            }
        }
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, Arrays.asList(params))) {
            return ps.executeUpdate();
        }
    }

    static PreparedStatement prepare(Connection c, String sql, List<?> params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            bind(ps, params);
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
        return ps;
    }

    static void bind(PreparedStatement ps, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, value(params.get(i)));
        }
    }

    /** Dates are stored as ISO text, so they compare and sort as text. */
    static Object value(Object param) {
        return param instanceof LocalDate date ? date.toString() : param;
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : LocalDate.parse(text);
    }

    /** "?, ?, ?" for an IN list. */
    static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
