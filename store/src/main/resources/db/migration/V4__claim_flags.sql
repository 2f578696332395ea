-- A reader's mark that an extraction is wrong: which claim, which of its fields (docs/FORMAT.md's names, or
-- "claim" for the whole claim), a free-text note, and when. Flags are kept, never edited: a second opinion is a
-- second row. Claims are never deleted (ingest is idempotent), so the reference always holds.
CREATE TABLE claim_flags (
    id         INTEGER PRIMARY KEY,
    claim_id   TEXT NOT NULL REFERENCES claims (id),
    field      TEXT NOT NULL,
    note       TEXT NOT NULL,
    created_at TEXT NOT NULL            -- ISO-8601 instant, UTC
);
CREATE INDEX claim_flags_by_claim ON claim_flags (claim_id, id);
