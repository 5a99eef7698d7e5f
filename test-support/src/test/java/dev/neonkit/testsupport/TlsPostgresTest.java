package dev.neonkit.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@WithTlsPostgres
class TlsPostgresTest {

    private static TlsPostgres tls;

    @BeforeAll
    static void server(TlsPostgres shared) {
        tls = shared;
    }

    @Test
    void requireWithChannelBindingConnectsOverTls() throws SQLException {
        try (Connection connection = connect(tls.host(), Map.of("sslmode", "require", "channelBinding", "require"),
                tls.password())) {
            assertTrue(connectionUsesTls(connection));
            assertEquals(tls.user(), queryString(connection, "SELECT current_user"));
            assertEquals(tls.database(), queryString(connection, "SELECT current_database()"));
        }
    }

    @Test
    void theDriverEnforcesChannelBindingSoTheTlsConnectionAboveUsedIt() throws SQLException {
        // The shared embedded server trusts local connections, so it offers no SCRAM-SHA-256-PLUS to bind to.
        assumeTrue(TestPostgres.shared().source() == ServerSource.EMBEDDED, "needs the trust-auth embedded server");
        try (TestDatabase plain = TestPostgres.shared().createDatabase("no_channel_binding")) {
            Properties properties = new Properties();
            properties.setProperty("user", plain.user());
            properties.setProperty("channelBinding", "require");
            SQLException refused = assertThrows(SQLException.class,
                    () -> DriverManager.getConnection(plain.jdbcUrl(), properties).close());
            assertTrue(refused.getMessage().toLowerCase().contains("channel binding"), refused.getMessage());
        }
    }

    @Test
    void verifyFullWithTheServersCaConnects() throws SQLException {
        try (Connection connection = connect("localhost", Map.of("sslmode", "verify-full",
                "sslrootcert", tls.caCertificate().toString(), "channelBinding", "require"), tls.password())) {
            assertTrue(connectionUsesTls(connection));
        }
        try (Connection byAddress = connect("127.0.0.1", Map.of("sslmode", "verify-full",
                "sslrootcert", tls.caCertificate().toString()), tls.password())) {
            assertTrue(connectionUsesTls(byAddress), "the certificate also names 127.0.0.1");
        }
    }

    @Test
    void verifyFullWithAnUnrelatedCaIsRefused() {
        SQLException refused = assertThrows(SQLException.class, () -> connect("localhost", Map.of(
                "sslmode", "verify-full", "sslrootcert", tls.otherCaCertificate().toString()), tls.password()).close());
        assertEquals("08006", refused.getSQLState(), refused.getMessage());
    }

    @Test
    void connectionsWithoutTlsAreRefused() {
        SQLException refused = assertThrows(SQLException.class,
                () -> connect(tls.host(), Map.of("sslmode", "disable"), tls.password()).close());
        assertEquals("28000", refused.getSQLState(), refused.getMessage());
        assertTrue(refused.getMessage().contains("no encryption"), refused.getMessage());
    }

    @Test
    void aWrongPasswordIsRefused() {
        SQLException refused = assertThrows(SQLException.class,
                () -> connect(tls.host(), Map.of("sslmode", "require"), tls.password() + "x").close());
        assertEquals("28P01", refused.getSQLState(), refused.getMessage());
    }

    @Test
    void theUrlsConnectAsNeonStyleVerifiedChannelBoundConnections() throws SQLException {
        try (Connection connection = DriverManager.getConnection(tls.jdbcUrl(), tls.user(), tls.password())) {
            assertTrue(connectionUsesTls(connection));
        }
        // What the libpq URL means to neonkit-runtime is checked in neonkit-testing (TlsPostgresUrlTest).
        assertTrue(tls.libpqUrl().startsWith("postgresql://neonkit_tls:" + tls.password() + "@localhost:" + tls.port()
                + "/neondb?sslmode=verify-full&sslrootcert="), tls.libpqUrl());
        assertTrue(tls.libpqUrl().endsWith("&channel_binding=require"), tls.libpqUrl());
        assertTrue(tls.jdbcUrl().endsWith("&channelBinding=require"), tls.jdbcUrl());
        assertFalse(tls.jdbcUrl().contains(tls.password()));
        assertFalse(tls.toString().contains(tls.password()));
    }

    @Test
    void certificatesAreReadablePemFiles() throws Exception {
        for (Path pem : new Path[] {tls.caCertificate(), tls.otherCaCertificate()}) {
            assertTrue(Files.readString(pem).startsWith("-----BEGIN CERTIFICATE-----"), pem.toString());
        }
        assertFalse(Files.readString(tls.caCertificate()).equals(Files.readString(tls.otherCaCertificate())));
    }

    private Connection connect(String host, Map<String, String> parameters, String password) throws SQLException {
        Properties properties = new Properties();
        properties.putAll(parameters);
        properties.setProperty("user", tls.user());
        properties.setProperty("password", password);
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + tls.port() + "/" + tls.database(),
                properties);
    }

    private static boolean connectionUsesTls(Connection connection) throws SQLException {
        try (ResultSet result = connection.createStatement().executeQuery(
                "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
            result.next();
            return result.getBoolean(1);
        }
    }

    private static String queryString(Connection connection, String sql) throws SQLException {
        try (ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
