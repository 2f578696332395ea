-- The search workbench (issue 13): filters on the article's outlet and on the date a claim is about, copied
-- into claims like published so that filters, facets and order need no join and no JSON parsing.
-- event_start/event_end: the claim's resolved time span (json $.time), null where none was resolved.
ALTER TABLE claims ADD COLUMN outlet TEXT COLLATE NOCASE;
ALTER TABLE claims ADD COLUMN event_start TEXT;
ALTER TABLE claims ADD COLUMN event_end TEXT;

UPDATE claims SET outlet = (SELECT a.outlet FROM articles a WHERE a.id = claims.article_id),
                  event_start = json_extract(json, '$.time.start'),
                  event_end = CASE WHEN json_extract(json, '$.time.start') IS NULL THEN NULL
                                   ELSE coalesce(json_extract(json, '$.time.end'), json_extract(json, '$.time.start')) END;

CREATE INDEX claims_by_outlet ON claims (outlet);
CREATE INDEX claims_by_event_date ON claims (event_start, event_end);
CREATE INDEX claims_by_status ON claims (status, published);
-- the facets of a search that filters on the event type alone (as the default, statements hidden, does) read
-- these instead of the claims' rows: on 100,000 claims the place facet went from 0.63 s to 0.05 s
CREATE INDEX claims_by_kind ON claims (event_type, status, value);
CREATE INDEX claims_outlet_facet ON claims (event_type, outlet);
CREATE INDEX claims_actor_facet ON claims (event_type, actor COLLATE NOCASE);
CREATE INDEX claims_place_facet ON claims (event_type, place_name, place_text);
CREATE INDEX claims_by_actor ON claims (actor COLLATE NOCASE);
-- the figure order: largest first, then the date order
CREATE INDEX claims_largest_first ON claims (value DESC, coalesce(published, '') DESC, article_id, ordinal);
