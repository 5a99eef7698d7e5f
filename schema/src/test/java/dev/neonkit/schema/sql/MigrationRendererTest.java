package dev.neonkit.schema.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neonkit.schema.diff.Change;
import dev.neonkit.schema.diff.Change.AddColumn;
import dev.neonkit.schema.diff.Change.AddForeignKey;
import dev.neonkit.schema.diff.Change.CreateIndex;
import dev.neonkit.schema.diff.Change.DropColumn;
import dev.neonkit.schema.diff.Change.RenameIndex;
import dev.neonkit.schema.diff.Change.SetIdentity;
import dev.neonkit.schema.diff.Change.SetNullability;
import dev.neonkit.schema.diff.SchemaDiff;
import dev.neonkit.schema.fixtures.CyclicTables;
import dev.neonkit.schema.fixtures.ShopEvolution;
import dev.neonkit.schema.model.Column;
import dev.neonkit.schema.model.ColumnType;
import dev.neonkit.schema.model.Index;
import dev.neonkit.schema.model.SchemaModel;
import dev.neonkit.schema.model.TableName;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MigrationRendererTest {

    private static final ColumnType BIGINT = ColumnType.of("bigint");

    @Test
    void lockTimeoutIsConfigurable() {
        List<Change> add = List.of(new AddColumn(TableName.of("t"), Column.of("c", BIGINT)));
        assertTrue(MigrationRenderer.withLockTimeout(Duration.ofMillis(1500)).render(add).scripts().get(0).sqlText()
                .startsWith("SET lock_timeout = '1500ms';\n\n"));
        assertTrue(MigrationRenderer.withLockTimeout(Duration.ofMinutes(1)).render(add).scripts().get(0).sqlText()
                .startsWith("SET lock_timeout = '60s';\n\n"));
        assertThrows(IllegalArgumentException.class, () -> MigrationRenderer.withLockTimeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> MigrationRenderer.withLockTimeout(Duration.ofNanos(10)));
    }

    @Test
    void foreignKeysBetweenNewTablesNeedNoValidation() {
        MigrationPlan plan = MigrationRenderer.withDefaults().render(SchemaDiff.between(SchemaModel.EMPTY,
                CyclicTables.model()));

        assertEquals(1, plan.scripts().size());
        String sql = plan.scripts().get(0).sqlText();
        assertTrue(sql.endsWith("\n\nALTER TABLE a ADD CONSTRAINT a_b_id_fkey FOREIGN KEY (b_id) REFERENCES b (id);\n"),
                sql);
        assertFalse(sql.contains("NOT VALID"), sql);
        assertEquals(List.of(), plan.warnings());
    }

    @Test
    void indexesOfOtherSchemasAreQualified() {
        TableName invoice = new TableName("billing", "invoice");
        List<Change> changes = List.of(
                new RenameIndex(invoice, "old_idx", "new_idx"),
                new CreateIndex(invoice, new Index("invoice_total_idx", List.of("total"), true, Optional.empty())));

        MigrationPlan plan = MigrationRenderer.withDefaults().render(changes);

        assertEquals("SET lock_timeout = '5s';\n\nALTER INDEX billing.old_idx RENAME TO new_idx;\n",
                plan.scripts().get(0).sqlText());
        MigrationScript index = plan.scripts().get(1);
        assertFalse(index.executeInTransaction());
        assertTrue(index.sqlText().endsWith("DROP INDEX CONCURRENTLY IF EXISTS billing.invoice_total_idx;\n"
                + "CREATE UNIQUE INDEX CONCURRENTLY invoice_total_idx ON billing.invoice (total);\n"), index.sqlText());
    }

    @Test
    void fixSqlRendersEveryChangePlainly() {
        SchemaDiff diff = SchemaDiff.between(ShopEvolution.v1(), ShopEvolution.v2());
        List<ChangeSql> fixes = MigrationRenderer.withDefaults().fixSql(diff.changes());

        assertEquals(diff.changes().size(), fixes.size());
        for (ChangeSql fix : fixes) {
            assertFalse(fix.sql().contains("--"), fix.sql());
            assertFalse(fix.sql().contains("lock_timeout"), fix.sql());
        }
        ChangeSql dropName = fixes.stream().filter(fix -> fix.change() instanceof DropColumn).findFirst().orElseThrow();
        assertEquals("ALTER TABLE customer DROP COLUMN name;", dropName.sql());
        ChangeSql addCoupon = fixes.stream().filter(fix -> fix.change() instanceof AddForeignKey).findFirst()
                .orElseThrow();
        assertEquals("ALTER TABLE purchase_order ADD CONSTRAINT purchase_order_coupon_code_fkey FOREIGN KEY"
                + " (coupon_code) REFERENCES coupon (code) ON DELETE SET NULL NOT VALID;\n"
                + "ALTER TABLE purchase_order VALIDATE CONSTRAINT purchase_order_coupon_code_fkey;", addCoupon.sql());
        ChangeSql index = fixes.stream().filter(fix -> fix.change() instanceof CreateIndex).findFirst().orElseThrow();
        assertEquals("CREATE INDEX CONCURRENTLY order_line_sku_idx ON order_line (sku);", index.sql());
    }

    @Test
    void aColumnBecomingAnIdentityIsSetNotNullAtOnce() {
        TableName t = TableName.of("t");
        List<Change> changes = List.of(new SetNullability(t, "n", false), new SetIdentity(t, "n", true));

        MigrationPlan plan = MigrationRenderer.withDefaults().render(changes);

        assertEquals(1, plan.scripts().size());
        String sql = plan.scripts().get(0).sqlText();
        assertTrue(sql.startsWith("SET lock_timeout = '5s';\n\nALTER TABLE t ALTER COLUMN n SET NOT NULL;\n\n"
                + "ALTER TABLE t ALTER COLUMN n ADD GENERATED BY DEFAULT AS IDENTITY;\n"), sql);
        assertFalse(sql.contains("not_null_check"), sql);
    }

    @Test
    void noChangesMeanNoScripts() {
        MigrationPlan plan = MigrationRenderer.withDefaults().render(SchemaDiff.between(ShopEvolution.v1(),
                ShopEvolution.v1()));
        assertTrue(plan.isEmpty());
        assertEquals(List.of(), plan.warnings());
    }
}
