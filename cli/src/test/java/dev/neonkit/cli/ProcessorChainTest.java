package dev.neonkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neonkit.cli.NeonCliTest.Run;
import dev.neonkit.testsupport.TestDatabase;
import dev.neonkit.testsupport.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closes the loop of the migrations feature with the processor's own output: the reviewed golden files the
 * processor module generates for its reference entities (a migration and the snapshot of the schema it leads to,
 * in {@code processor/src/test/resources/golden/reference/migrations}) are applied with {@code migrate} and
 * checked with {@code verify}. The processor's tests keep those files equal to what it generates.
 */
class ProcessorChainTest {

    /** The processor module's golden directory, relative to this module when the build runs from the reactor. */
    private static final Path GOLDEN = Path.of("..", "processor", "src", "test", "resources", "golden", "reference",
            "migrations");
    private static final String MIGRATION = "V1__create_audit_entry_country_customers_and_purchase_order.sql";
    private static final String DRAFT_MARKER = "-- neonkit:draft (review, then delete this line to accept)\n";

    @TempDir
    Path migrations;

    @Test
    void theProcessorsMigrationAppliesAndTheDatabaseMatchesItsSnapshot() throws Exception {
        String generated = Files.readString(GOLDEN.resolve(MIGRATION), StandardCharsets.UTF_8);
        assertTrue(generated.startsWith(DRAFT_MARKER), "the golden file is still a draft: " + GOLDEN);
        // Accepting a draft means deleting its marker line, as a reviewer does.
        Files.writeString(migrations.resolve(MIGRATION), generated.substring(DRAFT_MARKER.length()));
        Path snapshot = GOLDEN.resolve("neonkit-draft.json");

        try (TestDatabase db = TestPostgres.shared().createDatabase("processor_chain")) {
            Map<String, String> env = Map.of("DATABASE_URL", db.libpqUrl());

            Run migrate = NeonCliTest.run(env, "migrate", "--location", migrations.toString());
            assertEquals(0, migrate.status(), migrate.err());
            assertEquals("  " + MIGRATION, migrate.outLines().get(2));

            Run clean = NeonCliTest.run(env, "verify", "--snapshot", snapshot.toString());
            assertEquals(0, clean.status(), clean.out() + clean.err());
            assertTrue(clean.out().startsWith("No drift: "), clean.out());

            try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
                statement.execute("ALTER TABLE purchase_order DROP CONSTRAINT purchase_order_status_check");
                statement.execute("ALTER TABLE purchase_order ADD CONSTRAINT purchase_order_status_check"
                        + " CHECK (status IN ('NEW', 'PAID', 'SHIPPED', 'DELIVERED', 'RETURNED'))");
            }
            Run drifted = NeonCliTest.run(env, "verify", "--snapshot", snapshot.toString());
            assertEquals(1, drifted.status(), drifted.out() + drifted.err());
            assertEquals(List.of(
                    "-- check constraint purchase_order_status_check of public.purchase_order differs from the expected"
                            + " definition (dropped first)",
                    "ALTER TABLE purchase_order DROP CONSTRAINT purchase_order_status_check;",
                    "",
                    "-- check constraint purchase_order_status_check of public.purchase_order differs from the expected"
                            + " definition (created again)",
                    "ALTER TABLE purchase_order ADD CONSTRAINT purchase_order_status_check CHECK ((status = ANY"
                            + " (ARRAY['NEW'::text, 'PAID'::text, 'SHIPPED'::text, 'DELIVERED'::text]))) NOT VALID;",
                    "ALTER TABLE purchase_order VALIDATE CONSTRAINT purchase_order_status_check;"),
                    drifted.outLines().subList(2, drifted.outLines().size()));
        }
    }
}
