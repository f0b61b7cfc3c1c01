-- Mentions of one act join an occurrence only when they have the same modality
-- (geowire.model.occurrences.same_occurrence, issue 13): an asserted delivery and a report that it
-- did not happen are two occurrences, the second not counted.  An update keeps stored occurrences
-- whole, so a stored model is marked stale: the next command rebuilds it.
INSERT INTO store_meta SELECT 'model_stale', 'true' WHERE EXISTS (SELECT 1 FROM occurrences)
    ON CONFLICT (key) DO UPDATE SET value = 'true';
