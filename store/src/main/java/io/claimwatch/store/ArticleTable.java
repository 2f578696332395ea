package io.claimwatch.store;

import io.claimwatch.model.Article;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Rows of the articles table. */
final class ArticleTable {
    static final String COLUMNS = "id, url, outlet, title, published, language, skip_reason, origin, text";

    private ArticleTable() {
    }

    /** False, and nothing written, when an article with that id is already stored. */
    static boolean insert(Connection c, StoredArticle stored, Instant now) throws SQLException {
        Article a = stored.article();
        return Sql.update(c, "INSERT INTO articles (" + COLUMNS + ", ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (id) DO NOTHING",
                a.id(), a.url(), a.outlet(), a.title(), Sql.value(a.published()), stored.language(),
                stored.skipReason(), stored.origin(), a.text(), now.toString()) == 1;
    }

    static boolean exists(Connection c, String id) throws SQLException {
        return Sql.first(c, "SELECT 1 FROM articles WHERE id = ?", List.of(id), rs -> true).isPresent();
    }

    static List<String> ids(Connection c) throws SQLException {
        return Sql.list(c, "SELECT id FROM articles", List.of(), rs -> rs.getString(1));
    }

    static Optional<StoredArticle> find(Connection c, String id) throws SQLException {
        return Sql.first(c, "SELECT " + COLUMNS + " FROM articles WHERE id = ?", List.of(id), ArticleTable::read);
    }

    static StoredArticle read(ResultSet rs) throws SQLException {
        Article article = new Article(rs.getString("id"), rs.getString("text"), rs.getString("title"),
                Sql.date(rs, "published"), rs.getString("outlet"), rs.getString("url"));
        return new StoredArticle(article, rs.getString("language"), rs.getString("skip_reason"),
                rs.getString("origin"));
    }
}
