package dev.neonkit.runtime.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import dev.neonkit.schema.snapshot.Snapshot;
import dev.neonkit.schema.snapshot.SnapshotCodec;
import dev.neonkit.schema.snapshot.SnapshotFormatException;
import dev.neonkit.testsupport.TestDatabase;
import dev.neonkit.testsupport.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-made drift is reported with the SQL that fixes it, and running that SQL removes the drift. */
class SchemaVerifierTest {

    private static final SchemaVerifier VERIFIER = SchemaVerifier.expecting(EveryFeatureSchema.model());

    @Test
    void aDatabaseCreatedFromTheModelHasNoDrift() throws SQLException {
        try (TestDatabase db = TestPostgres.shared().createDatabase("verify_clean")) {
            apply(db);

            DriftReport report = VERIFIER.verify(db.dataSource());

            assertFalse(report.hasDrift(), report::toString);
            assertEquals(List.of(), report.notes());
            assertEquals("", report.fixScript());
        }
    }

    @Test
    void anExtraColumnAMissingIndexAndAChangedTypeAreReportedWithTheirFixes() throws SQLException {
        try (TestDatabase db = TestPostgres.shared().createDatabase("verify_drift")) {
            apply(db);
            execute(db, "ALTER TABLE customer ADD COLUMN nickname text",
                    "DROP INDEX all_types_open_idx",
                    "ALTER TABLE all_types ALTER COLUMN code TYPE varchar(50)");

            DriftReport report = VERIFIER.verify(db.dataSource());

            assertEquals(List.of(
                    new Drift("column public.customer.nickname is not in the expected schema",
                            "ALTER TABLE customer DROP COLUMN nickname;", true),
                    new Drift("column public.all_types.code is varchar(50), expected varchar(20)",
                            "ALTER TABLE all_types ALTER COLUMN code TYPE varchar(20) USING code::varchar(20);", true),
                    new Drift("index all_types_open_idx of public.all_types is missing",
                            "CREATE INDEX CONCURRENTLY all_types_open_idx ON all_types (status)"
                                    + " WHERE (status <> 'shipped'::text);", false)),
                    report.differences());

            fix(db, report);
            assertFalse(VERIFIER.verify(db.dataSource()).hasDrift());
        }
    }

    @Test
    void changedExpressionsNullabilityAndForeignKeyActionsAreDrift() throws SQLException {
        try (TestDatabase db = TestPostgres.shared().createDatabase("verify_expressions")) {
            apply(db);
            execute(db, "ALTER TABLE all_types ALTER COLUMN status SET DEFAULT 'paid'",
                    "ALTER TABLE all_types DROP CONSTRAINT all_types_status_check",
                    "ALTER TABLE all_types ADD CONSTRAINT all_types_status_check CHECK (status IN ('new', 'paid'))",
                    "ALTER TABLE customer ALTER COLUMN name DROP NOT NULL",
                    "ALTER TABLE link DROP CONSTRAINT link_restrict_fkey",
                    "ALTER TABLE link ADD CONSTRAINT link_restrict_fkey FOREIGN KEY (restrict_id)"
                            + " REFERENCES customer (id) ON DELETE CASCADE");

            DriftReport report = VERIFIER.verify(db.dataSource());

            assertEquals(List.of(
                    "foreign key link_restrict_fkey of public.link differs from the expected definition (dropped first)",
                    "check constraint all_types_status_check of public.all_types differs from the expected definition"
                            + " (dropped first)",
                    "column public.all_types.status has DEFAULT 'paid'::text, expected DEFAULT 'new'::text",
                    "column public.customer.name is nullable, expected NOT NULL",
                    "check constraint all_types_status_check of public.all_types differs from the expected definition"
                            + " (created again)",
                    "foreign key link_restrict_fkey of public.link differs from the expected definition"
                            + " (created again)"),
                    report.differences().stream().map(Drift::description).toList());
            assertTrue(report.fixScript().contains(
                    "ALTER TABLE link ADD CONSTRAINT link_restrict_fkey FOREIGN KEY (restrict_id) REFERENCES customer"
                            + " (id) ON DELETE RESTRICT NOT VALID;"), report.fixScript());

            fix(db, report);
            assertFalse(VERIFIER.verify(db.dataSource()).hasDrift());
        }
    }

    @Test
    void anExtraTableAndAMissingTableAreDrift() throws SQLException {
        try (TestDatabase db = TestPostgres.shared().createDatabase("verify_tables")) {
            apply(db);
            execute(db, "CREATE TABLE audit (id bigint PRIMARY KEY)", "DROP TABLE link");

            List<Drift> differences = VERIFIER.verify(db.dataSource()).differences();

            assertEquals(List.of("table public.audit is not in the expected schema", "table public.link is missing"),
                    differences.stream().map(Drift::description).toList());
            assertEquals("DROP TABLE audit;", differences.get(0).fixSql());
            assertTrue(differences.get(0).destructive());
            assertTrue(differences.get(1).fixSql().startsWith("CREATE TABLE link (\n"), differences.get(1).fixSql());
        }
    }

    @Test
    void anExpressionPostgresqlRejectsIsComparedAsWrittenAndNamed() throws SQLException {
        SchemaModel model = EveryFeatureSchema.model();
        Table pair = model.table(TableName.of("pair")).orElseThrow();
        Table broken = pair.toBuilder().removeConstraint("pair_b_check")
                .check(new CheckConstraint("pair_b_check", "no_such_function(b)")).build();
        SchemaModel withBrokenCheck = new SchemaModel(model.tables().stream()
                .map(table -> table.name().equals(pair.name()) ? broken : table).toList());
        try (TestDatabase db = TestPostgres.shared().createDatabase("verify_rejected")) {
            apply(db);

            DriftReport report = SchemaVerifier.expecting(withBrokenCheck).verify(db.dataSource());

            assertEquals(1, report.notes().size(), report.notes().toString());
            assertTrue(report.notes().get(0).startsWith("the CHECK pair_b_check of public.pair, no_such_function(b),"
                    + " is not valid for PostgreSQL ("), report.notes().get(0));
            assertTrue(report.notes().get(0).contains("no_such_function"), report.notes().get(0));
            assertEquals(List.of("ALTER TABLE pair DROP CONSTRAINT pair_b_check;",
                            "ALTER TABLE pair ADD CONSTRAINT pair_b_check CHECK (no_such_function(b)) NOT VALID;\n"
                                    + "ALTER TABLE pair VALIDATE CONSTRAINT pair_b_check;"),
                    report.differences().stream().map(Drift::fixSql).toList());
        }
    }

    @Test
    void aConstraintLeftNotValidIsNoted() throws SQLException {
        try (TestDatabase db = TestPostgres.shared().createDatabase("verify_not_valid")) {
            apply(db);
            execute(db, "ALTER TABLE all_types DROP CONSTRAINT all_types_price_check",
                    "ALTER TABLE all_types ADD CONSTRAINT all_types_price_check CHECK (price >= 0) NOT VALID");

            DriftReport report = VERIFIER.verify(db.dataSource());

            assertFalse(report.hasDrift(), report::toString);
            assertEquals(List.of("constraint all_types_price_check of public.all_types is NOT VALID: rows older than"
                    + " the constraint are not checked; run ALTER TABLE all_types VALIDATE CONSTRAINT"
                    + " all_types_price_check"), report.notes());
        }
    }

    @Test
    void objectsTheModelCannotDescribeAreNotedNotCompared() throws SQLException {
        try (TestDatabase db = TestPostgres.shared().createDatabase("verify_notes")) {
            apply(db);
            execute(db, "CREATE INDEX customer_lower_email_idx ON customer (lower(email))",
                    "CREATE INDEX all_types_doc_idx ON all_types USING gin (doc)");

            DriftReport report = VERIFIER.verify(db.dataSource());

            assertFalse(report.hasDrift(), report::toString);
            assertEquals(List.of(
                    "index all_types_doc_idx of public.all_types is a gin index; the model describes B-tree indexes"
                            + " only",
                    "index customer_lower_email_idx of public.customer indexes an expression; the model describes"
                            + " column indexes only"), report.notes());
        }
    }

    @Test
    void tablesInAnotherSchemaAreReadAndSameNamedTablesAreCanonicalisedApart() throws SQLException {
        // billing.customer shares its name with public.customer, so its temporary twin needs a batch of its own.
        Table billingCustomer = Table.builder(new TableName("billing", "customer"))
                .column(Column.of("id", ColumnType.of("bigint")).notNull())
                .column(Column.of("plan", ColumnType.of("varchar", 10)).notNull().withDefault("'free'"))
                .column(Column.of("owner_id", ColumnType.of("bigint")))
                .primaryKey(new PrimaryKey("customer_pkey", List.of("id")))
                .foreignKey(new ForeignKey("customer_owner_id_fkey", List.of("owner_id"), TableName.of("customer"),
                        List.of("id"), ReferentialAction.SET_NULL))
                .check(new CheckConstraint("customer_plan_check", "plan IN ('free', 'pro')"))
                .index(new Index("customer_pro_idx", List.of("id"), false, Optional.of("plan = 'pro'")))
                .build();
        List<Table> tables = new ArrayList<>(EveryFeatureSchema.model().tables());
        tables.add(billingCustomer);
        SchemaModel model = new SchemaModel(tables);
        try (TestDatabase db = TestPostgres.shared().createDatabase("verify_schemas")) {
            try (Connection connection = db.connect()) {
                EveryFeatureSchema.apply(connection, model);
            }
            SchemaVerifier verifier = SchemaVerifier.expecting(model);
            assertFalse(verifier.verify(db.dataSource()).hasDrift());

            execute(db, "ALTER TABLE billing.customer ALTER COLUMN plan SET DEFAULT 'pro'");
            assertEquals(List.of(new Drift("column billing.customer.plan has DEFAULT 'pro'::character varying,"
                            + " expected DEFAULT 'free'::character varying",
                            "ALTER TABLE billing.customer ALTER COLUMN plan SET DEFAULT 'free'::character varying;",
                            false)),
                    verifier.verify(db.dataSource()).differences());
        }
    }

    @Test
    void aColumnTypeTheModelCannotReadStopsTheComparisonWithItsName() throws SQLException {
        try (TestDatabase db = TestPostgres.shared().createDatabase("verify_unreadable")) {
            apply(db);
            execute(db, "CREATE TYPE \"Mood\" AS ENUM ('happy', 'sad')",
                    "ALTER TABLE customer ADD COLUMN mood \"Mood\"");

            IllegalStateException stopped = assertThrows(IllegalStateException.class,
                    () -> VERIFIER.verify(db.dataSource()));

            assertTrue(stopped.getMessage().startsWith("column public.customer.mood has type \"Mood\", which"
                    + " neonkit's schema model cannot read"), stopped.getMessage());
        }
    }

    @Test
    void aLiveExpressionTheModelRefusesStopsTheComparisonWithItsReason() throws SQLException {
        try (TestDatabase db = TestPostgres.shared().createDatabase("verify_refused_expression")) {
            apply(db);
            execute(db, "ALTER TABLE customer ADD COLUMN region text DEFAULT '${region}'");

            IllegalStateException stopped = assertThrows(IllegalStateException.class,
                    () -> VERIFIER.verify(db.dataSource()));

            assertTrue(stopped.getMessage().startsWith("the live schema (public) does not fit neonkit's schema model:"
                    + " the DEFAULT of column region is not a single SQL expression: it contains ${"),
                    stopped.getMessage());
        }
    }

    @Test
    void aSnapshotWhoseExpressionWouldEndItsStatementIsRefusedAndRunsNothing(@TempDir Path directory)
            throws IOException, SQLException {
        String hostile = "id > 0); COMMIT; DROP TABLE public.victim; SELECT (1";
        Table victim = Table.builder("victim")
                .column(Column.of("id", ColumnType.of("bigint")).notNull())
                .check(new CheckConstraint("victim_id_check", "id > 0"))
                .build();
        String json = SnapshotCodec.write(new Snapshot(Snapshot.CURRENT_FORMAT, SchemaModel.of(victim), List.of()));
        assertTrue(json.contains("\"id > 0\""), json);
        Path snapshot = directory.resolve("neonkit-snapshot.json");
        Files.writeString(snapshot, json.replace("\"id > 0\"", "\"" + hostile + "\""));
        try (TestDatabase db = TestPostgres.shared().createDatabase("verify_hostile")) {
            execute(db, "CREATE TABLE victim (id bigint NOT NULL)", "INSERT INTO victim VALUES (1)");

            SnapshotFormatException refused = assertThrows(SnapshotFormatException.class,
                    () -> SchemaVerifier.fromSnapshot(snapshot).verify(db.dataSource()));

            assertTrue(refused.getMessage().contains("the expression of check constraint victim_id_check is not a"
                    + " single SQL expression"), refused.getMessage());
            try (Connection connection = db.connect(); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT count(*) FROM victim")) {
                rows.next();
                assertEquals(1, rows.getInt(1), "the canary table and its row are still there");
            }
        }
    }

    private static void apply(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            EveryFeatureSchema.apply(connection, EveryFeatureSchema.model());
        }
    }

    private static void fix(TestDatabase db, DriftReport report) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            for (Drift drift : report.differences()) {
                statement.execute(drift.fixSql());
            }
        }
    }

    private static void execute(TestDatabase db, String... statements) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
