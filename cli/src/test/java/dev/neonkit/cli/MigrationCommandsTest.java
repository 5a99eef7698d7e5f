package dev.neonkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neonkit.cli.NeonCliTest.Run;
import dev.neonkit.runtime.drift.EveryFeatureSchema;
import dev.neonkit.schema.diff.SchemaDiff;
import dev.neonkit.schema.migrations.MigrationFile;
import dev.neonkit.schema.model.Index;
import dev.neonkit.schema.model.SchemaModel;
import dev.neonkit.schema.model.Table;
import dev.neonkit.schema.model.TableName;
import dev.neonkit.schema.snapshot.Snapshot;
import dev.neonkit.schema.snapshot.SnapshotCodec;
import dev.neonkit.schema.sql.MigrationRenderer;
import dev.neonkit.schema.sql.MigrationScript;
import dev.neonkit.testsupport.TestDatabase;
import dev.neonkit.testsupport.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code migrate}, {@code info}, {@code validate} and {@code verify} run in-process against real PostgreSQL. */
class MigrationCommandsTest {

    @TempDir
    Path directory;

    @Test
    void migrateInfoValidateAndVerifyARenderedChain() throws Exception {
        Path migrations = Files.createDirectory(directory.resolve("migrations"));
        SchemaModel first = EveryFeatureSchema.model();
        SchemaModel second = withIndexOnCustomerName(first);
        int next = writeScripts(migrations, 1, SchemaModel.EMPTY, first);
        writeScripts(migrations, next, first, second);
        Path snapshot = writeSnapshot(second);

        try (TestDatabase db = TestPostgres.shared().createDatabase("cli_chain")) {
            Map<String, String> env = Map.of("DATABASE_URL", db.libpqUrl());

            Run migrate = NeonCliTest.run(env, "migrate", "--location", migrations.toString());
            assertEquals(0, migrate.status(), migrate.err());
            assertEquals(List.of(
                    "Migrating direct " + db.user() + "@" + db.host() + ":" + db.port() + "/" + db.name()
                            + " from filesystem:" + migrations,
                    "Applied 2 migrations; schema version is now 2:",
                    "  V1__create_all_types_customer_pair_and_link.sql",
                    "  V2__create_customer_name_idx.sql"), migrate.outLines());

            Run again = NeonCliTest.run(env, "migrate", "--location=filesystem:" + migrations);
            assertEquals(0, again.status(), again.err());
            assertEquals("Schema is up to date at version 2; no migration applied.", again.outLines().get(1));

            Run info = NeonCliTest.run(env, "info", "--location", migrations.toString());
            assertEquals(0, info.status(), info.err());
            assertEquals("Version  Description                              Type  State    Installed on",
                    info.outLines().get(1));
            assertTrue(info.outLines().get(2).startsWith(
                    "1        create all types customer pair and link  SQL   Success  "), info.out());
            assertTrue(info.outLines().get(3).startsWith(
                    "2        create customer name idx                 SQL   Success  "), info.out());

            Run valid = NeonCliTest.run(env, "validate", "--location", migrations.toString());
            assertEquals(0, valid.status(), valid.err());
            assertTrue(valid.out().startsWith("Valid: "), valid.out());

            Run verify = NeonCliTest.run(env, "verify", "--snapshot", snapshot.toString());
            assertEquals(0, verify.status(), verify.err());
            assertEquals(List.of("No drift: direct " + db.user() + "@" + db.host() + ":" + db.port() + "/" + db.name()
                    + " matches " + snapshot + "."), verify.outLines());
            assertNoPassword(db, migrate, again, info, valid, verify);
        }
    }

    @Test
    void verifyPrintsEachDifferenceAsFixingSqlAndExitsWithOne() throws Exception {
        Path snapshot = writeSnapshot(EveryFeatureSchema.model());
        try (TestDatabase db = TestPostgres.shared().createDatabase("cli_drift")) {
            try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
                EveryFeatureSchema.apply(connection, EveryFeatureSchema.model());
                statement.execute("ALTER TABLE customer ADD COLUMN nickname text");
                statement.execute("DROP INDEX link_cascade_id_idx");
            }

            Run verify = NeonCliTest.run(Map.of("DATABASE_URL", db.libpqUrl()), "verify", "--snapshot",
                    snapshot.toString());

            assertEquals(1, verify.status(), verify.err());
            assertEquals(List.of(
                    "Drift: 2 differences between direct " + db.user() + "@" + db.host() + ":" + db.port() + "/"
                            + db.name() + " and " + snapshot + ". SQL that makes the database match the snapshot,"
                            + " in order:",
                    "",
                    "-- column public.customer.nickname is not in the expected schema (DESTRUCTIVE: loses data)",
                    "ALTER TABLE customer DROP COLUMN nickname;",
                    "",
                    "-- index link_cascade_id_idx of public.link is missing",
                    "CREATE INDEX CONCURRENTLY link_cascade_id_idx ON link (cascade_id);"), verify.outLines());
            assertEquals("", verify.err());
            assertNoPassword(db, verify);
        }
    }

    @Test
    void validateExitsWithOneAndNamesAChangedScript() throws Exception {
        Path migrations = Files.createDirectory(directory.resolve("changed"));
        Files.writeString(migrations.resolve("V1__create_note.sql"), "CREATE TABLE note (id bigint PRIMARY KEY);\n");
        try (TestDatabase db = TestPostgres.shared().createDatabase("cli_validate")) {
            Map<String, String> env = Map.of("DATABASE_URL", db.libpqUrl());
            assertEquals(0, NeonCliTest.run(env, "migrate", "--location", migrations.toString()).status());
            Files.writeString(migrations.resolve("V1__create_note.sql"), "CREATE TABLE note (id int PRIMARY KEY);\n");

            Run validate = NeonCliTest.run(env, "validate", "--location", migrations.toString());

            assertEquals(1, validate.status(), validate.err());
            assertTrue(validate.outLines().get(0).startsWith("Invalid: 1 problem in the migration history of direct "),
                    validate.out());
            assertTrue(validate.outLines().get(1).startsWith("  - Migration checksum mismatch for migration version 1"),
                    validate.out());
        }
    }

    @Test
    void migrateRefusesADraftAppliesNothingAndAppliesBothOnceItIsAccepted() throws Exception {
        Path migrations = Files.createDirectory(directory.resolve("drafted"));
        Files.writeString(migrations.resolve("V1__create_note.sql"), "CREATE TABLE note (id bigint PRIMARY KEY);\n");
        Path draft = Files.writeString(migrations.resolve("V2__add_note_text.sql"),
                MigrationFile.DRAFT_MARKER + "\nALTER TABLE note ADD COLUMN text text;\n");
        try (TestDatabase db = TestPostgres.shared().createDatabase("cli_draft")) {
            Map<String, String> env = Map.of("DATABASE_URL", db.libpqUrl());

            Run refused = NeonCliTest.run(env, "migrate", "--location", migrations.toString());

            assertEquals(1, refused.status(), refused.out());
            assertEquals(List.of("migrate: migrate refused: the migration " + draft + " is a draft (first line "
                    + MigrationFile.DRAFT_MARKER + "), not an accepted migration. Review it, delete its first line to"
                    + " accept it, and compile again so neonkit records the acceptance; then build and migrate"
                    + " again. Nothing was applied."), refused.err().lines().toList());
            try (Connection connection = db.connect(); Statement statement = connection.createStatement();
                 var tables = statement.executeQuery("SELECT count(*) FROM information_schema.tables"
                         + " WHERE table_schema = 'public'")) {
                assertTrue(tables.next());
                assertEquals(0, tables.getInt(1));
            }

            Files.writeString(draft, "ALTER TABLE note ADD COLUMN text text;\n");
            Run accepted = NeonCliTest.run(env, "migrate", "--location", migrations.toString());

            assertEquals(0, accepted.status(), accepted.err());
            assertEquals(List.of("Applied 2 migrations; schema version is now 2:", "  V1__create_note.sql",
                    "  V2__add_note_text.sql"), accepted.outLines().subList(1, 4));
        }
    }

    @Test
    void aFailingScriptExitsWithOneAndNamesTheScript() throws Exception {
        Path migrations = Files.createDirectory(directory.resolve("broken"));
        Files.writeString(migrations.resolve("V1__broken.sql"), "CREATE TABLE note (id no_such_type);\n");
        try (TestDatabase db = TestPostgres.shared().createDatabase("cli_broken")) {
            Run migrate = NeonCliTest.run(Map.of("DATABASE_URL", db.libpqUrl()), "migrate", "--location",
                    migrations.toString());

            assertEquals(1, migrate.status());
            assertTrue(migrate.err().startsWith("migrate: migrate failed: "), migrate.err());
            assertTrue(migrate.err().contains("V1__broken.sql"), migrate.err());
        }
    }

    @Test
    void anUnreachableDatabaseExitsWithOneAndNeverPrintsThePassword() throws Exception {
        Path snapshot = writeSnapshot(EveryFeatureSchema.model());
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Map<String, String> env = Map.of("DATABASE_URL", "postgresql://app:Sup3rSecret@127.0.0.1:" + closedPort
                + "/app", "NEONKIT_STARTUP_RETRIES", "0");
        // migrate and validate look for drafts among the scripts before they connect: give them a location.
        String scripts = Files.createDirectory(directory.resolve("unreachable")).toString();
        for (List<String> args : List.of(List.of("migrate", "--location", scripts), List.of("info"),
                List.of("validate", "--location", scripts),
                List.of("verify", "--snapshot", snapshot.toString()))) {
            Run run = NeonCliTest.run(env, args.toArray(String[]::new));

            assertEquals(1, run.status(), args + ": " + run.err());
            assertTrue(run.err().contains("REFUSED_OR_TIMED_OUT"), args + ": " + run.err());
            assertFalse(run.out().contains("Sup3rSecret") || run.err().contains("Sup3rSecret"), args.toString());
        }
    }

    @Test
    void badInputExitsWithTwoAndOneLine() throws Exception {
        Path garbage = Files.writeString(directory.resolve("broken.json"), "{\"formatVersion\": 1,");
        Map<String, String> env = Map.of("DATABASE_URL", "postgresql://app@127.0.0.1/app");
        Map<List<String>, String> cases = Map.of(
                List.of("migrate", "--bogus"), "migrate: unexpected argument '--bogus'; usage: migrate [--location"
                        + " <location>]...",
                List.of("info", "--location"), "info: --location needs a value, such as filesystem:migrations",
                List.of("validate", "--location", "s3:bucket"), "validate: migration location 's3:bucket' uses the"
                        + " unsupported scheme s3:; give classpath:<package path>, filesystem:<directory> or a"
                        + " directory path",
                List.of("verify"), "verify: --snapshot is required; usage: verify --snapshot <path to"
                        + " neonkit-snapshot.json>",
                List.of("verify", "--snapshot", directory.resolve("absent.json").toString()), "verify: snapshot file "
                        + directory.resolve("absent.json") + " does not exist; pass the neonkit-snapshot.json the"
                        + " processor wrote");
        for (Map.Entry<List<String>, String> expected : cases.entrySet()) {
            Run run = NeonCliTest.run(env, expected.getKey().toArray(String[]::new));

            assertEquals(2, run.status(), expected.getKey().toString());
            assertEquals(List.of(expected.getValue()), run.err().lines().toList());
            assertEquals("", run.out());
        }
        Run malformed = NeonCliTest.run(env, "verify", "--snapshot", garbage.toString());
        assertEquals(2, malformed.status());
        assertEquals(1, malformed.err().lines().count(), malformed.err());
        assertTrue(malformed.err().startsWith("verify: " + garbage + " is not a valid neonkit snapshot: line 1,"),
                malformed.err());

        Run pooled = NeonCliTest.run(Map.of("DATABASE_URL", "postgresql://app:pw@127.0.0.1:6432/app",
                "NEONKIT_POOLED", "true"), "migrate");
        assertEquals(2, pooled.status());
        assertTrue(pooled.err().startsWith("neonkit migrate: Migrations need a direct connection"), pooled.err());
    }

    @Test
    void everyCommandHasHelpAndIsListed() {
        Run list = NeonCliTest.run(Map.of(), "--help");
        for (String command : List.of("migrate", "info", "validate", "verify")) {
            assertTrue(list.outLines().stream().anyMatch(line -> line.startsWith("  " + command + " ")), list.out());
            Run help = NeonCliTest.run(Map.of(), command, "--help");
            assertEquals(0, help.status());
            assertTrue(help.out().startsWith("Usage: " + command + " "), help.out());
            assertTrue(help.out().contains("Exit status: 0 when"), help.out());
        }
        assertTrue(NeonCliTest.run(Map.of(), "migrate", "--help").out()
                .contains("  --location <location>  where the scripts are (repeatable)"));
    }

    /** Writes the renderer's scripts for {@code before} to {@code after}, numbered from {@code version}. */
    private static int writeScripts(Path migrations, int version, SchemaModel before, SchemaModel after)
            throws IOException {
        for (MigrationScript script : MigrationRenderer.withDefaults().render(SchemaDiff.between(before, after))
                .scripts()) {
            String file = "V" + version + "__" + script.descriptionSlug() + ".sql";
            Files.writeString(migrations.resolve(file), script.sqlText());
            if (!script.executeInTransaction()) {
                Files.writeString(migrations.resolve(file + ".conf"), "executeInTransaction=false\n");
            }
            version++;
        }
        return version;
    }

    private Path writeSnapshot(SchemaModel model) throws IOException {
        return Files.writeString(directory.resolve("neonkit-snapshot.json"),
                SnapshotCodec.write(new Snapshot(Snapshot.CURRENT_FORMAT, model, List.of())));
    }

    /** The chain's second step: an index on an existing table, which the renderer builds concurrently. */
    private static SchemaModel withIndexOnCustomerName(SchemaModel model) {
        Table customer = model.table(TableName.of("customer")).orElseThrow();
        Table indexed = customer.toBuilder().index(Index.of("customer_name_idx", List.of("name"))).build();
        return new SchemaModel(model.tables().stream()
                .map(table -> table.name().equals(customer.name()) ? indexed : table).toList());
    }

    private static void assertNoPassword(TestDatabase db, Run... runs) {
        if (db.password() == null || db.password().isEmpty()) {
            return;
        }
        for (Run run : runs) {
            assertFalse(run.out().contains(db.password()) || run.err().contains(db.password()));
        }
    }
}
