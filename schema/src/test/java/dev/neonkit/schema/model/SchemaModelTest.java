package dev.neonkit.schema.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neonkit.schema.fixtures.ShopSchema;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchemaModelTest {

    private static final ColumnType BIGINT = ColumnType.of("bigint");
    private static final ColumnType TEXT = ColumnType.of("text");

    private static Table.Builder customer() {
        return Table.builder("customer")
                .column(Column.of("id", BIGINT).asIdentity())
                .column(Column.of("email", TEXT).notNull())
                .primaryKey(new PrimaryKey("customer_pkey", List.of("id")));
    }

    @Test
    void sortsTablesAndConstraintsSoEqualSchemasAreEqualRecords() {
        Table a = customer()
                .unique(new UniqueConstraint("customer_email_key", List.of("email")))
                .check(new CheckConstraint("z_check", "email <> ''"))
                .check(new CheckConstraint("a_check", "id > 0"))
                .build();
        Table b = Table.builder(new TableName("billing", "invoice"))
                .column(Column.of("id", BIGINT).notNull()).build();
        Table c = Table.builder("account").column(Column.of("id", BIGINT)).build();

        SchemaModel model = SchemaModel.of(a, b, c);

        assertEquals(List.of("billing.invoice", "public.account", "public.customer"),
                model.tables().stream().map(t -> t.name().qualified()).toList());
        assertEquals(List.of("a_check", "z_check"), a.checks().stream().map(CheckConstraint::name).toList());
        assertEquals(model, SchemaModel.of(c, a, b));
        assertEquals(List.of("id", "email"), a.columns().stream().map(Column::name).toList());
    }

    @Test
    void rejectsConstraintsOnMissingColumns() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> customer().index(Index.of("customer_phone_idx", List.of("phone"))).build());
        assertEquals("table public.customer: index customer_phone_idx uses column phone, which the table does not have",
                error.getMessage());
    }

    @Test
    void rejectsDuplicateColumnsAndNullablePrimaryKeys() {
        assertThrows(IllegalArgumentException.class, () -> customer().column(Column.of("email", TEXT)).build());
        assertThrows(IllegalArgumentException.class, () -> Table.builder("t").column(Column.of("id", BIGINT))
                .primaryKey(new PrimaryKey("t_pkey", List.of("id"))).build());
    }

    @Test
    void rejectsForeignKeysToMissingTablesOrNonUniqueColumns() {
        Table order = Table.builder("purchase")
                .column(Column.of("customer_email", TEXT))
                .foreignKey(new ForeignKey("purchase_customer_email_fkey", List.of("customer_email"),
                        TableName.of("customer"), List.of("email"), ReferentialAction.CASCADE))
                .build();
        IllegalArgumentException missingTable = assertThrows(IllegalArgumentException.class,
                () -> SchemaModel.of(order));
        assertTrue(missingTable.getMessage().contains("not in the schema"), missingTable.getMessage());

        IllegalArgumentException notUnique = assertThrows(IllegalArgumentException.class,
                () -> SchemaModel.of(order, customer().build()));
        assertTrue(notUnique.getMessage().contains("neither its primary key nor unique"), notUnique.getMessage());

        Table uniqueEmail = customer().unique(new UniqueConstraint("customer_email_key", List.of("email"))).build();
        assertEquals(2, SchemaModel.of(order, uniqueEmail).tables().size());
    }

    @Test
    void rejectsIndexNamesThatClashWithinASchema() {
        Table other = Table.builder("customer_pkey").column(Column.of("id", BIGINT)).build();
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SchemaModel.of(customer().build(), other));
        assertTrue(error.getMessage().contains("one namespace"), error.getMessage());
    }

    @Test
    void validatesColumns() {
        assertThrows(IllegalArgumentException.class,
                () -> new Column("id", BIGINT, true, Optional.empty(), true, Optional.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> new Column("id", BIGINT, false, Optional.of("1"), true, Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> Column.of("id", BIGINT).withDefault(" "));
        assertThrows(IllegalArgumentException.class, () -> Column.of("id", BIGINT).withRenamedFrom("id"));
        IllegalArgumentException stillPresent = assertThrows(IllegalArgumentException.class,
                () -> customer().column(Column.of("mail", TEXT).withRenamedFrom("email")).build());
        assertTrue(stillPresent.getMessage().contains("still a column"), stillPresent.getMessage());
    }

    @Test
    void renameHintsAreNotPartOfTheShape() {
        Table hinted = customer().renamedFrom("client")
                .replaceColumn(Column.of("email", TEXT).notNull().withRenamedFrom("mail")).build();
        assertEquals(customer().build(), hinted.withoutRenameHints());
    }

    @Test
    void mapsExpressionsForComparisonWithACatalog() {
        SchemaModel model = ShopSchema.shop();
        SchemaModel upper = model.mapExpressions(expression -> "<" + expression + ">");
        Table order = upper.table(TableName.of("purchase_order")).orElseThrow();
        assertEquals(Optional.of("<'new'>"), order.column("status").orElseThrow().defaultSql());
        assertEquals("<status IN ('new', 'paid', 'shipped')>", order.checks().get(0).expression());
        assertEquals(Optional.empty(), order.column("total").orElseThrow().defaultSql());
        assertEquals(model.tables().get(0).primaryKey(), upper.tables().get(0).primaryKey());
    }

    @Test
    void movesTablesToAnotherSchemaWithTheirForeignKeys() {
        SchemaModel moved = ShopSchema.shop().withSchemaRenamed("public", "scratch");
        assertEquals(List.of("scratch.customer", "scratch.order_line", "scratch.purchase_order"),
                moved.tables().stream().map(t -> t.name().qualified()).toList());
        assertEquals(new TableName("scratch", "customer"),
                moved.table(new TableName("scratch", "purchase_order")).orElseThrow()
                        .foreignKeys().get(0).referencedTable());
    }

    @Test
    void parsesReferentialActions() {
        assertEquals(ReferentialAction.SET_NULL, ReferentialAction.parse("set null"));
        assertEquals(ReferentialAction.NO_ACTION, ReferentialAction.parse("NO_ACTION"));
        assertThrows(IllegalArgumentException.class, () -> ReferentialAction.parse("explode"));
    }
}
