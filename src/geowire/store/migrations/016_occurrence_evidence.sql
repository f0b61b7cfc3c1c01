-- The words two mentions share as evidence of one occurrence no longer count the names of their
-- own actors and recipients as countries (geowire.model.occurrences.evidence, issue 12): the
-- content words in event_words and the occurrences clustered from them change, and an update
-- keeps stored occurrences whole, so a stored model is marked stale: the next command rebuilds it.
INSERT INTO store_meta SELECT 'model_stale', 'true' WHERE EXISTS (SELECT 1 FROM occurrences)
    ON CONFLICT (key) DO UPDATE SET value = 'true';
