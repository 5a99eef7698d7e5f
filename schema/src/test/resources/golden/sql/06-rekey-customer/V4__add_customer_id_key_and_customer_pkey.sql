SET lock_timeout = '5s';

-- Constraints added NOT VALID need only a brief lock; validating them scans the existing rows
-- without blocking reads or writes.
ALTER TABLE customer VALIDATE CONSTRAINT customer_name_not_null_check;
ALTER TABLE customer ALTER COLUMN name SET NOT NULL;
ALTER TABLE customer DROP CONSTRAINT customer_name_not_null_check;

-- The unique indexes built concurrently by the previous migrations become constraints; this takes only a brief lock.
ALTER TABLE customer ADD CONSTRAINT customer_id_key UNIQUE USING INDEX customer_id_key;
ALTER TABLE customer ADD CONSTRAINT customer_pkey PRIMARY KEY USING INDEX customer_pkey;

ALTER TABLE purchase_order ADD CONSTRAINT purchase_order_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE NOT VALID;
ALTER TABLE purchase_order VALIDATE CONSTRAINT purchase_order_customer_id_fkey;
