-- An incremental model update (geowire.model.build.update_model) reads the occurrences and
-- occurrence dyads it merges or removes among the rows dated in the periods it touches
-- (geowire.store.derived._dated_in), which min/max statistics prune only when the tables are in
-- date order: a rebuild now writes them so (undated, then dated by their year, then the rest, each
-- by date; the dyads of each level apart), and the rows already stored are written again in it.
CREATE TEMP TABLE occurrences_017 AS SELECT * FROM occurrences
    ORDER BY date IS NOT NULL, date_precision IS DISTINCT FROM 'year', date, id;
DELETE FROM occurrences;
INSERT INTO occurrences SELECT * FROM occurrences_017;
DROP TABLE occurrences_017;
CREATE TEMP TABLE dyads_017 AS SELECT * FROM occurrence_dyads
    ORDER BY level, date IS NOT NULL, date_precision IS DISTINCT FROM 'year', date, occurrence_id, source, target;
DELETE FROM occurrence_dyads;
INSERT INTO occurrence_dyads SELECT * FROM dyads_017;
DROP TABLE dyads_017;
