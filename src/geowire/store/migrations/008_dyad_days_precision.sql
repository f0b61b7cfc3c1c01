-- The precision (day | month | year) of an occurrence's date on its dyad rows and in the per-day
-- aggregates, so that by-period queries keep a date out of periods shorter than it can be placed
-- in (a year-precision date is in no month; a month-precision one in no week) instead of putting
-- it in the period that holds its first day.  NULL when undated (a dated row without a precision
-- is read as day).  Existing rows take their occurrence's precision, and dyad_days, now grouped
-- by precision too, is recomputed from occurrence_dyads as geowire.store.derived does.
ALTER TABLE occurrence_dyads ADD COLUMN date_precision VARCHAR;
UPDATE occurrence_dyads SET date_precision = o.date_precision
    FROM occurrences o WHERE o.id = occurrence_dyads.occurrence_id;

ALTER TABLE dyad_days ADD COLUMN date_precision VARCHAR;
DELETE FROM dyad_days;
INSERT INTO dyad_days (level, a, b, date, date_precision, quad_class, occurrences, forward, backward,
                       score, score_forward, score_backward)
WITH occ AS (
    SELECT level, least(source, target) AS a, greatest(source, target) AS b, occurrence_id,
           any_value(date) AS date, any_value(date_precision) AS date_precision,
           any_value(quad_class) AS quad_class, any_value(score) AS score,
           bool_or(source < target) AS forward, bool_or(source > target) AS backward
    FROM occurrence_dyads WHERE counts GROUP BY 1, 2, 3, 4)
SELECT level, a, b, date, date_precision, quad_class, count(*), count(*) FILTER (WHERE forward),
       count(*) FILTER (WHERE backward), sum(score), coalesce(sum(score) FILTER (WHERE forward), 0),
       coalesce(sum(score) FILTER (WHERE backward), 0)
FROM occ GROUP BY 1, 2, 3, 4, 5, 6;
