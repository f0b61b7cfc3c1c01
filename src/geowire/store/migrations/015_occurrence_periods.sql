-- Occurrences now lie within one calendar month (geowire.model.occurrences.period, issue 12):
-- two mentions join only when the last day each may have happened on falls in the same month.
-- Occurrences clustered before may span months, and an incremental update keeps an occurrence's
-- members together, so a stored model is marked stale: the next command rebuilds it.
INSERT INTO store_meta SELECT 'model_stale', 'true' WHERE EXISTS (SELECT 1 FROM occurrences)
    ON CONFLICT (key) DO UPDATE SET value = 'true';
