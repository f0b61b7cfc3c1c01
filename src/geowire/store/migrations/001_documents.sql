-- Documents: one row per stored text (including duplicates and skipped languages).
CREATE TABLE documents (
    id               VARCHAR PRIMARY KEY,       -- 'd' + first 15 hex chars of content_hash
    content_hash     VARCHAR NOT NULL UNIQUE,   -- sha256 of the normalised text
    title            VARCHAR,
    outlet           VARCHAR,
    url              VARCHAR,
    path             VARCHAR,
    published        DATE,
    published_source VARCHAR NOT NULL,          -- metadata | dateline | cli | unknown
    language         VARCHAR,
    ingested_at      TIMESTAMP NOT NULL,
    status           VARCHAR NOT NULL,          -- stored | processed | duplicate | skipped | failed
    reason           VARCHAR,                   -- e.g. 'language fr', 'near-duplicate of d...'
    duplicate_of     VARCHAR,
    text             VARCHAR NOT NULL,
    n_words          INTEGER NOT NULL,
    minhash          UBIGINT[]                  -- MinHash signature for near-duplicate search
);

-- Every input item seen by ingest and what became of it (failures have no document).
CREATE SEQUENCE ingest_log_seq;
CREATE TABLE ingest_log (
    id          BIGINT PRIMARY KEY DEFAULT nextval('ingest_log_seq'),
    run_id      VARCHAR NOT NULL,
    source      VARCHAR NOT NULL,              -- path, URL, 'stdin', 'file.jsonl:12'
    outcome     VARCHAR NOT NULL,              -- stored | duplicate | skipped | failed
    reason      VARCHAR,
    document_id VARCHAR,
    logged_at   TIMESTAMP NOT NULL
);
