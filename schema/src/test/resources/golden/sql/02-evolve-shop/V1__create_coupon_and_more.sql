SET lock_timeout = '5s';

ALTER TABLE purchase_order RENAME COLUMN total TO amount;

ALTER TABLE purchase_order DROP CONSTRAINT purchase_order_status_check;

-- REVIEW (destructive): drops column public.customer.name and its data
-- ALTER TABLE customer DROP COLUMN name;

CREATE TABLE coupon (
    code varchar(20) NOT NULL,
    percent_off smallint NOT NULL,
    CONSTRAINT coupon_pkey PRIMARY KEY (code),
    CONSTRAINT coupon_percent_off_check CHECK (percent_off BETWEEN 1 AND 100)
);

-- REVIEW: new column public.customer.phone is NOT NULL without a default; adding it fails if the table already has rows.
-- If it has rows, replace the statement below with these two, filling in the value:
--   ALTER TABLE customer ADD COLUMN phone text NOT NULL DEFAULT <value for existing rows>;
--   ALTER TABLE customer ALTER COLUMN phone DROP DEFAULT;
ALTER TABLE customer ADD COLUMN phone text NOT NULL;

ALTER TABLE customer ADD COLUMN nickname text;

ALTER TABLE purchase_order ADD COLUMN coupon_code varchar(20);

-- REVIEW (destructive): varchar(40) -> varchar(20): values longer than 20 characters are cut off
-- ALTER TABLE order_line ALTER COLUMN sku TYPE varchar(20) USING sku::varchar(20);

ALTER TABLE order_line ALTER COLUMN quantity SET DEFAULT 2;

ALTER TABLE purchase_order ADD CONSTRAINT purchase_order_status_check CHECK (status IN ('new', 'paid', 'shipped', 'returned')) NOT VALID;

ALTER TABLE purchase_order ADD CONSTRAINT purchase_order_coupon_code_fkey FOREIGN KEY (coupon_code) REFERENCES coupon (code) ON DELETE SET NULL NOT VALID;
