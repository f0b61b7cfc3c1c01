-- An incremental update's token lookup (geowire.store.derived.candidate_events) scans the word key of
-- every stored row ending in the months the batch is dated in — a whole month's when one of its
-- mentions is dated by its month (~8.75 M rows at 10^7 events).  Two changes make that scan smaller.
-- First, event_words.key is the upper 32 bits of the hash of (category, actor, word), not all 64
-- (derived._WORD_KEY): a random key does not compress, and 8 bytes a row were ~60% of what the scan
-- read; two keys alike only add a candidate, which the update checks.  Computed again from the rows'
-- strings with this DuckDB's hash() (the mark in store_meta 'event_words_hash' stays true; when it was
-- stale, the keys are computed again as before).
-- Second, the wide rows (a year's window, or undated) are written after the narrow ones, as a rebuild
-- now writes them (derived._STAGED_BY_HI), not among them by their end: a year's rows end on its
-- 31 December, so a batch dated in December read them all with December's (~2 M rows at 10^7).
-- Written into a new table, the narrow rows then the wide ones, each in the order they had (a
-- rebuild's, by `hi`): two scans, no sort of the whole table.
CREATE TABLE event_words_021 (
    event_id        VARCHAR NOT NULL,
    category        VARCHAR NOT NULL,
    actor           VARCHAR NOT NULL,         -- country-level code
    recipient       VARCHAR NOT NULL,         -- country-level code, '-' when it has none
    word            VARCHAR NOT NULL,         -- a content word, or '^' || trigger prefix
    size            INTEGER NOT NULL,         -- the event's number of content words
    lo              DATE NOT NULL,            -- first and last day it may have happened on
    hi              DATE NOT NULL,            -- (0001-01-01 .. 9999-12-31 when undated)
    key             UINTEGER                  -- hash(category, actor, word) >> 32
);
INSERT INTO event_words_021 SELECT event_id, category, actor, recipient, word, size, lo, hi,
    CAST(hash(category, actor, word) >> 32 AS UINTEGER) FROM event_words WHERE hi - lo <= 31;
INSERT INTO event_words_021 SELECT event_id, category, actor, recipient, word, size, lo, hi,
    CAST(hash(category, actor, word) >> 32 AS UINTEGER) FROM event_words WHERE hi - lo > 31;
DROP TABLE event_words;
ALTER TABLE event_words_021 RENAME TO event_words;
