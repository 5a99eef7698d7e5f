package dev.neonkit.schema.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neonkit.schema.diff.Change;
import dev.neonkit.schema.diff.Change.AddColumn;
import dev.neonkit.schema.diff.Change.CreateTable;
import dev.neonkit.schema.diff.Change.DropColumn;
import dev.neonkit.schema.diff.Change.RenameColumn;
import dev.neonkit.schema.diff.Change.SetNullability;
import dev.neonkit.schema.model.Column;
import dev.neonkit.schema.model.ColumnType;
import dev.neonkit.schema.model.Table;
import dev.neonkit.schema.model.TableName;
import java.util.List;
import org.junit.jupiter.api.Test;

class DescriptionSlugsTest {

    private static final ColumnType TEXT = ColumnType.of("text");

    private static Change create(String table) {
        return new CreateTable(Table.builder(table).column(Column.of("id", TEXT)).build());
    }

    @Test
    void namesTheMigrationAfterWhatItDoes() {
        assertEquals("create_customer", DescriptionSlugs.describe(List.of(create("customer"))));
        assertEquals("create_customer_and_order",
                DescriptionSlugs.describe(List.of(create("customer"), create("order"))));
        assertEquals("create_customer_order_and_line",
                DescriptionSlugs.describe(List.of(create("customer"), create("order"), create("line"))));
        assertEquals("add_customer_phone",
                DescriptionSlugs.describe(List.of(new AddColumn(TableName.of("customer"), Column.of("phone", TEXT)))));
        assertEquals("rename_customer_email_to_mail",
                DescriptionSlugs.describe(List.of(new RenameColumn(TableName.of("customer"), "email", "mail"))));
    }

    @Test
    void putsTheMostTellingPhraseFirst() {
        List<Change> changes = List.of(
                new DropColumn(TableName.of("customer"), Column.of("fax", TEXT)),
                new AddColumn(TableName.of("customer"), Column.of("phone", TEXT)));
        assertEquals("add_customer_phone_and_drop_customer_fax", DescriptionSlugs.describe(changes));
    }

    @Test
    void fallsBackToTheAlteredTables() {
        assertEquals("alter_customer", DescriptionSlugs.describe(
                List.of(new SetNullability(TableName.of("customer"), "email", false))));
    }

    @Test
    void staysWithinTheLimitWithoutSplittingWords() {
        List<Change> many = List.of(create("customer_account_history"), create("purchase_order_line_item"),
                create("warehouse_stock_level"), create("shipment"));
        String slug = DescriptionSlugs.describe(many);
        assertEquals("create_customer_account_history_purchase_order_line_and_more", slug);
        assertTrue(slug.length() <= DescriptionSlugs.MAX_LENGTH);

        assertEquals("validate_a_check_and_b_fkey", DescriptionSlugs.of("validate", List.of("a_check", "b_fkey")));
        assertEquals("validate_customer_subscription_status_check_and_more", DescriptionSlugs.of("validate",
                List.of("customer_subscription_status_check", "customer_subscription_plan_id_fkey")));
    }

    @Test
    void keepsOnlySafeFileNameCharacters() {
        assertEquals("create_gr_e_and_invoice",
                DescriptionSlugs.describe(List.of(create("Größe"), create("Invoice"))));
    }
}
