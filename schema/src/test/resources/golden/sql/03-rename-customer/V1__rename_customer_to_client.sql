SET lock_timeout = '5s';

ALTER TABLE customer RENAME TO client;

ALTER TABLE client RENAME CONSTRAINT customer_email_key TO client_email_key;

ALTER TABLE client RENAME CONSTRAINT customer_pkey TO client_pkey;
