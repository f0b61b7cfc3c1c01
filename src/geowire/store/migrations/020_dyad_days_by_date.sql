-- An incremental model update (geowire.model.build.update_model) adds its counts to the dyad_days
-- rows of the dates it touches, which it now reads among the rows of those dates only
-- (geowire.store.derived._dated_in; at 10^7 events a read of every row's key cost ~55 CPU-ms and
-- the UPDATE joined on their row ids as much again): min/max statistics prune only when the table is
-- in date order, so a rebuild writes it so (each level apart: undated, then dated by their year,
-- then the rest, each by date), and the rows already stored are written again in it.
CREATE TEMP TABLE dyad_days_020 AS SELECT * FROM dyad_days
    ORDER BY level, date IS NOT NULL, date_precision IS DISTINCT FROM 'year', date, a, b, quad_class;
DELETE FROM dyad_days;
INSERT INTO dyad_days SELECT * FROM dyad_days_020;
DROP TABLE dyad_days_020;
