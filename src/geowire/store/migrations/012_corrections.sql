-- Analysts' corrections of the coder (geowire.store.corrections), one row per correction, with
-- who made it and when.  action: reject (the event is wrong: removed from events), fix (its
-- category, actors, recipients or modality replaced in events), add (a missed event inserted).
-- The events table always holds the corrected coding, so every count, series and export reads
-- it; `original` keeps the coder's row as it was (JSON; NULL for an added event) for audit.
-- A re-coded document gets its corrections applied again in the transaction that replaces its
-- events: they are found by event id, else by (doc_id, sentence_index, trigger_start, trigger_end).
-- category / actor_codes / recipient_codes / modality: the new values (NULL = left as coded).
CREATE TABLE corrections (
    id              VARCHAR PRIMARY KEY,      -- 'co' + 16 hex chars
    action          VARCHAR NOT NULL,         -- reject | fix | add
    event_id        VARCHAR NOT NULL,         -- the corrected (or added) event
    doc_id          VARCHAR NOT NULL,
    sentence_index  INTEGER NOT NULL,
    trigger_start   INTEGER NOT NULL,
    trigger_end     INTEGER NOT NULL,
    category        VARCHAR,
    actor_codes     VARCHAR[],
    recipient_codes VARCHAR[],
    modality        VARCHAR,
    original        JSON,
    who             VARCHAR NOT NULL,
    made_at         TIMESTAMP NOT NULL,
    note            VARCHAR
);
CREATE INDEX corrections_doc ON corrections (doc_id);
