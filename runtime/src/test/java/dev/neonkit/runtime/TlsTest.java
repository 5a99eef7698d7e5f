package dev.neonkit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neonkit.runtime.config.EnvironmentConfig;
import dev.neonkit.testsupport.WithTlsPostgres;
import dev.neonkit.testsupport.TlsPostgres;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Connections as Neon requires them (TLS only, SCRAM-SHA-256), against an embedded PostgreSQL with a test CA
 * and hostssl-only access; and the failures a misconfigured client meets there, classified and without the
 * password anywhere.
 */
@WithTlsPostgres
class TlsTest {
    private static final String DISTINCTIVE_PASSWORD = "Zx9-DistinctivePw-Q7";
    private static TlsPostgres tls;

    @BeforeAll
    static void server(TlsPostgres shared) {
        tls = shared;
    }

    private static String url(String password, String query) {
        return "postgresql://" + tls.user() + ":" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "@"
                + tls.host() + ":" + tls.port() + "/" + tls.database() + "?" + query;
    }

    private static String rootCert(Path ca) {
        return URLEncoder.encode(ca.toString(), StandardCharsets.UTF_8);
    }

    @Test
    void requireWithChannelBindingConnectsEncrypted() throws Exception {
        try (NeonDatabase database = NeonDatabase.fromEnvironment(Map.of(
                "DATABASE_URL", url(tls.password(), "sslmode=require&channel_binding=require")))) {
            assertEquals("require", database.config().primary().driverProperties().get("channelBinding"));
            assertTrue(sessionIsEncrypted(database));
        }
    }

    @Test
    void verifyFullWithTheCaConnectsEncrypted() throws Exception {
        try (NeonDatabase database = NeonDatabase.fromEnvironment(Map.of("DATABASE_URL", url(tls.password(),
                "sslmode=verify-full&channel_binding=require&sslrootcert=" + rootCert(tls.caCertificate()))))) {
            assertTrue(sessionIsEncrypted(database));
            assertTrue(database.health().up());
        }
    }

    @Test
    void verifyFullWithAnotherCaIsRefusedAsATlsFailure() {
        AtomicInteger retries = new AtomicInteger();
        try (NeonDatabase database = NeonDatabase.create(EnvironmentConfig.fromEnvironment(Map.of("DATABASE_URL",
                url(tls.password(), "sslmode=verify-full&sslrootcert=" + rootCert(tls.otherCaCertificate())))),
                (attempt, failure, backoff) -> retries.incrementAndGet())) {
            NeonConnectionException failure = assertThrows(NeonConnectionException.class,
                    () -> database.dataSource().getConnection());

            assertEquals(ConnectionFailure.TLS_FAILED, failure.failure());
            assertFalse(failure.transientFailure());
            assertEquals(0, retries.get(), "a certificate problem is not retried");
            assertEquals(Optional.of(ConnectionFailure.TLS_FAILED), database.health().failure());
        }
    }

    @Test
    void withoutTlsTheServerRefusesAndSaysTlsIsRequired() {
        try (NeonDatabase database = NeonDatabase.fromEnvironment(Map.of(
                "DATABASE_URL", url(tls.password(), "sslmode=disable")))) {
            NeonConnectionException failure = assertThrows(NeonConnectionException.class,
                    () -> database.dataSource().getConnection());

            assertEquals(ConnectionFailure.TLS_REQUIRED, failure.failure());
        }
    }

    @Test
    void wrongPasswordIsAnAuthenticationFailureThatNeverShowsThePassword() {
        NeonConnectionException failure;
        String log;
        AtomicInteger retries = new AtomicInteger();
        try (LogCapture capture = new LogCapture();
             NeonDatabase database = NeonDatabase.create(EnvironmentConfig.fromEnvironment(Map.of("DATABASE_URL",
                     url(DISTINCTIVE_PASSWORD, "sslmode=verify-full&sslrootcert=" + rootCert(tls.caCertificate())))),
                     (attempt, retried, backoff) -> retries.incrementAndGet())) {
            failure = assertThrows(NeonConnectionException.class, () -> database.dataSource().getConnection());
            HealthReport health = database.health();
            assertEquals(Optional.of(ConnectionFailure.AUTHENTICATION_FAILED), health.failure());
            assertFalse(health.toString().contains(DISTINCTIVE_PASSWORD));
            assertFalse(database.toString().contains(DISTINCTIVE_PASSWORD));
            assertFalse(database.config().toString().contains(DISTINCTIVE_PASSWORD));
            log = capture.text();
        }

        assertEquals(ConnectionFailure.AUTHENTICATION_FAILED, failure.failure());
        assertEquals("28P01", failure.sqlState().orElseThrow());
        assertEquals(0, retries.get(), "a wrong password is not retried");
        StringWriter printed = new StringWriter();
        failure.printStackTrace(new PrintWriter(printed));
        assertFalse(printed.toString().contains(DISTINCTIVE_PASSWORD));
        assertFalse(failure.toString().contains(DISTINCTIVE_PASSWORD));
        assertFalse(log.contains(DISTINCTIVE_PASSWORD), log);
        String context = "direct " + tls.user() + "@" + tls.host() + ":" + tls.port() + "/" + tls.database();
        assertTrue(failure.getMessage().contains(context), failure.getMessage());
        assertTrue(log.contains("AUTHENTICATION_FAILED") && log.contains(context), log);
    }

    private static boolean sessionIsEncrypted(NeonDatabase database) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet ssl = statement.executeQuery("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
            ssl.next();
            return ssl.getBoolean(1);
        }
    }
}
