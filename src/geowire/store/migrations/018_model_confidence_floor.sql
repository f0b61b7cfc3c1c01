-- The model layer counts only the learned decision stage's events at or above a confidence floor
-- (settings.model_min_confidence, by default the decider's): occurrences, their dyads, dyad totals
-- and event_words no longer hold the events below it (which stay stored and listed).  A model is
-- recorded with the floor it was built with (store_meta 'model_min_confidence'); a stored model
-- from before has none, so it is marked stale: the next command rebuilds it.
INSERT INTO store_meta SELECT 'model_stale', 'true' WHERE EXISTS (SELECT 1 FROM occurrences)
    ON CONFLICT (key) DO UPDATE SET value = 'true';
