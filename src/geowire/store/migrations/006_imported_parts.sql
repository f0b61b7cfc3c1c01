-- Batch output already imported: `geowire import DIR` reads only the documents parts not listed
-- here.  `part` is the path under DIR (documents/published=…/part-RUN.parquet; run ids are unique,
-- so the same output mounted elsewhere is still recognised).
CREATE TABLE imported_parts (
    part        VARCHAR PRIMARY KEY,
    run_id      VARCHAR NOT NULL,
    documents   INTEGER NOT NULL,              -- rows in the part (new or already stored)
    imported_at TIMESTAMP NOT NULL
);
