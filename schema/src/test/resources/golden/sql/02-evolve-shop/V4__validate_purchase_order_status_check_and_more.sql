SET lock_timeout = '5s';

-- Constraints added NOT VALID need only a brief lock; validating them scans the existing rows
-- without blocking reads or writes.
ALTER TABLE purchase_order VALIDATE CONSTRAINT purchase_order_status_check;
ALTER TABLE purchase_order VALIDATE CONSTRAINT purchase_order_coupon_code_fkey;
