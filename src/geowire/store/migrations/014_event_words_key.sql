-- What the incremental model update looks up, found without scanning tables that grow with
-- the store.  First, a hash of each event_words row's (category, actor, word), what the incremental model update
-- (geowire.model.build.update_model) joins a batch's tokens on: one 8-byte column scanned instead
-- of three strings compared (at 10^6 events the token lookup took ~5× less CPU).  DuckDB's hash()
-- may change between versions, so the store records the hash of a fixed text it was computed
-- with (store_meta 'event_words_hash'); geowire.store.derived re-computes every key when that
-- differs, which is also how the rows already there get theirs.
ALTER TABLE event_words ADD COLUMN key UBIGINT;

-- The occurrences of a batch's documents (a re-coded document's old events may split theirs) are
-- looked up by this index, not by scanning every member link (store.derived.point_lookups).
CREATE INDEX occurrence_events_doc ON occurrence_events (doc_id);
