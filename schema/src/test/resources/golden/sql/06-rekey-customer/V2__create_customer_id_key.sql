SET lock_timeout = '5s';

-- CREATE INDEX CONCURRENTLY builds the index without blocking writes, but cannot run inside a transaction.
-- A failed build leaves an INVALID index behind; the DROP clears it so this script can run again.
DROP INDEX CONCURRENTLY IF EXISTS customer_id_key;
CREATE UNIQUE INDEX CONCURRENTLY customer_id_key ON customer (id);
