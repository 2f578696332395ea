-- The search order (newest first, then article and position) as one index, so that the page after a cursor is
-- found by a seek instead of counting past every earlier claim. coalesce: undated claims sort last in
-- descending order, as NULLs did, and the key is never NULL, so one range condition finds the cursor's place.
CREATE INDEX claims_newest_first ON claims (coalesce(published, '') DESC, article_id, ordinal);
