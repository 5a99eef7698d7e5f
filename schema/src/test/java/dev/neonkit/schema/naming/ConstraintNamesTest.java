package dev.neonkit.schema.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConstraintNamesTest {

    @Test
    void followPostgresDefaults() {
        assertEquals("customer_pkey", ConstraintNames.primaryKey("customer"));
        assertEquals("customer_email_key", ConstraintNames.unique("customer", List.of("email")));
        assertEquals("order_line_order_id_product_id_key",
                ConstraintNames.unique("order_line", List.of("order_id", "product_id")));
        assertEquals("order_line_order_id_fkey", ConstraintNames.foreignKey("order_line", List.of("order_id")));
        assertEquals("customer_created_at_idx", ConstraintNames.index("customer", List.of("created_at")));
        assertEquals("customer_status_check", ConstraintNames.check("customer", "status"));
        assertEquals("customer_name_not_null_check", ConstraintNames.notNullCheck("customer", "name"));
    }

    @Test
    void longDerivedNamesAreShortenedDeterministically() {
        String table = "customer_subscription_billing_history";
        String name = ConstraintNames.foreignKey(table, List.of("billing_account_identifier"));
        // table_col_fkey is 69 bytes: the 54-byte prefix ends in "_", which is trimmed before "_" + the first 8 hex
        // digits of SHA-256("customer_subscription_billing_history_billing_account_identifier_fkey").
        assertEquals("customer_subscription_billing_history_billing_account_6e5ad72d", name);
    }
}
