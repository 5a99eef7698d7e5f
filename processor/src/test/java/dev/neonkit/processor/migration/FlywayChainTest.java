package dev.neonkit.processor.migration;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neonkit.processor.Compiler;
import dev.neonkit.runtime.drift.DriftReport;
import dev.neonkit.runtime.drift.SchemaVerifier;
import dev.neonkit.schema.snapshot.AcceptedMigration;
import dev.neonkit.schema.snapshot.Snapshot;
import dev.neonkit.schema.snapshot.SnapshotCodec;
import dev.neonkit.testsupport.TestDatabase;
import dev.neonkit.testsupport.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Applies a chain the processor generated (v1 to v3 of {@link MigrationScenarioTest}, with the destructive step
 * uncommented by the reviewer) to a fresh PostgreSQL with Flyway, checks the database that results, and lets the
 * runtime's drift check compare it with the snapshot: the whole loop from entities to a verified database.
 */
class FlywayChainTest {

    private static final String MARKER = "-- neonkit:draft (review, then delete this line to accept)\n";
    private static final String COMMENTED_DROP = "-- ALTER TABLE customer DROP COLUMN phone;";

    @TempDir Path migrations;

    @Test
    void generatedChainMigratesAFreshDatabase() throws IOException, SQLException {
        evolve(MigrationScenarioTest.v1(), text -> text);
        evolve(MigrationScenarioTest.v2(), text -> text);
        evolve(MigrationScenarioTest.v3(), text -> {
            assertTrue(text.contains(COMMENTED_DROP), text);
            return text.replace(COMMENTED_DROP, COMMENTED_DROP.substring(3));
        });
        Snapshot snapshot = SnapshotCodec.parse(read(MigrationWorkflow.SNAPSHOT_FILE));
        assertEquals(List.of(1, 2, 3, 4, 5), snapshot.chain().stream().map(AcceptedMigration::version).toList());

        try (TestDatabase database = TestPostgres.shared().createDatabase("chain")) {
            MigrateResult result = flyway(database).migrate();
            assertEquals(5, result.migrationsExecuted);

            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                assertEquals(List.of("id", "email", "status"), columns(statement, "customer"));
                assertEquals(List.of("id", "customer_id", "text"), columns(statement, "note"));
                assertEquals(List.of("note_customer_id_idx"), validIndexes(statement, "note"));
                statement.execute("INSERT INTO customer (email, status) VALUES ('a@example.com', 'BLOCKED')");
                assertThrows(SQLException.class,
                        () -> statement.execute("INSERT INTO customer (email, status) VALUES ('b@example.com', 'GONE')"),
                        "the enum CHECK rejects an unknown constant");
                // Flyway recorded for each file the checksum the snapshot chain holds.
                assertEquals(chainChecksums(snapshot), historyChecksums(statement));
            }
            assertNoDrift(database);
        }
    }

    @Test
    void referenceModelMigrationRunsOnPostgres() throws IOException, SQLException {
        evolve(Compiler.referenceModel(), text -> text);
        try (TestDatabase database = TestPostgres.shared().createDatabase("reference")) {
            assertEquals(1, flyway(database).migrate().migrationsExecuted);
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO customers (email, first_name, active, level, points, rating, score, "
                        + "last_seen_local, nicknames, lucky_numbers, friend_ids, cust_code) VALUES ('a@example.com', 'Ada', "
                        + "true, 1, 2, 3.5, 4.5, now(), '{}', '{7}', '{}', 'A1')");
                statement.execute("INSERT INTO purchase_order (customer_id, status, total, tags, line_ids, quantities) "
                        + "SELECT id, 'NEW', 12.50, '{gift}', '{1,2}', '{3}' FROM customers");
                assertEquals(List.of("0 EUR"), strings(statement,
                        "SELECT o.version || ' ' || c.currency FROM purchase_order o JOIN customers c ON c.id = o.customer_id "
                                + "WHERE o.id IS NOT NULL AND o.placed_at IS NOT NULL"));
                assertThrows(SQLException.class, () -> statement.execute("UPDATE purchase_order SET total = -1"),
                        "the @Column(check) constraint holds");
            }
            assertNoDrift(database);
        }
    }

    /** The runtime's drift check finds the migrated database exactly as the snapshot describes it. */
    private void assertNoDrift(TestDatabase database) throws IOException, SQLException {
        try (Connection connection = database.connect()) {
            DriftReport drift = SchemaVerifier.fromSnapshot(migrations.resolve(MigrationWorkflow.SNAPSHOT_FILE))
                    .verify(connection);
            assertEquals(List.of(), drift.differences());
        }
    }

    /** Compiles {@code sources}, lets the reviewer edit and accept each draft, and compiles again to record them. */
    private void evolve(List<JavaFileObject> sources, java.util.function.UnaryOperator<String> review)
            throws IOException {
        assertThat(Compiler.compileWithMigrations(migrations, List.of(), sources)).succeeded();
        for (String draft : drafts()) {
            String reviewed = review.apply(read(draft).substring(MARKER.length()));
            Files.writeString(migrations.resolve(draft), reviewed, StandardCharsets.UTF_8);
        }
        assertThat(Compiler.compileWithMigrations(migrations, List.of(), sources)).succeeded();
        assertEquals(List.of(), drafts());
    }

    private Flyway flyway(TestDatabase database) {
        FluentConfiguration configuration = Flyway.configure()
                .dataSource(database.jdbcUrl(), database.user(), database.password())
                .locations("filesystem:" + migrations.toAbsolutePath());
        // A transaction-level advisory lock would make CREATE INDEX CONCURRENTLY wait for itself forever.
        configuration.getConfigurationExtension(PostgreSQLConfigurationExtension.class).setTransactionalLock(false);
        return configuration.load();
    }

    private List<String> drafts() throws IOException {
        List<String> drafts = new ArrayList<>();
        try (Stream<Path> files = Files.list(migrations)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".sql") && read(name).startsWith(MARKER)) {
                    drafts.add(name);
                }
            }
        }
        return drafts;
    }

    private String read(String name) throws IOException {
        return Files.readString(migrations.resolve(name), StandardCharsets.UTF_8);
    }

    private static List<String> columns(Statement statement, String table) throws SQLException {
        return strings(statement, "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' "
                + "AND table_name = '" + table + "' ORDER BY ordinal_position");
    }

    private static List<String> validIndexes(Statement statement, String table) throws SQLException {
        return strings(statement, "SELECT i.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
                + "JOIN pg_class t ON t.oid = x.indrelid WHERE t.relname = '" + table + "' AND x.indisvalid "
                + "AND NOT x.indisprimary ORDER BY 1");
    }

    private static List<String> strings(Statement statement, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static Map<String, Integer> chainChecksums(Snapshot snapshot) {
        Map<String, Integer> checksums = new TreeMap<>();
        snapshot.chain().forEach(migration -> checksums.put(migration.fileName(), migration.checksum()));
        return checksums;
    }

    private static Map<String, Integer> historyChecksums(Statement statement) throws SQLException {
        Map<String, Integer> checksums = new TreeMap<>();
        try (ResultSet rows = statement.executeQuery(
                "SELECT script, checksum FROM flyway_schema_history WHERE version IS NOT NULL")) {
            while (rows.next()) {
                checksums.put(rows.getString(1), rows.getInt(2));
            }
        }
        return checksums;
    }
}
