SET lock_timeout = '5s';

ALTER TABLE coupon ADD COLUMN serial_no bigint NOT NULL DEFAULT 0;
