package dev.neonkit.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neonkit.testsupport.WithTlsPostgres;
import dev.neonkit.testsupport.TestDatabase;
import dev.neonkit.testsupport.TestPostgres;
import dev.neonkit.testsupport.TlsPostgres;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rendered JDBC URL and connection properties, defaults and translated libpq parameters included, are accepted
 * by the real pgjdbc driver and take effect on a real PostgreSQL server.
 */
@WithTlsPostgres
class EndpointConnectionTest {
    private static TestDatabase database;
    private static TlsPostgres tlsServer;

    @BeforeAll
    static void servers(TlsPostgres shared) {
        database = TestPostgres.shared().createDatabase("endpoint_connection");
        tlsServer = shared;
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @Test
    void driverConnectsWithTheRenderedUrlAndProperties() throws SQLException {
        Endpoint endpoint = EnvironmentConfig.fromUrl(database.libpqUrl()).primary();

        try (Connection connection = connect(endpoint);
             ResultSet row = query(connection, "SELECT current_database(), current_user,"
                     + " current_setting('application_name')")) {
            assertEquals(database.name(), row.getString(1));
            assertEquals(database.user(), row.getString(2));
            assertEquals("neonkit", row.getString(3));
            // pgjdbc reports its socketTimeout as the JDBC network timeout: the 60 s default reached the driver.
            assertEquals(60_000, connection.getNetworkTimeout());
        }
    }

    @Test
    void translatedLibpqParametersTakeEffectInTheSession() throws SQLException {
        String url = database.libpqUrl() + (database.libpqUrl().contains("?") ? "&" : "?")
                + "application_name=orders%20api&options=-c%20statement_timeout%3D4321"
                + "&target_session_attrs=read-write";
        Endpoint endpoint = EnvironmentConfig.fromEnvironment(Map.of(
                "DATABASE_URL", url,
                "NEONKIT_SOCKET_TIMEOUT", "7s")).primary();

        try (Connection connection = connect(endpoint);
             ResultSet row = query(connection, "SELECT current_setting('application_name'),"
                     + " current_setting('statement_timeout')")) {
            assertEquals("orders api", row.getString(1));
            assertEquals("4321ms", row.getString(2));
            assertEquals(7000, connection.getNetworkTimeout());
        }
    }

    /** Like Neon: TLS only, SCRAM-SHA-256, verify-full against a given root, channel binding required. */
    @Test
    void neonStyleUrlConnectsOverVerifiedTlsWithChannelBinding() throws SQLException {
        Endpoint endpoint = EnvironmentConfig.fromUrl(tlsServer.libpqUrl()).primary();
        assertEquals("require", endpoint.channelBinding());

        try (Connection connection = connect(endpoint);
             ResultSet row = query(connection, "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
            assertTrue(row.getBoolean(1));
        }
    }

    @Test
    void sslRootCertificateFromTheUrlIsTheOneTheDriverVerifiesWith() throws SQLException {
        Endpoint rightRoot = EnvironmentConfig.fromUrl(tlsUrl(tlsServer.caCertificate())).primary();
        Endpoint otherRoot = EnvironmentConfig.fromUrl(tlsUrl(tlsServer.otherCaCertificate())).primary();

        connect(rightRoot).close();
        SQLException refused = assertThrows(SQLException.class, () -> connect(otherRoot).close());
        assertTrue(refused.getMessage().contains("SSL"), refused::getMessage);
    }

    private static String tlsUrl(Path rootCertificate) {
        return "postgresql://" + encode(tlsServer.user()) + ":" + encode(tlsServer.password())
                + "@" + tlsServer.host() + ":" + tlsServer.port() + "/" + tlsServer.database()
                + "?sslmode=verify-full&channel_binding=require&sslrootcert=" + encode(rootCertificate.toString());
    }

    private static Connection connect(Endpoint endpoint) throws SQLException {
        return DriverManager.getConnection(endpoint.jdbcUrl(), endpoint.connectionProperties());
    }

    private static ResultSet query(Connection connection, String sql) throws SQLException {
        Statement statement = connection.createStatement();
        statement.closeOnCompletion();
        ResultSet row = statement.executeQuery(sql);
        assertTrue(row.next(), "no row");
        return row;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
