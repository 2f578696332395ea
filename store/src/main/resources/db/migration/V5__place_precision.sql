-- The precision of a claim's geocoded place (issue 12): what its point stands for, as the gazetteer row it
-- resolved to ("continent", "country", "region", "district", "city"; docs/FORMAT.md), copied from json
-- $.place.precision like the other place columns, for the map's legend counts and the exports. Claims stored
-- before the extractor wrote a precision keep it null (unknown) until their articles are extracted again.
ALTER TABLE claims ADD COLUMN place_precision TEXT;

UPDATE claims SET place_precision = json_extract(json, '$.place.precision')
WHERE json_extract(json, '$.place.precision') IS NOT NULL;

-- the map's counts by precision over a search that filters on the event type alone (as the default does) read
-- this instead of the claims' rows
CREATE INDEX claims_map ON claims (event_type, place_precision, lat, lon);
