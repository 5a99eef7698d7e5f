SET lock_timeout = '5s';

ALTER TABLE purchase_order DROP CONSTRAINT purchase_order_customer_id_fkey;

ALTER TABLE customer DROP CONSTRAINT customer_email_key;

ALTER TABLE customer DROP CONSTRAINT customer_pkey;
