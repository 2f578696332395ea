-- What the incidents list sorts by, computed from each incident's summary when the store is relinked
-- (io.claimwatch.ingest.Relink): the best estimate of the killed (null when no figure of the killed),
-- the independent primary sources and the contradictions. Null until the next relink in a store linked before
-- this migration; nulls sort last.
ALTER TABLE incidents ADD COLUMN toll INTEGER;
ALTER TABLE incidents ADD COLUMN independent_sources INTEGER;
ALTER TABLE incidents ADD COLUMN contradictions INTEGER;
CREATE INDEX incidents_by_end ON incidents (end_date DESC);
