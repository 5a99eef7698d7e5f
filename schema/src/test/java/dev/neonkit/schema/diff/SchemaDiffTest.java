package dev.neonkit.schema.diff;

import static dev.neonkit.schema.fixtures.ShopSchema.BIGINT;
import static dev.neonkit.schema.fixtures.ShopSchema.INTEGER;
import static dev.neonkit.schema.fixtures.ShopSchema.TEXT;
import static dev.neonkit.schema.fixtures.ShopSchema.customer;
import static dev.neonkit.schema.fixtures.ShopSchema.orderLine;
import static dev.neonkit.schema.fixtures.ShopSchema.purchaseOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neonkit.schema.diff.Change.AddCheck;
import dev.neonkit.schema.diff.Change.AddColumn;
import dev.neonkit.schema.diff.Change.AddForeignKey;
import dev.neonkit.schema.diff.Change.AddPrimaryKey;
import dev.neonkit.schema.diff.Change.AddUnique;
import dev.neonkit.schema.diff.Change.AlterColumnType;
import dev.neonkit.schema.diff.Change.CreateIndex;
import dev.neonkit.schema.diff.Change.CreateTable;
import dev.neonkit.schema.diff.Change.DropCheck;
import dev.neonkit.schema.diff.Change.DropColumn;
import dev.neonkit.schema.diff.Change.DropForeignKey;
import dev.neonkit.schema.diff.Change.DropIndex;
import dev.neonkit.schema.diff.Change.DropPrimaryKey;
import dev.neonkit.schema.diff.Change.DropTable;
import dev.neonkit.schema.diff.Change.DropUnique;
import dev.neonkit.schema.diff.Change.RenameColumn;
import dev.neonkit.schema.diff.Change.RenameConstraint;
import dev.neonkit.schema.diff.Change.RenameIndex;
import dev.neonkit.schema.diff.Change.RenameTable;
import dev.neonkit.schema.diff.Change.SetDefault;
import dev.neonkit.schema.diff.Change.SetIdentity;
import dev.neonkit.schema.diff.Change.SetNullability;
import dev.neonkit.schema.fixtures.CyclicTables;
import dev.neonkit.schema.fixtures.ShopSchema;
import dev.neonkit.schema.model.CheckConstraint;
import dev.neonkit.schema.model.Column;
import dev.neonkit.schema.model.ColumnType;
import dev.neonkit.schema.model.ForeignKey;
import dev.neonkit.schema.model.Index;
import dev.neonkit.schema.model.PrimaryKey;
import dev.neonkit.schema.model.ReferentialAction;
import dev.neonkit.schema.model.SchemaModel;
import dev.neonkit.schema.model.Table;
import dev.neonkit.schema.model.TableName;
import dev.neonkit.schema.model.UniqueConstraint;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchemaDiffTest {

    private static final TableName CUSTOMER = TableName.of("customer");
    private static final TableName PURCHASE_ORDER = TableName.of("purchase_order");
    private static final TableName ORDER_LINE = TableName.of("order_line");

    private static SchemaDiff diff(SchemaModel before, SchemaModel after) {
        return SchemaDiff.between(before, after);
    }

    private static SchemaModel shopWithCustomer(Table customer) {
        return SchemaModel.of(customer, purchaseOrder().build(), orderLine().build());
    }

    @Test
    void sameSchemaHasNoChanges() {
        SchemaDiff diff = diff(ShopSchema.shop(), ShopSchema.shop());
        assertTrue(diff.isEmpty());
        assertEquals(List.of(), diff.diagnostics());
    }

    @Test
    void createsReferencedTablesFirst() {
        SchemaDiff diff = diff(SchemaModel.EMPTY, ShopSchema.shop());
        // Name order would put order_line before purchase_order; order_line refers to purchase_order.
        assertEquals(List.of(
                new CreateTable(customer().build()),
                new CreateTable(purchaseOrder().build()),
                new CreateTable(orderLine().build())), diff.changes());
        assertFalse(diff.changes().stream().anyMatch(Change::destructive));
    }

    @Test
    void dropsReferencingTablesFirstAndCallsItDestructive() {
        SchemaDiff diff = diff(ShopSchema.shop(), SchemaModel.EMPTY);
        assertEquals(List.of(
                new DropTable(orderLine().build()),
                new DropTable(purchaseOrder().build()),
                new DropTable(customer().build())), diff.changes());
        assertEquals("drops table public.order_line and every row in it",
                diff.changes().get(0).destructiveReason().orElseThrow());
        assertEquals(3, diff.destructiveChanges().size());
    }

    @Test
    void dropsForeignKeysIntoADroppedTableBeforeTheTable() {
        Table detachedOrder = purchaseOrder().removeConstraint("purchase_order_customer_id_fkey").build();
        SchemaModel before = ShopSchema.shop();
        SchemaModel after = SchemaModel.of(detachedOrder, orderLine().build());

        SchemaDiff diff = diff(before, after);

        ForeignKey fk = purchaseOrder().build().foreignKeys().get(0);
        assertEquals(List.of(
                new DropForeignKey(PURCHASE_ORDER, fk, Optional.of("goes with dropping table public.customer")),
                new DropTable(customer().build())), diff.changes());
    }

    @Test
    void breaksCyclesOfNewTablesWithLateForeignKeys() {
        SchemaDiff diff = diff(SchemaModel.EMPTY, CyclicTables.model());

        assertEquals(List.of(
                new CreateTable(CyclicTables.A.toBuilder().removeConstraint("a_b_id_fkey").build()),
                new CreateTable(CyclicTables.B),
                new AddForeignKey(TableName.of("a"), CyclicTables.A_TO_B)), diff.changes());
    }

    @Test
    void addsAndDropsColumns() {
        Table withPhone = customer().column(Column.of("phone", TEXT)).removeColumn("name").build();

        SchemaDiff diff = diff(ShopSchema.shop(), shopWithCustomer(withPhone));

        assertEquals(List.of(
                new DropColumn(CUSTOMER, Column.of("name", TEXT)),
                new AddColumn(CUSTOMER, Column.of("phone", TEXT))), diff.changes());
        assertEquals(Optional.of("drops column public.customer.name and its data"),
                diff.changes().get(0).destructiveReason());
        assertFalse(diff.changes().get(1).destructive());
    }

    @Test
    void constraintsOnADroppedColumnGoFirstAndAreReviewedWithIt() {
        Table withoutEmail = customer().removeConstraint("customer_email_key").removeColumn("email")
                .check(new CheckConstraint("customer_name_check", "name <> ''"))
                .build();
        Table before = customer().check(new CheckConstraint("customer_email_check", "\"email\" LIKE '%@%'"))
                .check(new CheckConstraint("customer_name_check", "name <> ''"))
                .build();

        SchemaDiff diff = diff(shopWithCustomer(before), shopWithCustomer(withoutEmail));

        String reason = "goes with dropping column public.customer.email";
        assertEquals(List.of(
                new DropCheck(CUSTOMER, new CheckConstraint("customer_email_check", "\"email\" LIKE '%@%'"),
                        Optional.of(reason)),
                new DropUnique(CUSTOMER, new UniqueConstraint("customer_email_key", List.of("email")),
                        Optional.of(reason)),
                new DropColumn(CUSTOMER, Column.of("email", ColumnType.of("varchar", 255)).notNull())),
                diff.changes());
    }

    @Test
    void renamesAColumnOnlyWhenTheHintSaysSo() {
        Table hinted = customer().removeConstraint("customer_email_key").removeColumn("email")
                .column(Column.of("mail", ColumnType.of("varchar", 255)).notNull().withRenamedFrom("email"))
                .unique(new UniqueConstraint("customer_mail_key", List.of("mail")))
                .build();

        SchemaDiff renamed = diff(ShopSchema.shop(), shopWithCustomer(hinted));

        assertEquals(List.of(
                new RenameColumn(CUSTOMER, "email", "mail"),
                new RenameConstraint(CUSTOMER, "customer_email_key", "customer_mail_key")), renamed.changes());
        assertEquals(List.of(), renamed.diagnostics());

        Table unhinted = hinted.toBuilder().replaceColumn(hinted.column("mail").orElseThrow().withRenamedFrom(null))
                .build();
        SchemaDiff dropAndAdd = diff(ShopSchema.shop(), shopWithCustomer(unhinted));
        assertEquals(List.of(
                new DropUnique(CUSTOMER, new UniqueConstraint("customer_email_key", List.of("email")),
                        Optional.of("goes with dropping column public.customer.email")),
                new DropColumn(CUSTOMER, Column.of("email", ColumnType.of("varchar", 255)).notNull()),
                new AddColumn(CUSTOMER, Column.of("mail", ColumnType.of("varchar", 255)).notNull()),
                new AddUnique(CUSTOMER, new UniqueConstraint("customer_mail_key", List.of("mail")))),
                dropAndAdd.changes());
    }

    @Test
    void renamesATableAndTheDefaultNamesThatFollowIt() {
        Table client = Table.builder("client")
                .column(Column.of("id", BIGINT).asIdentity())
                .column(Column.of("email", ColumnType.of("varchar", 255)).notNull())
                .column(Column.of("name", TEXT))
                .column(Column.of("created_at", ShopSchema.TIMESTAMPTZ).notNull().withDefault("now()"))
                .primaryKey(new PrimaryKey("client_pkey", List.of("id")))
                .unique(new UniqueConstraint("client_email_key", List.of("email")))
                .renamedFrom("customer")
                .build();
        Table order = purchaseOrder().removeConstraint("purchase_order_customer_id_fkey")
                .foreignKey(new ForeignKey("purchase_order_customer_id_fkey", List.of("customer_id"),
                        TableName.of("client"), List.of("id"), ReferentialAction.CASCADE))
                .build();

        SchemaDiff diff = diff(ShopSchema.shop(), SchemaModel.of(client, order, orderLine().build()));

        TableName clientName = TableName.of("client");
        // The foreign key from purchase_order follows the rename by itself: it is not rebuilt.
        assertEquals(List.of(
                new RenameTable(CUSTOMER, clientName),
                new RenameConstraint(clientName, "customer_email_key", "client_email_key"),
                new RenameConstraint(clientName, "customer_pkey", "client_pkey")), diff.changes());
    }

    @Test
    void reportsRenameHintsThatCannotBeFollowed() {
        Table stale = customer().renamedFrom("client")
                .replaceColumn(Column.of("name", TEXT).withRenamedFrom("full_name")).build();
        SchemaDiff diff = diff(ShopSchema.shop(), shopWithCustomer(stale.toBuilder()
                .column(Column.of("phone", TEXT).withRenamedFrom("telephone")).build()));

        assertEquals(List.of(new AddColumn(CUSTOMER, Column.of("phone", TEXT))), diff.changes());
        assertEquals(List.of(
                new DiffDiagnostic(CUSTOMER, Optional.empty(), "table public.customer says it was renamed from client,"
                        + " but public.customer already exists in the earlier schema; the rename was applied before,"
                        + " so remove the renamedFrom hint"),
                new DiffDiagnostic(CUSTOMER, Optional.of("name"), "column public.customer.name says it was renamed"
                        + " from full_name, but it already exists in the earlier schema; the rename was applied"
                        + " before, so remove the renamedFrom hint"),
                new DiffDiagnostic(CUSTOMER, Optional.of("phone"), "column public.customer.phone says it was"
                        + " renamed from telephone, but the earlier table has no column telephone; it is added as a"
                        + " new column. Fix or remove the renamedFrom hint")), diff.diagnostics());

        Table orphan = Table.builder("invoice").column(Column.of("id", BIGINT).withRenamedFrom("number"))
                .renamedFrom("bill").build();
        SchemaDiff created = diff(SchemaModel.EMPTY, SchemaModel.of(orphan));
        TableName invoice = TableName.of("invoice");
        assertEquals(List.of(new CreateTable(Table.builder("invoice").column(Column.of("id", BIGINT)).build())),
                created.changes());
        assertEquals(List.of(
                new DiffDiagnostic(invoice, Optional.empty(), "table public.invoice says it was renamed from bill, but"
                        + " the earlier schema has no table public.bill; it is created as a new table. Fix or remove"
                        + " the renamedFrom hint"),
                new DiffDiagnostic(invoice, Optional.of("id"), "column public.invoice.id says it was renamed from"
                        + " number, but its table is new; remove the renamedFrom hint")), created.diagnostics());
    }

    @Test
    void changesTypesWithAVerdictOnDataLoss() {
        Table before = Table.builder("t")
                .column(Column.of("a", ColumnType.of("varchar", 255)))
                .column(Column.of("b", ColumnType.of("varchar", 100)))
                .column(Column.of("c", BIGINT))
                .column(Column.of("d", INTEGER))
                .build();
        Table after = Table.builder("t")
                .column(Column.of("a", ColumnType.of("varchar", 100)))
                .column(Column.of("b", ColumnType.of("varchar", 255)))
                .column(Column.of("c", INTEGER))
                .column(Column.of("d", BIGINT))
                .build();

        SchemaDiff diff = diff(SchemaModel.of(before), SchemaModel.of(after));

        TableName t = TableName.of("t");
        assertEquals(List.of(
                new AlterColumnType(t, "a", ColumnType.of("varchar", 255), ColumnType.of("varchar", 100),
                        Optional.of("varchar(255) -> varchar(100): values longer than 100 characters are cut off")),
                new AlterColumnType(t, "b", ColumnType.of("varchar", 100), ColumnType.of("varchar", 255),
                        Optional.empty()),
                new AlterColumnType(t, "c", BIGINT, INTEGER,
                        Optional.of("bigint -> integer: values outside the integer range make the migration fail")),
                new AlterColumnType(t, "d", INTEGER, BIGINT, Optional.empty())), diff.changes());
    }

    @Test
    void changesNullabilityDefaultsAndIdentity() {
        Table before = Table.builder("t")
                .column(Column.of("id", BIGINT).notNull())
                .column(Column.of("status", TEXT).withDefault("'new'"))
                .column(Column.of("note", TEXT).notNull())
                .column(Column.of("seq", BIGINT).asIdentity())
                .build();
        Table after = Table.builder("t")
                .column(Column.of("id", BIGINT).asIdentity())
                .column(Column.of("status", TEXT).notNull().withDefault("'open'"))
                .column(Column.of("note", TEXT))
                .column(Column.of("seq", BIGINT).notNull())
                .build();

        SchemaDiff diff = diff(SchemaModel.of(before), SchemaModel.of(after));

        TableName t = TableName.of("t");
        assertEquals(List.of(
                new SetIdentity(t, "id", true),
                new SetDefault(t, "status", Optional.of("'new'"), Optional.of("'open'")),
                new SetNullability(t, "status", false),
                new SetNullability(t, "note", true),
                new SetIdentity(t, "seq", false)), diff.changes());
    }

    @Test
    void rebuildsChangedIndexesAndRenamesMovedOnes() {
        Index partial = new Index("customer_created_at_idx", List.of("created_at"), false,
                Optional.of("name IS NOT NULL"));
        Table before = customer().index(Index.of("customer_created_at_idx", List.of("created_at")))
                .index(Index.of("customer_name_idx", List.of("name"))).build();
        Table after = customer().index(partial).index(Index.of("customer_by_name", List.of("name"))).build();

        SchemaDiff diff = diff(shopWithCustomer(before), shopWithCustomer(after));

        assertEquals(List.of(
                new RenameIndex(CUSTOMER, "customer_name_idx", "customer_by_name"),
                new DropIndex(CUSTOMER, Index.of("customer_created_at_idx", List.of("created_at")), Optional.empty()),
                new CreateIndex(CUSTOMER, partial)), diff.changes());
    }

    @Test
    void rewritesACheckWhoseExpressionChanged() {
        CheckConstraint widened = new CheckConstraint("purchase_order_status_check",
                "status IN ('new', 'paid', 'shipped', 'returned')");
        Table after = purchaseOrder().removeConstraint("purchase_order_status_check").check(widened).build();

        SchemaDiff diff = diff(ShopSchema.shop(), SchemaModel.of(customer().build(), after, orderLine().build()));

        assertEquals(List.of(
                new DropCheck(PURCHASE_ORDER, purchaseOrder().build().checks().get(0), Optional.empty()),
                new AddCheck(PURCHASE_ORDER, widened)), diff.changes());
    }

    @Test
    void dropsForeignKeysFirstAndAddsThemLast() {
        ForeignKey changed = new ForeignKey("order_line_order_id_fkey", List.of("order_id"), PURCHASE_ORDER,
                List.of("id"), ReferentialAction.CASCADE);
        Table line = orderLine().removeConstraint("order_line_order_id_fkey").foreignKey(changed)
                .column(Column.of("note", TEXT)).build();
        Table coupon = Table.builder("coupon").column(Column.of("code", TEXT).notNull())
                .primaryKey(new PrimaryKey("coupon_pkey", List.of("code"))).build();

        SchemaDiff diff = diff(ShopSchema.shop(),
                SchemaModel.of(customer().build(), purchaseOrder().build(), line, coupon));

        assertEquals(List.of(
                new DropForeignKey(ORDER_LINE, orderLine().build().foreignKeys().get(0), Optional.empty()),
                new CreateTable(coupon),
                new AddColumn(ORDER_LINE, Column.of("note", TEXT)),
                new AddForeignKey(ORDER_LINE, changed)), diff.changes());
    }

    @Test
    void foreignKeysOnARebuiltKeyAreDroppedFirstAndAddedBack() {
        // The primary key moves from id to email; id stays unique, so purchase_order's key can still refer to it.
        Table rekeyed = customer().removeConstraint("customer_pkey").removeConstraint("customer_email_key")
                .primaryKey(new PrimaryKey("customer_pkey", List.of("email")))
                .unique(new UniqueConstraint("customer_id_key", List.of("id")))
                .build();

        SchemaDiff diff = diff(ShopSchema.shop(), shopWithCustomer(rekeyed));

        ForeignKey orderToCustomer = purchaseOrder().build().foreignKeys().get(0);
        assertEquals(List.of(
                new DropForeignKey(PURCHASE_ORDER, orderToCustomer, Optional.empty()),
                new DropUnique(CUSTOMER, new UniqueConstraint("customer_email_key", List.of("email")), Optional.empty()),
                new DropPrimaryKey(CUSTOMER, new PrimaryKey("customer_pkey", List.of("id")), Optional.empty()),
                new AddUnique(CUSTOMER, new UniqueConstraint("customer_id_key", List.of("id"))),
                new AddPrimaryKey(CUSTOMER, new PrimaryKey("customer_pkey", List.of("email"))),
                new AddForeignKey(PURCHASE_ORDER, orderToCustomer)), diff.changes());
    }
}
