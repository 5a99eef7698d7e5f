package dev.neonkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neonkit.cli.NeonCliTest.Run;
import dev.neonkit.schema.model.Column;
import dev.neonkit.schema.model.ColumnType;
import dev.neonkit.schema.model.PrimaryKey;
import dev.neonkit.schema.model.SchemaModel;
import dev.neonkit.schema.model.Table;
import dev.neonkit.schema.snapshot.Snapshot;
import dev.neonkit.schema.snapshot.SnapshotCodec;
import dev.neonkit.testsupport.WithTlsPostgres;
import dev.neonkit.testsupport.TlsPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migration commands against a Neon-like server (TLS with verify-full, SCRAM, channel binding, a real
 * password): they work, and the password appears nowhere, neither in their output nor in anything Flyway or the
 * runtime logs while they run.
 */
@WithTlsPostgres
class MigrationCommandsTlsTest {

    private static TlsPostgres server;

    @TempDir
    Path directory;

    @BeforeAll
    static void server(TlsPostgres shared) {
        server = shared;
    }

    @Test
    void migrateInfoValidateAndVerifyNeverShowThePassword() throws Exception {
        Path migrations = Files.createDirectory(directory.resolve("migrations"));
        Files.writeString(migrations.resolve("V1__create_note.sql"),
                "CREATE TABLE note (id bigint PRIMARY KEY, body text NOT NULL DEFAULT '');\n");
        SchemaModel expected = SchemaModel.of(Table.builder("note")
                .column(Column.of("id", ColumnType.of("bigint")).notNull())
                .column(Column.of("body", ColumnType.of("text")).notNull().withDefault("''"))
                .primaryKey(new PrimaryKey("note_pkey", List.of("id")))
                .build());
        Path snapshot = Files.writeString(directory.resolve("neonkit-snapshot.json"),
                SnapshotCodec.write(new Snapshot(Snapshot.CURRENT_FORMAT, expected, List.of())));
        Map<String, String> env = Map.of("DATABASE_URL", server.libpqUrl());

        PrintStream originalErr = System.err;
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        List<Run> runs;
        // slf4j-simple writes to whatever System.err is when it logs.
        System.setErr(new PrintStream(logs, true, StandardCharsets.UTF_8));
        try {
            runs = List.of(
                    NeonCliTest.run(env, "migrate", "--location", migrations.toString()),
                    NeonCliTest.run(env, "info", "--location", migrations.toString()),
                    NeonCliTest.run(env, "validate", "--location", migrations.toString()),
                    NeonCliTest.run(env, "verify", "--snapshot", snapshot.toString()));
        } finally {
            System.setErr(originalErr);
        }

        for (Run run : runs) {
            assertEquals(0, run.status(), run.out() + run.err());
            assertFalse(run.out().contains(server.password()));
            assertFalse(run.err().contains(server.password()));
        }
        assertTrue(runs.get(0).out().contains("Applied 1 migration; schema version is now 1:"), runs.get(0).out());
        String logged = logs.toString(StandardCharsets.UTF_8);
        assertTrue(logged.contains("Successfully applied 1 migration"), "Flyway's log was captured: " + logged);
        assertFalse(logged.contains(server.password()), logged);
    }
}
