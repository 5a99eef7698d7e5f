SET lock_timeout = '5s';

-- These constraints were added NOT VALID by the previous migration, which needs only a brief lock.
-- Validating them scans the existing rows without blocking reads or writes.
ALTER TABLE purchase_order VALIDATE CONSTRAINT purchase_order_status_check;
ALTER TABLE purchase_order VALIDATE CONSTRAINT purchase_order_coupon_code_fkey;
