package dev.neonkit.runtime.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neonkit.runtime.ConnectionFailure;
import dev.neonkit.runtime.NeonConnectionException;
import dev.neonkit.runtime.NeonDatabase;
import dev.neonkit.runtime.config.ConfigException;
import dev.neonkit.runtime.config.Endpoint;
import dev.neonkit.runtime.config.NeonConfig;
import dev.neonkit.runtime.config.Secret;
import dev.neonkit.schema.migrations.MigrationFile;
import dev.neonkit.testsupport.TestDatabase;
import dev.neonkit.testsupport.TestPostgres;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flyway through {@link Migrator} on a real PostgreSQL: migrate, info, validate, and the Neon-specific settings. */
class MigratorTest {

    /** The draft marker's line, as the processor writes it at the top of a draft. */
    private static final String DRAFT_MARKER_LINE = MigrationFile.DRAFT_MARKER + "\n";

    @TempDir
    Path migrations;

    /** A small chain; V3 builds an index concurrently, outside a transaction, as its sidecar says. */
    private void writeChain() throws IOException {
        write("V1__create_customer.sql", "CREATE TABLE customer (id bigint PRIMARY KEY, name text NOT NULL);\n");
        write("V2__add_email.sql", "ALTER TABLE customer ADD COLUMN email text;\n");
        write("V3__index_email.sql", "CREATE INDEX CONCURRENTLY customer_email_idx ON customer (email);\n");
        write("V3__index_email.sql.conf", "executeInTransaction=false\n");
    }

    @Test
    void migratesTheChainIncludingAConcurrentIndexAndThenIsUpToDate() throws Exception {
        writeChain();
        try (TestDatabase db = TestPostgres.shared().createDatabase("migrator")) {
            Migrator migrator = Migrator.fromEnvironment(Map.of("DATABASE_URL", db.libpqUrl()))
                    .locations(migrations.toString());

            MigrationResult first = migrator.migrate();

            assertEquals(List.of(
                    new AppliedMigration("1", "create customer", "V1__create_customer.sql"),
                    new AppliedMigration("2", "add email", "V2__add_email.sql"),
                    new AppliedMigration("3", "index email", "V3__index_email.sql")), first.applied());
            assertEquals(Optional.empty(), first.initialVersion());
            assertEquals(Optional.of("3"), first.schemaVersion());
            // CREATE INDEX CONCURRENTLY only finishes when no transaction of the migrator's own holds a lock: with
            // Flyway's default transaction-level advisory lock it would wait for itself forever.
            assertEquals(List.of("customer_email_idx:valid"), query(db,
                    "SELECT c.relname || ':' || CASE WHEN i.indisvalid THEN 'valid' ELSE 'invalid' END"
                            + " FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                            + " WHERE c.relname = 'customer_email_idx'"));

            MigrationResult second = migrator.migrate();
            assertTrue(second.upToDate());
            assertEquals(Optional.of("3"), second.initialVersion());
            assertEquals(Optional.of("3"), second.schemaVersion());
        }
    }

    @Test
    void aMigratorOpensNoPoolSoAnOpenPoolWithAnotherPasswordDoesNotConcernIt() throws Exception {
        writeChain();
        try (TestDatabase db = TestPostgres.shared().createDatabase("migrator_unpooled");
             NeonDatabase application = NeonDatabase.fromEnvironment(Map.of("DATABASE_URL", db.libpqUrl()))) {
            NeonConfig open = application.config();
            // The password was rotated: the migration runs with the new one while the application still holds
            // its open pool with the old one. A pool would be refused ("different password"); direct connections are not.
            NeonConfig rotated = new NeonConfig(withPassword(open.primary(), "rotated-Pw-4411"), Optional.empty(),
                    withPassword(open.direct(), "rotated-Pw-4411"), open.pool(), open.retry(), false);

            try {
                MigrationResult result = Migrator.from(rotated).locations(migrations.toString()).migrate();
                assertEquals(3, result.applied().size());
            } catch (MigrationException authenticationChecked) {
                // A server that checks passwords rejects the made-up one: that is the connection's answer, not
                // a conflict with the open pool.
                NeonConnectionException cause = assertInstanceOf(NeonConnectionException.class,
                        authenticationChecked.getCause(), String.valueOf(authenticationChecked));
                assertEquals(ConnectionFailure.AUTHENTICATION_FAILED, cause.failure());
            }
        }
    }

    private static Endpoint withPassword(Endpoint endpoint, String password) {
        return new Endpoint(endpoint.host(), endpoint.port(), endpoint.database(), endpoint.user(),
                Secret.of(password), endpoint.kind(), endpoint.neon(), endpoint.driverProperties());
    }

    @Test
    void infoListsAppliedAndPendingMigrations() throws Exception {
        writeChain();
        try (TestDatabase db = TestPostgres.shared().createDatabase("migrator_info")) {
            Migrator migrator = Migrator.fromEnvironment(Map.of("DATABASE_URL", db.libpqUrl()))
                    .locations("filesystem:" + migrations);
            migrator.migrate();
            write("V4__add_phone.sql", "ALTER TABLE customer ADD COLUMN phone text;\n");

            List<MigrationStatus> info = migrator.info();

            assertEquals(List.of("1 create customer Success", "2 add email Success", "3 index email Success",
                    "4 add phone Pending"), info.stream()
                    .map(row -> row.version() + " " + row.description() + " " + row.state()).toList());
            assertEquals(List.of(true, true, true, false), info.stream().map(MigrationStatus::applied).toList());
        }
    }

    @Test
    void validateReportsAChangedScriptAndPassesOtherwise() throws Exception {
        writeChain();
        try (TestDatabase db = TestPostgres.shared().createDatabase("migrator_validate")) {
            Migrator migrator = Migrator.fromEnvironment(Map.of("DATABASE_URL", db.libpqUrl()))
                    .locations(migrations.toString());
            migrator.migrate();
            assertTrue(migrator.validate().valid());

            write("V2__add_email.sql", "ALTER TABLE customer ADD COLUMN email varchar(200);\n");
            ValidationReport report = migrator.validate();

            assertFalse(report.valid());
            assertEquals(1, report.problems().size(), report.problems().toString());
            assertTrue(report.problems().get(0).contains("checksum mismatch for migration version 2"),
                    report.problems().get(0));
        }
    }

    @Test
    void validateCountsAPendingScriptAsFlywayDoes() throws Exception {
        writeChain();
        try (TestDatabase db = TestPostgres.shared().createDatabase("migrator_pending")) {
            Migrator migrator = Migrator.fromEnvironment(Map.of("DATABASE_URL", db.libpqUrl()))
                    .locations(migrations.toString());
            migrator.migrate();
            write("V4__add_phone.sql", "ALTER TABLE customer ADD COLUMN phone text;\n");

            ValidationReport report = migrator.validate();

            assertEquals(1, report.problems().size(), report.problems().toString());
            assertTrue(report.problems().get(0).contains("4"), report.problems().get(0));
            migrator.migrate();
            assertTrue(migrator.validate().valid());
        }
    }

    @Test
    void migrationsGoToTheUnpooledUrlNotTheApplicationsOne() throws Exception {
        writeChain();
        try (TestDatabase application = TestPostgres.shared().createDatabase("migrator_app");
             TestDatabase direct = TestPostgres.shared().createDatabase("migrator_direct")) {
            Migrator.fromEnvironment(Map.of("DATABASE_URL", application.libpqUrl(),
                    "DATABASE_URL_UNPOOLED", direct.libpqUrl())).locations(migrations.toString()).migrate();

            assertEquals(List.of("customer"), tables(direct));
            assertEquals(List.of(), tables(application));
        }
    }

    @Test
    void aPooledDirectEndpointIsRefused() {
        ConfigException refused = assertThrows(ConfigException.class, () -> Migrator.fromEnvironment(Map.of(
                "DATABASE_URL", "postgresql://app:s3cret-pass@127.0.0.1:6432/app", "NEONKIT_POOLED", "true")));
        assertTrue(refused.getMessage().contains("set DATABASE_URL_UNPOOLED"), refused.getMessage());
        assertFalse(refused.getMessage().contains("s3cret-pass"));
    }

    @Test
    void aFailedScriptNamesItselfAndKeepsTheEarlierOnes() throws Exception {
        write("V1__create_customer.sql", "CREATE TABLE customer (id bigint PRIMARY KEY);\n");
        write("V2__broken.sql", "ALTER TABLE customer ADD COLUMN email no_such_type;\n");
        try (TestDatabase db = TestPostgres.shared().createDatabase("migrator_broken")) {
            Migrator migrator = Migrator.fromEnvironment(Map.of("DATABASE_URL", db.libpqUrl()))
                    .locations(migrations.toString());

            MigrationException failure = assertThrows(MigrationException.class, migrator::migrate);

            assertTrue(failure.getMessage().contains("V2__broken.sql"), failure.getMessage());
            assertTrue(failure.getMessage().contains("no_such_type"), failure.getMessage());
            assertEquals(List.of("customer"), tables(db));
            assertFalse(failure.getMessage().contains(db.password().isEmpty() ? "\u0000" : db.password()));
        }
    }

    @Test
    void aDirectoryHoldingADraftIsRefusedBeforeAnythingRunsAndAppliedOnceAccepted() throws Exception {
        write("V1__create_customer.sql", "CREATE TABLE customer (id bigint PRIMARY KEY);\n");
        write("V2__add_email.sql", DRAFT_MARKER_LINE + "ALTER TABLE customer ADD COLUMN email text;\n");
        try (TestDatabase db = TestPostgres.shared().createDatabase("migrator_draft")) {
            Migrator migrator = Migrator.fromEnvironment(Map.of("DATABASE_URL", db.libpqUrl()))
                    .locations(migrations.toString());

            MigrationException refused = assertThrows(MigrationException.class, migrator::migrate);

            assertTrue(refused.getMessage().startsWith("migrate refused: the migration "), refused.getMessage());
            assertTrue(refused.getMessage().contains(migrations.resolve("V2__add_email.sql").toString()),
                    refused.getMessage());
            assertFalse(refused.getMessage().contains("V1__create_customer.sql"), refused.getMessage());
            assertTrue(refused.getMessage().contains("Review it, delete its first line to accept it, and compile again"),
                    refused.getMessage());
            assertTrue(refused.getMessage().endsWith("Nothing was applied."), refused.getMessage());
            assertEquals(List.of(), allTables(db));
            ValidationReport report = migrator.validate();
            assertTrue(report.problems().get(0).startsWith("Refused by migrate: the migration "), report.toString());
            assertTrue(report.problems().get(0).contains("V2__add_email.sql"), report.toString());

            write("V2__add_email.sql", "ALTER TABLE customer ADD COLUMN email text;\n");
            MigrationResult accepted = migrator.migrate();

            assertEquals(List.of("V1__create_customer.sql", "V2__add_email.sql"),
                    accepted.applied().stream().map(AppliedMigration::script).toList());
            assertEquals(List.of(), migrator.validate().problems());
        }
    }

    @Test
    void aDraftInsideAJarOnTheClasspathIsRefusedAndHistoryStaysAsItWas() throws Exception {
        try (TestDatabase db = TestPostgres.shared().createDatabase("migrator_draft_jar")) {
            Migrator migrator = Migrator.fromEnvironment(Map.of("DATABASE_URL", db.libpqUrl()))
                    .locations("classpath:db/drafted");
            Path applied = migrations.resolve("applied.jar");
            jar(applied, Map.of("db/drafted/V1__create_customer.sql", "CREATE TABLE customer (id bigint);\n"));
            withClassPath(applied, migrator::migrate);
            List<String> history = query(db, "SELECT script FROM flyway_schema_history ORDER BY installed_rank");
            Path drafted = migrations.resolve("drafted.jar");
            jar(drafted, Map.of("db/drafted/V1__create_customer.sql", "CREATE TABLE customer (id bigint);\n",
                    "db/drafted/V2__add_email.sql", DRAFT_MARKER_LINE + "ALTER TABLE customer ADD COLUMN email text;\n",
                    "db/drafted/V3__add_phone.sql", DRAFT_MARKER_LINE + "ALTER TABLE customer ADD COLUMN phone text;\n"));

            MigrationException refused = assertThrows(MigrationException.class,
                    () -> withClassPath(drafted, migrator::migrate));

            assertTrue(refused.getMessage().startsWith("migrate refused: the migrations "), refused.getMessage());
            assertTrue(refused.getMessage().contains("db/drafted/V2__add_email.sql, db/drafted/V3__add_phone.sql"
                    + " are drafts"), refused.getMessage());
            assertEquals(List.of("V1__create_customer.sql"), history);
            assertEquals(history, query(db, "SELECT script FROM flyway_schema_history ORDER BY installed_rank"));
            assertEquals(List.of("id"), query(db, "SELECT column_name FROM information_schema.columns"
                    + " WHERE table_name = 'customer'"));
        }
    }

    @Test
    void anUnreachableDatabaseIsAClassifiedConnectionFailureWithoutThePassword() throws Exception {
        writeChain();
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Migrator migrator = Migrator.fromEnvironment(Map.of(
                        "DATABASE_URL", "postgresql://app:s3cret-pass@127.0.0.1:" + closedPort + "/app",
                        "NEONKIT_STARTUP_RETRIES", "0"))
                .locations(migrations.toString());

        MigrationException failure = assertThrows(MigrationException.class, migrator::migrate);

        NeonConnectionException cause = assertInstanceOf(NeonConnectionException.class, failure.getCause());
        assertEquals("REFUSED_OR_TIMED_OUT", cause.failure().name());
        assertTrue(failure.getMessage().startsWith("migrate could not connect: "), failure.getMessage());
        assertFalse(failure.getMessage().contains("s3cret-pass"));
    }

    @Test
    void aMissingDirectoryIsAnErrorNotAnEmptyChain() throws Exception {
        try (TestDatabase db = TestPostgres.shared().createDatabase("migrator_missing")) {
            Migrator migrator = Migrator.fromEnvironment(Map.of("DATABASE_URL", db.libpqUrl()))
                    .locations(migrations.resolve("nowhere").toString());

            MigrationException failure = assertThrows(MigrationException.class, migrator::migrate);

            assertTrue(failure.getMessage().contains("nowhere"), failure.getMessage());
        }
    }

    @Test
    void aMigratorWaitingForAnotherOnesLockGivesUpAfterItsRetries() throws Exception {
        writeChain();
        try (TestDatabase db = TestPostgres.shared().createDatabase("migrator_lock");
             Connection otherMigrator = db.connect()) {
            // Flyway 13's advisory lock key (PostgreSQLAdvisoryLockTemplate): a constant plus the hash of the
            // history table's quoted name. Holding it here is what a concurrent deploy's migrator does.
            long lockKey = 77431708279161L + "\"public\".\"flyway_schema_history\"".hashCode();
            try (Statement statement = otherMigrator.createStatement()) {
                statement.execute("SELECT pg_advisory_lock(" + lockKey + ")");
            }
            Migrator migrator = Migrator.fromEnvironment(Map.of("DATABASE_URL", db.libpqUrl()))
                    .locations(migrations.toString()).lockRetryCount(1);

            MigrationException failure = assertThrows(MigrationException.class, migrator::migrate);

            assertTrue(failure.getMessage().contains("advisory lock"), failure.getMessage());
            assertEquals(List.of(), tables(db));
        }
    }

    @Test
    void flywayUsesTheSessionLevelLockAndBoundedRetries() {
        Migrator migrator = Migrator.fromEnvironment(Map.of("DATABASE_URL", "postgresql://app@127.0.0.1/app"))
                .lockRetryCount(7);
        var configuration = migrator.flywayConfiguration(null);

        assertFalse(configuration.getPluginRegister().getPlugin(PostgreSQLConfigurationExtension.class)
                .isTransactionalLock());
        assertEquals(7, configuration.getLockRetryCount());
        assertEquals(List.of("classpath:db/migration"),
                java.util.Arrays.stream(configuration.getLocations()).map(Object::toString).toList());
    }

    private static void jar(Path file, Map<String, String> entries) throws IOException {
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> entry : new java.util.TreeMap<>(entries).entrySet()) {
                jar.putNextEntry(new JarEntry(entry.getKey()));
                jar.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
    }

    /** Runs {@code work} with {@code jarFile} on the context class loader, which Flyway scans for classpath:. */
    private static <T> T withClassPath(Path jarFile, java.util.function.Supplier<T> work) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jarFile.toUri().toURL()}, previous)) {
            thread.setContextClassLoader(loader);
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private void write(String name, String sql) throws IOException {
        Files.writeString(migrations.resolve(name), sql);
    }

    private static List<String> tables(TestDatabase db) throws SQLException {
        return query(db, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                + " AND table_name <> 'flyway_schema_history' ORDER BY 1");
    }

    private static List<String> allTables(TestDatabase db) throws SQLException {
        return query(db, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1");
    }

    private static List<String> query(TestDatabase db, String sql) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new java.util.ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
