-- Counted occurrences per unordered pair (a < b), day and quad class, with the direction
-- they link the pair in: what dyad series and actor profiles sum over instead of the
-- occurrence dyad rows (one row per pair and day, not per occurrence).  Derived, kept in step
-- with occurrence_dyads by geowire.model.build (store.derived.refresh_dyad_totals).
CREATE TABLE dyad_days (
    level           VARCHAR NOT NULL,         -- country | actor
    a               VARCHAR NOT NULL,
    b               VARCHAR NOT NULL,
    date            DATE,                     -- the occurrences' date (NULL when undated)
    quad_class      INTEGER NOT NULL,
    occurrences     BIGINT NOT NULL,          -- distinct occurrences linking a and b
    forward         BIGINT NOT NULL,          -- of which link a -> b
    backward        BIGINT NOT NULL,          -- of which link b -> a
    score           DOUBLE NOT NULL,          -- PLOVER score sums, the same three ways
    score_forward   DOUBLE NOT NULL,
    score_backward  DOUBLE NOT NULL
);
