-- What the incremental model update looks up, found without scanning tables that grow with
-- the store.  First, a hash of each event_words row's (category, actor, word), what the incremental model update
-- (geowire.model.build.update_model) joins a batch's tokens on: one 8-byte column scanned instead
-- of three strings compared (at 10^6 events the token lookup took ~5× less CPU).  DuckDB's hash()
-- may change between versions, so the store records the hash of a fixed text it was computed
-- with (store_meta 'event_words_hash'); geowire.store.derived re-computes every key when that
-- differs, which is also how the rows already there get theirs.
ALTER TABLE event_words ADD COLUMN key UBIGINT;

-- Second, each member link keeps what an update re-computes its occurrence's row from (the mean
-- score, the best date, the outlet count): its event's score, date, precision and date source,
-- and its document's outlet (the document id when it has none) — so that merging a batch into
-- a large occurrence reads its links, not its members' events and documents.
ALTER TABLE occurrence_events ADD COLUMN score DOUBLE;
ALTER TABLE occurrence_events ADD COLUMN event_date DATE;
ALTER TABLE occurrence_events ADD COLUMN date_precision VARCHAR;
ALTER TABLE occurrence_events ADD COLUMN date_source VARCHAR;
ALTER TABLE occurrence_events ADD COLUMN source VARCHAR;
-- (written again, not updated in place: an UPDATE joining 10^6 links took minutes)
CREATE TEMP TABLE links_014 AS SELECT oe.occurrence_id, oe.event_id, oe.doc_id, e.score, e.date,
    e.date_precision, e.date_source, coalesce(nullif(d.outlet, ''), oe.doc_id)
    FROM occurrence_events oe LEFT JOIN events e ON e.id = oe.event_id LEFT JOIN documents d ON d.id = oe.doc_id;
DELETE FROM occurrence_events;
INSERT INTO occurrence_events SELECT * FROM links_014;
DROP TABLE links_014;

-- Third, the occurrences of a batch's documents (a re-coded document's old events may split theirs) are
-- looked up by this index, not by scanning every member link (store.derived.point_lookups).
CREATE INDEX occurrence_events_doc ON occurrence_events (doc_id);
