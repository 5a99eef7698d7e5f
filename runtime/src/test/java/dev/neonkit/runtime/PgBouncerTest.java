package dev.neonkit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.neonkit.runtime.config.EndpointKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Through a transaction-mode PgBouncer, as through Neon's {@code -pooler} endpoint. Runs only with
 * {@code -Ppgbouncer} and needs {@code NEONKIT_PGBOUNCER_URL} (for example
 * {@code postgresql://postgres@127.0.0.1:6432/test?sslmode=disable}, from {@code .ci/pgbouncer.sh start}); it fails
 * rather than skips without it, so a CI job that forgot to start PgBouncer does not pass silently.
 */
@Tag("pgbouncer")
class PgBouncerTest {
    private static final String TABLE = "neonkit_pgbouncer_" + Long.toUnsignedString(
            ThreadLocalRandom.current().nextLong(), 36);
    private static NeonDatabase database;

    @BeforeAll
    static void connect() throws SQLException {
        String url = System.getenv("NEONKIT_PGBOUNCER_URL");
        if (url == null || url.isBlank()) {
            fail("Set NEONKIT_PGBOUNCER_URL to a PgBouncer in transaction mode, e.g."
                    + " postgresql://postgres@127.0.0.1:6432/test?sslmode=disable after `.ci/pgbouncer.sh start`");
        }
        // PgBouncer 1.18 has no protocol-level prepared statements: pgjdbc must not create named ones.
        database = NeonDatabase.fromEnvironment(Map.of("DATABASE_URL", url, "NEONKIT_POOLED", "true",
                "NEONKIT_PREPARE_THRESHOLD", "0"));
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + TABLE + " (id int PRIMARY KEY, note text)");
        }
    }

    @AfterAll
    static void dropTable() throws SQLException {
        if (database != null) {
            try (Connection connection = database.dataSource().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS " + TABLE);
            } finally {
                database.close();
            }
        }
    }

    @Test
    void theEndpointIsPooledWithoutPreparedStatements() {
        assertEquals(EndpointKind.POOLED, database.config().primary().kind());
        assertEquals("0", database.config().primary().driverProperties().get("prepareThreshold"));
    }

    @Test
    void preparedQueriesRunRepeatedly() throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement square = connection.prepareStatement("SELECT ?::int * ?::int")) {
            // Past pgjdbc's default prepareThreshold of 5, where it would switch to a named statement.
            for (int i = 1; i <= 10; i++) {
                square.setInt(1, i);
                square.setInt(2, i);
                try (ResultSet result = square.executeQuery()) {
                    result.next();
                    assertEquals(i * i, result.getInt(1));
                }
            }
        }
    }

    @Test
    void aTransactionCommitsBothStatementsAndARollbackUndoesOne() throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO " + TABLE + " (id, note) VALUES (?, ?)")) {
                insert.setInt(1, 1);
                insert.setString(2, "first");
                insert.executeUpdate();
                insert.setInt(1, 2);
                insert.setString(2, "second");
                insert.executeUpdate();
                connection.commit();

                insert.setInt(1, 3);
                insert.setString(2, "rolled back");
                insert.executeUpdate();
                assertEquals(3, count(connection), "the transaction sees its own insert");
                connection.rollback();
            } finally {
                connection.setAutoCommit(true);
            }
            assertEquals(2, count(connection));
        }
    }

    @Test
    void healthIsUpAndSaysPooled() {
        HealthReport report = database.health();

        assertTrue(report.up(), report.toString());
        assertEquals(EndpointKind.POOLED, report.kind());
        assertTrue(report.serverVersion().isPresent());
    }

    private static int count(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM " + TABLE)) {
            count.next();
            return count.getInt(1);
        }
    }
}
