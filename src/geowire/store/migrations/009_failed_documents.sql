-- A document whose processing raised is marked 'failed' (status) with the fixed reason
-- 'processing-failed' (reason), the exception's class (error_class) and its message (error);
-- it is not retried by later runs (`geowire recode ID` retries it, `geowire docs rm ID` drops it).
ALTER TABLE documents ADD COLUMN error_class VARCHAR;
ALTER TABLE documents ADD COLUMN error VARCHAR;

-- Store-wide marks, one row per key.  'model_stale' = 'true' while the derived model tables may
-- disagree with the events and claims: set in the transaction that changes events or claims,
-- cleared once the model has been brought up to date; any command that reads or extends the
-- model rebuilds it first while it is set (geowire.store.health).
CREATE TABLE store_meta (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);
