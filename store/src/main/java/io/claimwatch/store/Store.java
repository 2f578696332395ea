package io.claimwatch.store;

import io.claimwatch.link.ArticleFacts;
import io.claimwatch.link.Incident;
import io.claimwatch.model.Claim;
import io.claimwatch.model.EventType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Consumer;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded Claimwatch store: one SQLite file holding articles, their claims (whole JSON plus columns to
 * filter on, and a full-text index), and the linker's incidents and report groups.
 *
 * <p>Reads may run from any number of threads: each borrows a connection of its own and sees one committed
 * state of the file for the whole call. Writes are serialized on one writer connection, each in one
 * transaction; the store is made for one writer thread (an ingest), next to readers (the web server).
 *
 * <p>Every failure of the database surfaces as a {@link StoreException} naming the file.
 */
public final class Store implements AutoCloseable, ArticleFacts {
    /** Idle reader connections kept for reuse; more are opened while more threads read at once. */
    private static final int MAX_IDLE_READERS = 8;
    /** Ids per IN list, far under SQLite's limit on parameters. */
    private static final int IDS_PER_QUERY = 500;

    private final Path file;
    private final SQLiteDataSource dataSource;
    private final Connection writer;
    private final Deque<Connection> idleReaders = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;

    /** Held by writes and close: the writer connection is null in a read-only store. */
    private final Object writeLock = new Object();

    private Store(Path file, SQLiteDataSource dataSource, Connection writer) {
        this.file = file;
        this.dataSource = dataSource;
        this.writer = writer;
    }

    /**
     * Opens the store in {@code file}, creating the file and its directories when absent and migrating its
     * schema to the current version.
     *
     * @throws StoreException when the file is not a Claimwatch store or cannot be opened
     */
    public static Store open(Path file) {
        Path path = file.toAbsolutePath().normalize();
        if (Files.exists(path) && !StoreFile.writable(path)) {
            return openReadOnly(path);
        }
        SQLiteDataSource dataSource = StoreFile.prepare(path);
        return new Store(path, dataSource, connectWriter(dataSource, path));
    }

    /**
     * Opens an existing store for reading only: nothing is created, migrated or written, and every write is
     * refused. {@link #open} does this itself for a store whose file or directory cannot be written.
     *
     * @throws StoreException when there is no store at {@code file} or it is not a Claimwatch store
     */
    public static Store openReadOnly(Path file) {
        Path path = file.toAbsolutePath().normalize();
        return openReadOnly(path, StoreFile.needsImmutable(path));
    }

    static Store openReadOnly(Path file, boolean immutable) {
        Path path = file.toAbsolutePath().normalize();
        return new Store(path, StoreFile.readOnly(path, immutable), null);
    }

    /** True when the store was opened for reading only: every write throws. */
    public boolean readOnly() {
        return writer == null;
    }

    public Path file() {
        return file;
    }

    // ---- articles and claims

    public boolean hasArticle(String id) {
        return read(c -> ArticleTable.exists(c, id));
    }

    /** The ids of every stored article: an ingest skips these before extracting anything. */
    public Set<String> articleIds() {
        return new HashSet<>(read(ArticleTable::ids));
    }

    /**
     * Stores an article with all its claims, in one transaction: on any failure nothing of it is stored.
     *
     * @return false, changing nothing, when an article with this id is already stored (ingest is idempotent)
     * @throws IllegalArgumentException when a claim belongs to another article
     * @throws StoreException when writing fails, e.g. a claim id is stored already (an extractor bug)
     */
    public boolean putArticle(StoredArticle article, List<Claim> claims) {
        for (Claim claim : claims) {
            if (!claim.article().id().equals(article.id())) {
                throw new IllegalArgumentException("claim " + claim.id() + " belongs to article "
                        + claim.article().id() + ", not " + article.id());
            }
        }
        return write("storing article " + article.id(), c -> {
            if (!ArticleTable.insert(c, article, Instant.now())) {
                return false;
            }
            ClaimTable.insert(c, article.id(), article.article().published(), claims);
            return true;
        });
    }

    public Optional<StoredArticle> article(String id) {
        return read(c -> ArticleTable.find(c, id));
    }

    /** When the article was first read into the store: the "retrieved" date of a citation. */
    public Optional<Instant> retrieved(String articleId) {
        return read(c -> Sql.first(c, "SELECT ingested_at FROM articles WHERE id = ?", List.of(articleId),
                rs -> Instant.parse(rs.getString(1))));
    }

    /** An article's text, or "" when it is not stored (or was loaded without text). */
    @Override
    public String articleText(String id) {
        return article(id).map(a -> a.article().text()).orElse("");
    }

    /** The article's title, null when it has none or is not stored. */
    @Override
    public String articleTitle(String id) {
        // the title column alone: an incident summary reads each article's text already
        return read(c -> Sql.first(c, "SELECT title FROM articles WHERE id = ?", List.of(id), rs -> rs.getString(1)))
                .orElse(null);
    }

    public Optional<Claim> claim(String id) {
        return read(c -> Sql.first(c, "SELECT " + ClaimTable.COLUMNS + " FROM claims c WHERE c.id = ?",
                List.of(id), ClaimTable::read));
    }

    /** The claims with these ids, in the order given, each once; ids the store does not hold are left out. */
    public List<Claim> claims(Collection<String> ids) {
        List<String> wanted = List.copyOf(new LinkedHashSet<>(ids));
        Map<String, Claim> found = new HashMap<>();
        read(c -> {
            for (int from = 0; from < wanted.size(); from += IDS_PER_QUERY) {
                List<String> chunk = wanted.subList(from, Math.min(wanted.size(), from + IDS_PER_QUERY));
                Sql.each(c, "SELECT " + ClaimTable.COLUMNS + " FROM claims c WHERE c.id IN ("
                        + Sql.marks(chunk.size()) + ")", chunk, ClaimTable::read, claim -> found.put(claim.id(), claim));
            }
            return null;
        });
        return wanted.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** The claims of one article in span order. */
    public List<Claim> claimsOfArticle(String articleId) {
        return read(c -> Sql.list(c, "SELECT " + ClaimTable.COLUMNS + " FROM claims c WHERE c.article_id = ?"
                + " ORDER BY c.ordinal", List.of(articleId), ClaimTable::read));
    }

    // ---- search

    /** Claims matching the query, newest publication first, then by article and span; see {@link ClaimQuery}. */
    public Page<Claim> searchClaims(ClaimQuery q) {
        return read(c -> ClaimSearch.of(q).page(c));
    }

    /** Top event types, statuses, sources, outlets, actors and places of all claims matching the query (its page is ignored). */
    public Facets facets(ClaimQuery q) {
        return read(c -> ClaimSearch.of(q).facets(c));
    }

    /** Every claim matching the query, in its order, one at a time (its page is ignored); the sink may call the store. */
    public void forEachClaim(ClaimQuery q, Consumer<Claim> sink) {
        read(c -> {
            ClaimSearch.of(q).each(c, sink::accept);
            return null;
        });
    }

    /**
     * The first {@code limit} geocoded claims matching the query, in its order (its page is ignored), for a map;
     * how many there are in all is the sum of {@link #precisionCounts}.
     */
    public List<Claim> geocodedClaims(ClaimQuery q, int limit) {
        return read(c -> ClaimSearch.of(q).geocoded(c, limit));
    }

    /**
     * How many geocoded claims match the query at each precision of their place ("city", "country"...;
     * "unknown": stored before places had one), coarsest first, unknown last.
     */
    public Map<String, Long> precisionCounts(ClaimQuery q) {
        return read(c -> ClaimSearch.of(q).precisions(c));
    }

    /** The first {@code limit} incidents of the claims matching the query, those with the most of them first. */
    public Page<Incident> incidentsOf(ClaimQuery q, int limit) {
        return read(c -> ClaimSearch.of(q).incidents(c, Page.size(limit)));
    }

    /**
     * Claims with the source anywhere in their chain (case-insensitive), newest publication first. A blank name
     * names no source: none (a query would read it as "no filter" and give every claim).
     */
    public Page<Claim> claimsBySource(String source, int page, int pageSize) {
        ClaimQuery query = new ClaimQuery(null, null, source, null, null, null, page, pageSize);
        if (query.source() == null) {
            return new Page<>(List.of(), query.page(), query.pageSize(), 0);
        }
        return searchClaims(query);
    }

    /**
     * Claims of the event type (any when null) about the party, oldest publication first (undated last), at
     * most 1000. A subject names the party when it holds every word of it, except that "soldiers", "troops",
     * "servicemen", "forces"... stand for one another (likewise "people", "persons"), and "the", "of"... are
     * ignored: "North Korean soldiers" finds "North Korean troops", not "North Korean civilians". Words match
     * whole, case and plural aside (stemmed). A party without a word to match ("%", "the") names nobody: none.
     */
    public List<Claim> timeline(String party, EventType event) {
        return read(c -> ClaimSearch.timeline(c, party, event));
    }

    // ---- linking

    /**
     * Replaces the previous linking run in one transaction: every article's report group (articles not in the
     * map become their own report again) and all incidents with their article and claim memberships.
     *
     * @throws StoreException, changing nothing, when an article or claim id is not in the store
     */
    public void replaceLinks(Map<String, String> reportGroupOfArticle, List<Incident> incidents) {
        replaceLinks(reportGroupOfArticle, incidents, Map.of());
    }

    /**
     * The same, keeping each incident's measures (by incident id) for the incidents list to sort by; an incident
     * without measures sorts last on them.
     */
    public void replaceLinks(Map<String, String> reportGroupOfArticle, List<Incident> incidents,
                             Map<String, IncidentMeasures> measures) {
        write("replacing incidents and report groups", c -> {
            IncidentTable.replace(c, reportGroupOfArticle, incidents, measures);
            return null;
        });
    }

    /** The report group (syndication) of the article: its own id when it is not grouped or not stored. */
    @Override
    public String reportGroup(String articleId) {
        return read(c -> IncidentTable.reportGroup(c, articleId));
    }

    /** Incidents told by the most articles first, then the latest (by end date). */
    public Page<Incident> incidents(int page, int pageSize) {
        return read(c -> IncidentTable.page(c, page, pageSize));
    }

    /** The incidents list in the order asked, with each incident's measures and flagged claims. */
    public Page<IncidentListing> incidents(IncidentOrder order, boolean ascending, int page, int pageSize) {
        return read(c -> IncidentTable.listing(c, order, ascending, page, pageSize));
    }

    public Optional<Incident> incident(String id) {
        return read(c -> IncidentTable.find(c, id));
    }

    public List<Incident> incidentsOfClaim(String claimId) {
        return read(c -> IncidentTable.ofClaim(c, claimId));
    }

    // ---- readers' flags

    /**
     * Marks an extraction wrong: a flag on the claim's {@code field} with a note, stamped now.
     *
     * @throws IllegalArgumentException for a blank field or a note over {@link ClaimFlag#MAX_NOTE} characters
     * @throws StoreException when the store holds no such claim, or is read-only
     */
    public ClaimFlag flagClaim(String claimId, String field, String note) {
        return write("flagging claim " + claimId, c -> {
            if (Sql.count(c, "SELECT count(*) FROM claims WHERE id = ?", List.of(claimId)) == 0) {
                throw new StoreException("no claim " + claimId + " to flag");
            }
            return FlagTable.insert(c, claimId, field, note, Instant.now());
        });
    }

    /** The flags of a claim, oldest first. */
    public List<ClaimFlag> flags(String claimId) {
        return read(c -> FlagTable.of(c, claimId));
    }

    /** How many flags each of these claims has; claims without any are left out. */
    public Map<String, Integer> flagCounts(Collection<String> claimIds) {
        List<String> wanted = List.copyOf(new LinkedHashSet<>(claimIds));
        return read(c -> {
            Map<String, Integer> counts = new HashMap<>();
            for (int from = 0; from < wanted.size(); from += IDS_PER_QUERY) {
                counts.putAll(FlagTable.counts(c, wanted.subList(from, Math.min(wanted.size(), from + IDS_PER_QUERY))));
            }
            return counts;
        });
    }

    /** The incidents of each claim (biggest first; a claim of none is not in the map): a few queries per 500 claims. */
    public Map<String, List<Incident>> incidentsOfClaims(List<String> claimIds) {
        Map<String, List<Incident>> out = new HashMap<>();
        for (int from = 0; from < claimIds.size(); from += IDS_PER_QUERY) {
            List<String> chunk = claimIds.subList(from, Math.min(claimIds.size(), from + IDS_PER_QUERY));
            out.putAll(read(c -> IncidentTable.ofClaims(c, chunk)));
        }
        return out;
    }

    // ---- streaming and totals

    /** Every article by id, one at a time; the sink may call the store. */
    public void forEachArticle(Consumer<StoredArticle> sink) {
        read(c -> {
            Sql.each(c, "SELECT " + ArticleTable.COLUMNS + " FROM articles ORDER BY id", List.of(),
                    ArticleTable::read, sink::accept);
            return null;
        });
    }

    /** Every claim by publication date (undated first, as in the date index), then article, then span. */
    public void forEachClaim(Consumer<Claim> sink) {
        read(c -> {
            Sql.each(c, "SELECT " + ClaimTable.COLUMNS + " FROM claims c ORDER BY c.published, c.article_id,"
                    + " c.ordinal", List.of(), ClaimTable::read, sink::accept);
            return null;
        });
    }

    public StoreStats stats() {
        return read(c -> Sql.first(c, "SELECT (SELECT count(*) FROM articles),"
                + " (SELECT count(*) FROM articles WHERE skip_reason IS NOT NULL),"
                + " (SELECT count(*) FROM claims),"
                + " (SELECT count(*) FROM incidents),"
                + " (SELECT count(DISTINCT coalesce(report_group, id)) FROM articles WHERE skip_reason IS NULL)",
                List.of(), rs -> new StoreStats(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5))).orElseThrow());
    }

    @Override
    public void close() {
        synchronized (writeLock) {
            if (closed) {
                return;
            }
            closed = true;
            if (writer == null) {
                closeIdleReaders();
                return;
            }
            try {
                // keeps the query planner's statistics fresh, as SQLite advises before closing a connection
                try (Statement statement = writer.createStatement()) {
                    statement.execute("PRAGMA optimize");
                }
                writer.close();
            } catch (SQLException e) {
                throw new StoreException("closing store " + file + " failed: " + e.getMessage(), e);
            } finally {
                closeIdleReaders();
            }
        }
    }

    private void closeIdleReaders() {
        for (Connection reader; (reader = idleReaders.poll()) != null; ) {
            closeQuietly(reader);
        }
    }

    // ---- connections

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs the work on a reader connection in one read transaction, so that it sees one committed state. */
    private <T> T read(Work<T> work) {
        Connection c = idleReaders.poll();
        if (c == null) {
            requireOpen();
            c = connect(dataSource, file);
        }
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("reading store " + file + " failed: " + e.getMessage(), e);
        } finally {
            release(c);
        }
    }

    private void release(Connection c) {
        try {
            c.rollback(); // ends the read transaction; there is nothing to undo
        } catch (SQLException e) {
            closeQuietly(c);
            return;
        }
        if (closed || idleReaders.size() >= MAX_IDLE_READERS) {
            closeQuietly(c);
            return;
        }
        idleReaders.push(c);
        if (closed && idleReaders.remove(c)) { // close() ran in between and missed it
            closeQuietly(c);
        }
    }

    /** Runs the work in one transaction on the writer connection: committed whole, or rolled back whole. */
    private <T> T write(String what, Work<T> work) {
        synchronized (writeLock) {
            requireOpen();
            if (writer == null) {
                throw new StoreException(what + " in " + file + " refused: the store is open read-only"
                        + " (its file or directory cannot be written)");
            }
            try {
                execute(writer, "BEGIN IMMEDIATE");
            } catch (SQLException e) {
                throw new StoreException(what + " in " + file + " failed: the store stayed locked by another"
                        + " writer: " + e.getMessage(), e);
            }
            try {
                T result = work.run(writer);
                execute(writer, "COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    execute(writer, "ROLLBACK");
                } catch (SQLException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                if (e instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new StoreException(what + " in " + file + " failed, nothing of it was stored: "
                        + e.getMessage(), e);
            }
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new StoreException("store " + file + " is closed");
        }
    }

    /**
     * The writer runs in autocommit mode and opens each transaction itself with BEGIN IMMEDIATE: the write lock
     * is taken when the transaction begins, so that a write that reads first waits for another process's writer
     * (busy timeout) instead of failing with SQLITE_BUSY_SNAPSHOT when that one committed in between; and no
     * lock is held between writes (JDBC's autocommit off would begin the next transaction at once, and an
     * immediate one would keep every other process out).
     */
    private static Connection connectWriter(SQLiteDataSource dataSource, Path file) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new StoreException("cannot open store " + file + ": " + e.getMessage(), e);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement statement = c.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Reader connections run with autocommit off: every read of the store is one transaction. */
    private static Connection connect(SQLiteDataSource dataSource, Path file) {
        try {
            Connection c = dataSource.getConnection();
            c.setAutoCommit(false);
            return c;
        } catch (SQLException e) {
            throw new StoreException("cannot open store " + file + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // a reader holds nothing worth reporting
        }
    }
}
