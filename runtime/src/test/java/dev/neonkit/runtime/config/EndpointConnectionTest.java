package dev.neonkit.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rendered JDBC URL and connection properties, defaults included, are accepted by the real pgjdbc driver and
 * reach the real server (the local PostgreSQL service at 127.0.0.1:5432).
 */
class EndpointConnectionTest {
    private static final String LOCAL_URL = "postgresql://postgres@127.0.0.1:5432/test?sslmode=disable";

    @Test
    void driverConnectsWithTheRenderedUrlAndProperties() throws SQLException {
        Endpoint endpoint = EnvironmentConfig.fromUrl(LOCAL_URL).primary();

        try (Connection connection = DriverManager.getConnection(endpoint.jdbcUrl(), endpoint.connectionProperties());
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT current_database(), current_user,"
                     + " current_setting('application_name'), inet_server_port()")) {
            row.next();
            assertEquals("test", row.getString(1));
            assertEquals("postgres", row.getString(2));
            assertEquals("neonkit", row.getString(3));
            assertEquals(5432, row.getInt(4));
        }
    }

    @Test
    void translatedLibpqParametersTakeEffectInTheSession() throws SQLException {
        Endpoint endpoint = EnvironmentConfig.fromEnvironment(Map.of(
                "DATABASE_URL", "postgres://postgres@127.0.0.1/test?sslmode=disable&application_name=orders%20api"
                        + "&options=-c%20statement_timeout%3D4321&target_session_attrs=read-write",
                "NEONKIT_SOCKET_TIMEOUT", "7s")).primary();

        try (Connection connection = DriverManager.getConnection(endpoint.jdbcUrl(), endpoint.connectionProperties());
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT current_setting('application_name'),"
                     + " current_setting('statement_timeout')")) {
            row.next();
            assertEquals("orders api", row.getString(1));
            assertEquals("4321ms", row.getString(2));
            // pgjdbc reports its socketTimeout as the JDBC network timeout.
            assertEquals(7000, connection.getNetworkTimeout());
        }
    }
}
