-- What the incremental model update (geowire.model.build.update_model) looks up, and the
-- pre-aggregated dyad totals the overview reads.  Both are derived, rebuilt with the model.

-- One row per (event, actor code, recipient code or '-') of every clustered event: the blocks
-- clustering compares within, with the days the event may fall on.  A new event's candidates
-- are the rows with its category, one of its actors, one of its recipients (or '-'; any when it
-- has none) whose [lo, hi] overlaps its own.  Written in `lo`
-- order by a full rebuild (and appended in arrival order), so DuckDB's per-row-group min/max
-- skip all but the recent row groups for a batch of recent news.
CREATE TABLE event_blocks (
    event_id        VARCHAR NOT NULL,
    occurrence_id   VARCHAR NOT NULL,
    category        VARCHAR NOT NULL,
    actor           VARCHAR NOT NULL,         -- country-level code
    recipient       VARCHAR NOT NULL,         -- country-level code, '-' when it has none
    lo              DATE NOT NULL,            -- first and last day it may have happened on
    hi              DATE NOT NULL             -- (0001-01-01 .. 9999-12-31 when undated)
);

-- Counted occurrences per unordered pair (a < b), as top_dyads reports them.
CREATE TABLE dyad_totals (
    level           VARCHAR NOT NULL,         -- country | actor
    a               VARCHAR NOT NULL,
    b               VARCHAR NOT NULL,
    occurrences     BIGINT NOT NULL,
    cooperation     BIGINT NOT NULL,
    conflict        BIGINT NOT NULL
);
