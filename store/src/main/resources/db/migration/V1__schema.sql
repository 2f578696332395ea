-- Claimwatch store, schema 1.
-- Dates are ISO-8601 text (YYYY-MM-DD): they sort and compare correctly as text.
-- Each claim is stored whole as JSON (docs/FORMAT.md), which is what the store returns; the other claim
-- columns are flattened copies for filtering, ordering and full-text search.
-- COLLATE NOCASE folds ASCII letters only, which suits the English-language corpus.

CREATE TABLE articles (
    id           TEXT PRIMARY KEY,
    url          TEXT,
    outlet       TEXT,
    title        TEXT,
    published    TEXT,
    language     TEXT,
    skip_reason  TEXT,          -- why the article gave no claims (not English, empty...); null when extracted
    origin       TEXT,          -- where it was read from: file, URL, WARC record
    text         TEXT NOT NULL,
    report_group TEXT,          -- syndication group (set by replaceLinks); null = a report of its own
    ingested_at  TEXT NOT NULL
);

CREATE TABLE claims (
    seq            INTEGER PRIMARY KEY, -- explicit rowid: claims_fts points at it, and VACUUM may renumber an implicit one
    id             TEXT NOT NULL UNIQUE,
    article_id     TEXT NOT NULL REFERENCES articles (id),
    ordinal        INTEGER NOT NULL,    -- position in the article, in span order
    event_type     TEXT NOT NULL,
    value          INTEGER,
    low            INTEGER,
    high           INTEGER,
    qualifier      TEXT,
    text           TEXT NOT NULL,       -- the claim's sentence: the evidence
    subject        TEXT,
    actor          TEXT,
    place_text     TEXT COLLATE NOCASE,
    place_name     TEXT COLLATE NOCASE,
    country        TEXT,
    lat            REAL,
    lon            REAL,
    primary_source TEXT COLLATE NOCASE,
    sources        TEXT NOT NULL,       -- the attribution chain, primary source first, as a JSON array of names
    status         TEXT NOT NULL,
    published      TEXT,                -- the article's date, copied so that filters and order need no join
    start_char     INTEGER NOT NULL,
    end_char       INTEGER NOT NULL,
    json           TEXT NOT NULL,
    UNIQUE (article_id, ordinal)
);

-- search order (date desc) and export order (date asc) both walk this index; date ranges use it too
CREATE INDEX claims_by_date ON claims (published, article_id, ordinal);
CREATE INDEX claims_by_event ON claims (event_type, published);
CREATE INDEX claims_by_place_text ON claims (place_text);
CREATE INDEX claims_by_place_name ON claims (place_name);

-- One row per link of each attribution chain, so that "source anywhere in the chain" is an index lookup
-- and the source facet a GROUP BY (the claims.sources array alone could only be scanned).
CREATE TABLE claim_sources (
    claim_id TEXT NOT NULL REFERENCES claims (id),
    position INTEGER NOT NULL,          -- 0 = primary source
    source   TEXT NOT NULL COLLATE NOCASE,
    PRIMARY KEY (claim_id, position)
);
CREATE INDEX claim_sources_by_source ON claim_sources (source, claim_id);

-- External content rather than contentless: the text is stored once (in claims), yet highlight() and
-- snippet() still work for the UI, and 'rebuild' can regenerate the index from claims if a later migration
-- changes the tokenizer. Porter stemming so that "soldier killed" finds "soldiers were killed".
CREATE VIRTUAL TABLE claims_fts USING fts5(
    text, subject, actor, place_text, place_name, sources,
    content = 'claims', content_rowid = 'seq',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- Triggers keep the index in step with claims whatever writes them.
CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
    INSERT INTO claims_fts (rowid, text, subject, actor, place_text, place_name, sources)
    VALUES (new.seq, new.text, new.subject, new.actor, new.place_text, new.place_name, new.sources);
END;

CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
    INSERT INTO claims_fts (claims_fts, rowid, text, subject, actor, place_text, place_name, sources)
    VALUES ('delete', old.seq, old.text, old.subject, old.actor, old.place_text, old.place_name, old.sources);
END;

CREATE TRIGGER claims_fts_update AFTER UPDATE ON claims BEGIN
    INSERT INTO claims_fts (claims_fts, rowid, text, subject, actor, place_text, place_name, sources)
    VALUES ('delete', old.seq, old.text, old.subject, old.actor, old.place_text, old.place_name, old.sources);
    INSERT INTO claims_fts (rowid, text, subject, actor, place_text, place_name, sources)
    VALUES (new.seq, new.text, new.subject, new.actor, new.place_text, new.place_name, new.sources);
END;

-- Incidents are rewritten as a whole by each linking run (replaceLinks).
CREATE TABLE incidents (
    id            TEXT PRIMARY KEY,
    label         TEXT NOT NULL,
    place         TEXT,
    start_date    TEXT,
    end_date      TEXT,
    article_count INTEGER NOT NULL      -- rows in incident_articles, kept for the "most articles first" order
);
CREATE INDEX incidents_by_size ON incidents (article_count DESC, end_date DESC);

CREATE TABLE incident_articles (
    incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    article_id  TEXT NOT NULL REFERENCES articles (id),
    position    INTEGER NOT NULL,
    PRIMARY KEY (incident_id, article_id)
);
CREATE INDEX incident_articles_by_article ON incident_articles (article_id);

CREATE TABLE incident_claims (
    incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    claim_id    TEXT NOT NULL REFERENCES claims (id),
    position    INTEGER NOT NULL,
    PRIMARY KEY (incident_id, claim_id)
);
CREATE INDEX incident_claims_by_claim ON incident_claims (claim_id);
