package dev.neonkit.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A pooled endpoint against a real PgBouncer in transaction mode (profile {@code pgbouncer}, URL from
 * {@code NEONKIT_PGBOUNCER_URL}; see {@code .ci/pgbouncer.sh}): what neonkit accepts connects, and what it refuses
 * up front is what the pooler refuses.
 */
@Tag("pgbouncer")
class PooledEndpointPgBouncerTest {

    private static String pgBouncerUrl() {
        String url = System.getenv("NEONKIT_PGBOUNCER_URL");
        assertTrue(url != null && !url.isBlank(), "set NEONKIT_PGBOUNCER_URL (.ci/pgbouncer.sh url)");
        return url;
    }

    @Test
    void pooledEndpointConnectsThroughPgBouncer() throws SQLException {
        Endpoint endpoint = EnvironmentConfig.fromEnvironment(Map.of(
                "DATABASE_URL", pgBouncerUrl(),
                "NEONKIT_POOLED", "true",
                // PgBouncer 1.18 has no prepared-statement support.
                "NEONKIT_PREPARE_THRESHOLD", "0")).primary();
        assertTrue(endpoint.pooled());

        try (Connection connection = DriverManager.getConnection(endpoint.jdbcUrl(), endpoint.connectionProperties());
             PreparedStatement statement = connection.prepareStatement("SELECT ?::int + 1")) {
            for (int i = 0; i < 10; i++) {
                statement.setInt(1, i);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    assertEquals(i + 1, row.getInt(1));
                }
            }
        }
    }

    @Test
    void startupParameterRefusedByNeonkitIsRefusedByThePooler() throws SQLException {
        Map<String, String> env = Map.of(
                "DATABASE_URL", pgBouncerUrl() + "&currentSchema=public",
                "NEONKIT_POOLED", "true");
        ConfigException refusedUpFront = assertThrows(ConfigException.class,
                () -> EnvironmentConfig.fromEnvironment(env));
        assertTrue(refusedUpFront.getMessage().contains("startup parameter search_path"), refusedUpFront::getMessage);

        // The same endpoint without neonkit's check: the driver gets as far as the pooler, which says no.
        Endpoint accepted = EnvironmentConfig.fromEnvironment(Map.of(
                "DATABASE_URL", pgBouncerUrl(), "NEONKIT_POOLED", "true")).primary();
        String withSchema = accepted.jdbcUrl() + "&currentSchema=public";
        SQLException refusedByPooler = assertThrows(SQLException.class,
                () -> DriverManager.getConnection(withSchema, accepted.connectionProperties()).close());
        assertTrue(refusedByPooler.getMessage().contains("unsupported startup parameter"),
                refusedByPooler::getMessage);
    }
}
