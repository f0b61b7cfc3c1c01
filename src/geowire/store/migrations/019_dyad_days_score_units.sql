-- dyad_days keeps its score sums as exact integers, in units of 10^-9 of a score point
-- (geowire.store.scores.SCALE), so that an incremental update adjusts the rows it touches by deltas
-- (integer sums do not depend on their order) instead of re-summing every occurrence in them; the
-- read paths turn them back into scores in one place (store.scores.float_sql).  An occurrence's
-- mean score is now its members' unit sum over their count (no longer a floating-point sum in id
-- order), so a stored model is marked stale: the next command rebuilds it.  Until then dyad_days is
-- recomputed here from occurrence_dyads as geowire.store.derived does.
DROP TABLE dyad_days;
CREATE TABLE dyad_days (
    level                 VARCHAR NOT NULL,   -- country | actor
    a                     VARCHAR NOT NULL,
    b                     VARCHAR NOT NULL,
    date                  DATE,               -- the occurrences' date (NULL when undated)
    date_precision        VARCHAR,            -- day | month | year (NULL when undated)
    quad_class            INTEGER NOT NULL,
    occurrences           BIGINT NOT NULL,    -- distinct occurrences linking a and b
    forward               BIGINT NOT NULL,    -- of which link a -> b
    backward              BIGINT NOT NULL,    -- of which link b -> a
    score_units           BIGINT NOT NULL,    -- PLOVER score sums in units, the same three ways
    score_units_forward   BIGINT NOT NULL,
    score_units_backward  BIGINT NOT NULL
);
INSERT INTO dyad_days
SELECT level, a, b, date, date_precision, quad_class, count(*), count(*) FILTER (WHERE forward),
       count(*) FILTER (WHERE backward), sum(units), coalesce(sum(units) FILTER (WHERE forward), 0),
       coalesce(sum(units) FILTER (WHERE backward), 0)
FROM (SELECT level, least(source, target) AS a, greatest(source, target) AS b, occurrence_id,
             any_value(date) AS date, any_value(date_precision) AS date_precision,
             any_value(quad_class) AS quad_class, any_value(CAST(round(score * 1000000000) AS BIGINT)) AS units,
             bool_or(source < target) AS forward, bool_or(source > target) AS backward
      FROM occurrence_dyads WHERE counts GROUP BY level, a, b, occurrence_id)
GROUP BY ALL;
INSERT INTO store_meta SELECT 'model_stale', 'true' WHERE EXISTS (SELECT 1 FROM occurrences)
    ON CONFLICT (key) DO UPDATE SET value = 'true';
