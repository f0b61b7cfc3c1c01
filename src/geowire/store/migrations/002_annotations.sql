-- Annotations: what the annotate and actors stages found in each processed document.
-- Offsets are character offsets into documents.text; rows are replaced per document.
CREATE TABLE blocks (
    doc_id  VARCHAR NOT NULL,
    idx     INTEGER NOT NULL,
    kind    VARCHAR NOT NULL,              -- headline | dateline | body | caption | credit
    start   INTEGER NOT NULL,
    "end"   INTEGER NOT NULL,
    PRIMARY KEY (doc_id, idx)
);

CREATE TABLE sentences (
    doc_id  VARCHAR NOT NULL,
    idx     INTEGER NOT NULL,
    start   INTEGER NOT NULL,
    "end"   INTEGER NOT NULL,
    block   VARCHAR NOT NULL,              -- the block kind the sentence starts in
    text    VARCHAR NOT NULL,
    PRIMARY KEY (doc_id, idx)
);

CREATE TABLE mentions (
    doc_id     VARCHAR NOT NULL,
    sentence   INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       VARCHAR NOT NULL,
    kind       VARCHAR NOT NULL,           -- country | igo | person | group | equipment | unresolved
    code       VARCHAR,                    -- NULL = unresolved
    sector     VARCHAR,
    wikidata   VARCHAR,
    name       VARCHAR,
    confidence DOUBLE NOT NULL,
    how        VARCHAR NOT NULL,           -- rule that resolved it, e.g. person-role@2026-01-06
    country    VARCHAR
);
CREATE INDEX mentions_doc ON mentions (doc_id);
CREATE INDEX mentions_code ON mentions (code);

CREATE TABLE dates (
    doc_id    VARCHAR NOT NULL,
    sentence  INTEGER NOT NULL,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    text      VARCHAR NOT NULL,
    value     DATE NOT NULL,
    precision VARCHAR NOT NULL,            -- day | month | year
    relation  VARCHAR NOT NULL             -- on | since | until | before | after
);
CREATE INDEX dates_doc ON dates (doc_id);

CREATE TABLE quantities (
    doc_id    VARCHAR NOT NULL,
    sentence  INTEGER NOT NULL,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    text      VARCHAR NOT NULL,
    value     DOUBLE NOT NULL,
    unit      VARCHAR,
    qualifier VARCHAR                      -- about | more-than | less-than | up-to | exactly
);
CREATE INDEX quantities_doc ON quantities (doc_id);
