package dev.neonkit.runtime.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neonkit.schema.diff.Change;
import dev.neonkit.schema.diff.SchemaDiff;
import dev.neonkit.schema.model.Column;
import dev.neonkit.schema.model.SchemaModel;
import dev.neonkit.schema.model.Table;
import dev.neonkit.schema.model.TableName;
import dev.neonkit.testsupport.WithTestDatabase;
import dev.neonkit.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The strongest check of the catalog reader: a model covering every type and constraint kind is created with the
 * migration renderer's own SQL, read back from the catalog, and compared with the same diff that plans
 * migrations. Any missing normalisation shows up as a change.
 */
@WithTestDatabase
class CatalogRoundTripTest {

    @BeforeAll
    static void createSchema(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            EveryFeatureSchema.apply(connection, EveryFeatureSchema.model());
            // Flyway's history table lives next to the application's tables and must not count as drift.
            connection.createStatement().execute("CREATE TABLE flyway_schema_history (installed_rank int PRIMARY KEY)");
        }
    }

    @Test
    void aRenderedSchemaReadsBackWithoutAnyDifference(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            LiveSchema live = CatalogReader.forDefaultSchema().read(connection);
            SchemaModel expected = CanonicalExpressions.canonicalize(connection, EveryFeatureSchema.model()).model();

            SchemaDiff diff = SchemaDiff.between(live.model(), expected);

            assertEquals(List.of(), diff.changes());
            assertEquals(List.of(), live.notCompared());
        }
    }

    @Test
    void structureReadsBackExactlyAndOnlyExpressionsNeedPostgresqlsSpelling(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            SchemaModel live = CatalogReader.forDefaultSchema().read(connection).model();
            SchemaModel written = EveryFeatureSchema.model();

            assertEquals(names(written), names(live));
            for (Table table : written.tables()) {
                Table read = live.table(table.name()).orElseThrow();
                assertEquals(table.columns().stream().map(CatalogRoundTripTest::withoutDefault).toList(),
                        read.columns().stream().map(CatalogRoundTripTest::withoutDefault).toList(),
                        "types, nullability and identity of " + table.name());
                assertEquals(table.primaryKey(), read.primaryKey());
                assertEquals(table.uniqueConstraints(), read.uniqueConstraints());
                assertEquals(table.foreignKeys(), read.foreignKeys());
                assertEquals(table.indexes().stream().map(index -> index.name() + index.columns() + index.unique())
                        .toList(), read.indexes().stream().map(index -> index.name() + index.columns() + index.unique())
                        .toList());
            }

            Table allTypes = live.table(TableName.of("all_types")).orElseThrow();
            assertEquals(Optional.of("'new'::text"), allTypes.column("status").orElseThrow().defaultSql());
            assertEquals("(status = ANY (ARRAY['new'::text, 'paid'::text, 'shipped'::text]))",
                    allTypes.checks().stream().filter(check -> check.name().equals("all_types_status_check"))
                            .findFirst().orElseThrow().expression());
            assertEquals(Optional.of("(status <> 'shipped'::text)"), allTypes.indexes().stream()
                    .filter(index -> index.name().equals("all_types_open_idx")).findFirst().orElseThrow().where());

            // Compared as written, the expressions differ: that is what the canonical form is for.
            List<Change> naive = SchemaDiff.between(live, written).changes();
            assertFalse(naive.isEmpty());
            assertTrue(naive.stream().allMatch(change -> change instanceof Change.SetDefault
                    || change instanceof Change.DropCheck || change instanceof Change.AddCheck
                    || change instanceof Change.DropIndex || change instanceof Change.CreateIndex), naive::toString);
        }
    }

    @Test
    void canonicalisingLeavesNoTraceInTheDatabase(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            CanonicalExpressions.canonicalize(connection, EveryFeatureSchema.model());

            assertTrue(connection.getAutoCommit());
            try (var rows = connection.createStatement().executeQuery(
                    "SELECT count(*) FROM pg_class WHERE relnamespace = pg_my_temp_schema()")) {
                rows.next();
                assertEquals(0, rows.getInt(1));
            }
        }
    }

    @Test
    void theCatalogIsReadInThreeQueriesWhateverTheNumberOfTables(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            StatementCounter counter = new StatementCounter(connection);

            SchemaModel live = CatalogReader.forDefaultSchema().read(counter.connection()).model();

            assertEquals(4, live.tables().size());
            assertEquals(3, counter.statements());
        }
    }

    @Test
    void aWholeVerificationSendsEightStatements(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            StatementCounter counter = new StatementCounter(connection);

            DriftReport report = SchemaVerifier.expecting(EveryFeatureSchema.model()).verify(counter.connection());

            assertFalse(report.hasDrift());
            // Live catalog: 3. Expected expressions: the temporary DDL in one batch, the temporary schema's name,
            // and the same 3 catalog queries. Savepoints and the rollback come on top, also independent of size.
            assertEquals(8, counter.statements());
        }
    }

    private static List<String> names(SchemaModel model) {
        return model.tables().stream().map(table -> table.name().qualified()).toList();
    }

    private static Column withoutDefault(Column column) {
        return column.withDefault(null);
    }
}
