-- The index the incremental model update (geowire.model.build.update_model) looks candidates up
-- in, replacing event_blocks: one row per (event, actor code, recipient code or '-', token) of
-- every clustered event, where the tokens are the content words of its sentence (as
-- geowire.model.occurrences.words makes them, the language pack's stop words left out) and
-- '^' followed by its trigger prefix (the first five letters, lower case; '^' alone when they
-- are not plain ASCII, a token every event with a trigger looks up).  Two mentions can join only
-- when they share the trigger prefix or enough content words (6 × shared ≥ both word counts), so
-- a new event's candidates are the rows of its blocks and date window that share a token with it,
-- counted per stored event — never the whole block.  Rows belong to the event, not to its
-- occurrence: an update adds the new events' rows and drops the re-coded documents' old ones.
-- Written in `lo` order by a full rebuild (and appended in arrival order), so DuckDB's
-- per-row-group min/max skip the row groups a batch of recent news cannot reach.  Derived: a
-- stored model is marked stale, so that the next command rebuilds it (and fills this table).
DROP TABLE event_blocks;
CREATE TABLE event_words (
    event_id        VARCHAR NOT NULL,
    category        VARCHAR NOT NULL,
    actor           VARCHAR NOT NULL,         -- country-level code
    recipient       VARCHAR NOT NULL,         -- country-level code, '-' when it has none
    word            VARCHAR NOT NULL,         -- a content word, or '^' || trigger prefix
    size            INTEGER NOT NULL,         -- the event's number of content words
    lo              DATE NOT NULL,            -- first and last day it may have happened on
    hi              DATE NOT NULL             -- (0001-01-01 .. 9999-12-31 when undated)
);
INSERT INTO store_meta SELECT 'model_stale', 'true' WHERE EXISTS (SELECT 1 FROM occurrences)
    ON CONFLICT (key) DO UPDATE SET value = 'true';
