-- Events: one row per coded PLOVER event mention, with its evidence.
-- Offsets are character offsets into documents.text.  actors/recipients hold JSON lists of
-- {code, sector, entity_text, wikidata, start, end, kind}.  `counts` is true only for asserted
-- events: negated, hypothetical and future events are stored and shown, never counted.
CREATE TABLE events (
    id              VARCHAR PRIMARY KEY,      -- 'ev' + 16 hex chars (stable hash of the coding)
    doc_id          VARCHAR NOT NULL,
    sentence_index  INTEGER NOT NULL,
    sentence        VARCHAR NOT NULL,
    sentence_start  INTEGER NOT NULL,
    category        VARCHAR NOT NULL,         -- one of the 16 PLOVER categories
    mode            VARCHAR,
    context         VARCHAR[] NOT NULL,
    trigger_start   INTEGER NOT NULL,
    trigger_end     INTEGER NOT NULL,
    trigger_text    VARCHAR NOT NULL,
    actors          JSON NOT NULL,
    recipients      JSON NOT NULL,
    actor_codes     VARCHAR[] NOT NULL,       -- for filtering; same order as actors
    recipient_codes VARCHAR[] NOT NULL,
    date            DATE,
    date_precision  VARCHAR,                  -- day | month | year
    date_source     VARCHAR NOT NULL,         -- clause | publication | unknown
    location        VARCHAR,
    location_code   VARCHAR,
    quad_class      INTEGER NOT NULL,
    score           DOUBLE NOT NULL,
    modality        VARCHAR NOT NULL,         -- asserted | negated | hypothetical | future
    reported        BOOLEAN NOT NULL,
    counts          BOOLEAN NOT NULL,         -- modality = 'asserted'
    confidence      DOUBLE NOT NULL,
    rule            VARCHAR NOT NULL,
    explanation     VARCHAR[] NOT NULL
);
CREATE INDEX events_doc ON events (doc_id);
CREATE INDEX events_date ON events (date);
CREATE INDEX events_category ON events (category);
