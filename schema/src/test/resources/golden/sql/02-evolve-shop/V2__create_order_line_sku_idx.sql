SET lock_timeout = '5s';

-- CREATE INDEX CONCURRENTLY builds the index without blocking writes, but cannot run inside a transaction.
-- A failed build leaves an INVALID index behind; the DROP clears it so this script can run again.
DROP INDEX CONCURRENTLY IF EXISTS order_line_sku_idx;
CREATE INDEX CONCURRENTLY order_line_sku_idx ON order_line (sku);
