-- The system model.  `claims` is written per document (store/claims.py, in the document's
-- transaction); every other table here is derived and rebuilt by geowire.model.build.
-- Offsets are character offsets into documents.text; JSON columns hold lists/maps.
CREATE TABLE claims (
    id              VARCHAR PRIMARY KEY,      -- doc_id + ':c' + ordinal
    doc_id          VARCHAR NOT NULL,
    kind            VARCHAR NOT NULL,         -- agreement | transfer | deployment | statement | assessment
    sentence_index  INTEGER NOT NULL,
    start           INTEGER NOT NULL,         -- the sentence's span
    "end"           INTEGER NOT NULL,
    fields          JSON NOT NULL,            -- kind-specific values
    field_spans     JSON NOT NULL,            -- field -> [start, end]
    event_id        VARCHAR
);
CREATE INDEX claims_doc ON claims (doc_id);

-- Event mentions across documents that describe the same real-world event.
CREATE TABLE occurrences (
    id              VARCHAR PRIMARY KEY,      -- 'oc' + hash of the earliest member event id
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
CREATE TABLE occurrence_events (
    occurrence_id   VARCHAR NOT NULL,
    event_id        VARCHAR NOT NULL,
    doc_id          VARCHAR NOT NULL
);
-- One row per directed pair an occurrence links, at country and actor level.
CREATE TABLE occurrence_dyads (
    occurrence_id   VARCHAR NOT NULL,
    level           VARCHAR NOT NULL,         -- country | actor
    source          VARCHAR NOT NULL,
    target          VARCHAR NOT NULL,
    date            DATE,
    quad_class      INTEGER NOT NULL,
    score           DOUBLE NOT NULL,
    counts          BOOLEAN NOT NULL
);
CREATE INDEX occurrence_dyads_pair ON occurrence_dyads (level, source, target);

CREATE TABLE agreements (
    id              VARCHAR PRIMARY KEY,
    kind            VARCHAR NOT NULL,
    name            VARCHAR NOT NULL,
    parties         VARCHAR[] NOT NULL,
    signed          DATE,
    signed_precision VARCHAR,
    signed_place    VARCHAR,
    signer          VARCHAR,
    ratified        DATE,
    ratified_precision VARCHAR,
    in_force        DATE,
    expires_year    INTEGER,
    duration_years  INTEGER,
    value_usd       DOUBLE,
    status          VARCHAR NOT NULL,         -- mentioned | signed | ratified | in-force | extended | expired
    disputed        VARCHAR[] NOT NULL,       -- fields on which sources contradict each other
    doc_ids         VARCHAR[] NOT NULL,
    claim_ids       VARCHAR[] NOT NULL,
    event_ids       VARCHAR[] NOT NULL,
    fields          JSON NOT NULL             -- every field with its value, source claim and span
);
CREATE TABLE transfers (
    id              VARCHAR PRIMARY KEY,
    supplier        VARCHAR,
    recipient       VARCHAR,
    system          VARCHAR NOT NULL,
    category        VARCHAR,
    quantity        DOUBLE,
    quantity_text   VARCHAR,
    status          VARCHAR NOT NULL,         -- offered | ordered | delivered | deployed | operated-by | reported
    statuses        VARCHAR[] NOT NULL,
    operator        VARCHAR,
    date            DATE,
    since           DATE,
    value_usd       DOUBLE,
    doc_ids         VARCHAR[] NOT NULL,
    claim_ids       VARCHAR[] NOT NULL,
    fields          JSON NOT NULL
);
CREATE TABLE deployments (
    id              VARCHAR PRIMARY KEY,
    country         VARCHAR,
    host            VARCHAR,
    personnel       DOUBLE,
    personnel_text  VARCHAR,
    place           VARCHAR,
    role            VARCHAR,
    date            DATE,
    doc_ids         VARCHAR[] NOT NULL,
    claim_ids       VARCHAR[] NOT NULL,
    fields          JSON NOT NULL
);
CREATE TABLE statements (
    claim_id        VARCHAR PRIMARY KEY,
    doc_id          VARCHAR NOT NULL,
    outlet          VARCHAR,
    published       DATE,
    speaker         VARCHAR,                  -- actor code (country code for people)
    speaker_name    VARCHAR,
    speaker_country VARCHAR,
    target          VARCHAR,
    stance          VARCHAR NOT NULL,         -- supportive | critical | threatening | neutral
    text            VARCHAR NOT NULL,
    quote           VARCHAR,
    start           INTEGER NOT NULL,
    "end"           INTEGER NOT NULL,
    sentence_index  INTEGER NOT NULL
);
CREATE TABLE contradictions (
    id              VARCHAR PRIMARY KEY,
    kind            VARCHAR NOT NULL,         -- place | date | party | quantity | assessment
    subject         VARCHAR NOT NULL,         -- what both sides are about, e.g. 'agreement ag1.. signed'
    field           VARCHAR NOT NULL,
    value_a         VARCHAR,
    value_b         VARCHAR,
    doc_a           VARCHAR NOT NULL,
    doc_b           VARCHAR NOT NULL,
    claim_a         VARCHAR,
    claim_b         VARCHAR,
    evidence        JSON NOT NULL             -- [{doc_id, sentence_index, start, end, text}, ...] for both sides
);
