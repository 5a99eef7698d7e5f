package dev.neonkit.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;

/**
 * The packaged service as it runs on Neon: requests through a transaction-mode PgBouncer (the pooled endpoint,
 * without prepared statements, as PgBouncer 1.18 has none), migrations and the drift check straight to PostgreSQL
 * ({@code DATABASE_URL_UNPOOLED}). Each run uses a new database, dropped afterwards.
 *
 * <p>Runs with {@code -Ppgbouncer} and needs {@code NEONKIT_PGBOUNCER_URL} (from {@code .ci/pgbouncer.sh url});
 * the direct server is {@code NEONKIT_PGBOUNCER_DIRECT_URL}, by default the PostgreSQL behind
 * {@code .ci/pgbouncer.sh}: {@value #DEFAULT_DIRECT_URL}.
 */
@Tag("pgbouncer")
class TaskTrackerPgBouncerIT extends TaskTrackerScenario {
    static final String DEFAULT_DIRECT_URL = "postgresql://postgres@127.0.0.1:5432/test?sslmode=disable";

    private final String database = "neonkit_example_" + Long.toUnsignedString(
            ThreadLocalRandom.current().nextLong(), 36);
    private URI direct;

    @Override
    Map<String, String> environment() throws SQLException {
        String pooled = System.getenv("NEONKIT_PGBOUNCER_URL");
        if (pooled == null || pooled.isBlank()) {
            fail("Set NEONKIT_PGBOUNCER_URL to a PgBouncer in transaction mode, e.g. the output of"
                    + " `.ci/pgbouncer.sh url` after `.ci/pgbouncer.sh start`");
        }
        direct = URI.create(System.getenv().getOrDefault("NEONKIT_PGBOUNCER_DIRECT_URL", DEFAULT_DIRECT_URL));
        try (Connection admin = connectDirect(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        return Map.of(
                "DATABASE_URL", withDatabase(URI.create(pooled)) + "&prepareThreshold=0",
                "NEONKIT_POOLED", "true",
                "DATABASE_URL_UNPOOLED", withDatabase(direct));
    }

    @Override
    String expectedEndpointKind() {
        return "pooled";
    }

    @Override
    void afterStart() {
        assertTrue(service.output().contains("Database: pooled "), service.output());
        assertTrue(service.output().contains("migrations and drift check on direct "), service.output());
    }

    @Override
    void assertCleanedUp() throws SQLException {
        // Unlike the embedded database, this one outlives the service: what the scenario wrote is still there.
        try (Connection admin = connectDirect(database); Statement statement = admin.createStatement();
             ResultSet projects = statement.executeQuery("SELECT count(*) FROM project WHERE name = 'Paged'")) {
            projects.next();
            assertEquals(1, projects.getInt(1));
        }
    }

    @AfterAll
    void dropDatabase() throws SQLException {
        if (direct != null) {
            try (Connection admin = connectDirect(); Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    private Connection connectDirect() throws SQLException {
        return connectDirect(direct.getPath().substring(1));
    }

    private Connection connectDirect(String databaseName) throws SQLException {
        String user = direct.getUserInfo() == null ? "postgres" : direct.getUserInfo().split(":")[0];
        return DriverManager.getConnection("jdbc:postgresql://" + direct.getHost() + ":" + direct.getPort()
                + "/" + databaseName + (direct.getQuery() == null ? "" : "?" + direct.getQuery()), user, "");
    }

    /** {@code url} with this run's database instead of the one it names; the query is kept. */
    private String withDatabase(URI url) {
        String query = url.getQuery() == null ? "sslmode=disable" : url.getQuery();
        return url.getScheme() + "://" + url.getRawAuthority() + "/" + database + "?" + query;
    }
}
