-- An incremental update (geowire.model.build.update_model) deletes the occurrences it merges and
-- inserts the merged ones, with their dyads.  Two ART indexes made those writes cost what the whole
-- store holds, not what the batch touches (issue 12, measured at 10^7 events): inserting ~1,000
-- merged occurrences checked the `occurrences` primary key, whose first use after opening the store
-- loads most of its 4.3 M random keys (~100 CPU-ms in the INSERT), and the deleted rows left the
-- primary key and `occurrence_dyads_pair` to clean up in COMMIT (~60 CPU-ms of its ~85).  Neither
-- serves a read: occurrences are read by date, by scan or joined, and no query filters
-- occurrence_dyads on (level, source, target) (the pair queries read dyad_days and dyad_totals).
-- An occurrence's id stays unique by construction ('oc' + hash of its earliest member's event id;
-- an update deletes the occurrences it absorbs before inserting their union), which the
-- incremental == rebuild property tests check; the column stays NOT NULL.
-- The table is written again, in the order it had (date order, migration 017).
DROP INDEX occurrence_dyads_pair;
CREATE TABLE occurrences_022 (
    id              VARCHAR NOT NULL,         -- 'oc' + hash of the earliest member event id (unique)
    category        VARCHAR NOT NULL,
    quad_class      INTEGER NOT NULL,
    score           DOUBLE NOT NULL,          -- mean PLOVER score of its mentions
    date            DATE,                     -- the most precise date among its mentions
    date_precision  VARCHAR,
    actor_codes     VARCHAR[] NOT NULL,       -- country-level codes
    recipient_codes VARCHAR[] NOT NULL,
    actors          VARCHAR[] NOT NULL,       -- actor-level codes ('RUS' or 'RUS:GOV')
    recipients      VARCHAR[] NOT NULL,
    modality        VARCHAR NOT NULL,         -- asserted if any mention asserts it
    counts          BOOLEAN NOT NULL,         -- modality = 'asserted'
    mention_count   INTEGER NOT NULL,
    doc_count       INTEGER NOT NULL,
    source_count    INTEGER NOT NULL,         -- distinct outlets (a document without outlet counts as one)
    first_seen      DATE,
    last_seen       DATE,
    summary         VARCHAR NOT NULL          -- the sentence of its first mention
);
INSERT INTO occurrences_022 SELECT * FROM occurrences;
DROP TABLE occurrences;
ALTER TABLE occurrences_022 RENAME TO occurrences;
