SET lock_timeout = '5s';

ALTER TABLE purchase_order DROP CONSTRAINT purchase_order_customer_id_fkey;

ALTER TABLE customer DROP CONSTRAINT customer_email_key;

ALTER TABLE customer DROP CONSTRAINT customer_pkey;

-- SET NOT NULL would scan the table under an exclusive lock; with a validated CHECK (column IS NOT NULL)
-- PostgreSQL skips that scan, so the check is added here and the column set NOT NULL in the final script.
ALTER TABLE customer ADD CONSTRAINT customer_name_not_null_check CHECK (name IS NOT NULL) NOT VALID;
