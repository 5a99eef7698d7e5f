SET lock_timeout = '5s';

-- CREATE INDEX CONCURRENTLY builds the index without blocking writes, but cannot run inside a transaction.
-- A failed build leaves an INVALID index behind; the DROP clears it so this script can run again.
DROP INDEX CONCURRENTLY IF EXISTS purchase_order_open_idx;
CREATE INDEX CONCURRENTLY purchase_order_open_idx ON purchase_order (status) WHERE status <> 'shipped';
