package dev.neonkit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neonkit.runtime.config.Endpoint;
import dev.neonkit.runtime.config.EndpointKind;
import dev.neonkit.runtime.config.Secret;
import dev.neonkit.runtime.internal.failure.Redaction;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A driver or proxy message that reveals the password is redacted in everything the exception prints. */
class NeonConnectionExceptionTest {
    private static final String PASSWORD = "Zx9-DistinctivePw-Q7";
    private static final Endpoint ENDPOINT = new Endpoint("ep-cool-1-pooler.eu-central-1.aws.neon.tech", 5432,
            "neondb", "app_user", Secret.of(PASSWORD), EndpointKind.POOLED, true, Map.of("sslmode", "require"));

    @Test
    void redactsThePasswordFromMessageCausesAndStackTrace() {
        SQLException revealing = new SQLException("FATAL: password authentication failed for " + PASSWORD, "28P01",
                new IllegalStateException("server said: bad password " + PASSWORD));

        NeonConnectionException exception = NeonConnectionException.classify(ENDPOINT, revealing);

        StringWriter printed = new StringWriter();
        exception.printStackTrace(new PrintWriter(printed));
        assertFalse(printed.toString().contains(PASSWORD), printed.toString());
        assertFalse(exception.toString().contains(PASSWORD));
        assertFalse(exception.detail().contains(PASSWORD));
        assertTrue(printed.toString().contains("password authentication failed for ****"));
        assertTrue(printed.toString().contains("server said: bad password ****"));
        assertEquals("28P01", exception.sqlState().orElseThrow());
        assertEquals("28P01", ((SQLException) exception.getCause()).getSQLState());
    }

    @Test
    void namesTheFailureTheEndpointAndWhatToDo() {
        NeonConnectionException exception = NeonConnectionException.classify(ENDPOINT,
                new SQLException("FATAL: database \"neondb\" does not exist", "3D000"));

        assertEquals(ConnectionFailure.DATABASE_NOT_FOUND, exception.failure());
        assertEquals("pooled app_user@ep-cool-1-pooler.eu-central-1.aws.neon.tech:5432/neondb", exception.endpoint());
        assertTrue(exception.getMessage().startsWith("DATABASE_NOT_FOUND: the database does not exist (pooled"
                + " app_user@ep-cool-1-pooler.eu-central-1.aws.neon.tech:5432/neondb): FATAL: database"),
                exception.getMessage());
        assertTrue(exception.getMessage().endsWith("What to do: " + ConnectionFailure.DATABASE_NOT_FOUND.advice()));
    }

    @Test
    void keepsTheOriginalCauseWhenNothingRevealsThePassword() {
        SQLException harmless = new SQLException("FATAL: the database system is starting up", "57P03");

        NeonConnectionException exception = NeonConnectionException.classify(ENDPOINT, harmless);

        assertEquals(harmless, exception.getCause());
        assertTrue(exception.transientFailure());
    }

    @Test
    void withholdsADriverMessageWhenThePasswordEqualsTheUserName() {
        Endpoint sameAsUser = endpoint("postgres", Secret.of("postgres"), Map.of());

        NeonConnectionException exception = NeonConnectionException.classify(sameAsUser, new SQLException(
                "FATAL: password authentication failed for user \"postgres\"", "28P01"));

        assertEquals(ConnectionFailure.AUTHENTICATION_FAILED, exception.failure());
        assertFalse(exception.getMessage().contains("****"), "no mask that shows where the password is");
        assertFalse(exception.getMessage().contains("user \"postgres\""), exception.getMessage());
        assertTrue(exception.getMessage().contains(Redaction.WITHHELD), exception.getMessage());
        assertEquals(Redaction.WITHHELD, exception.detail());
        assertEquals(Redaction.WITHHELD, exception.getCause().getMessage());
        assertTrue(exception.getMessage().startsWith("AUTHENTICATION_FAILED: "), "the classification stays");
    }

    @Test
    void withholdsADriverMessageContainingAVeryShortPassword() {
        Endpoint shortPassword = endpoint("app_user", Secret.of("pw"), Map.of());

        NeonConnectionException exception = NeonConnectionException.classify(shortPassword,
                new SQLException("proxy: rejected credentials pw for app_user", "08001"));

        assertFalse(exception.detail().contains("pw "), exception.detail());
        assertEquals(Redaction.WITHHELD, exception.detail());
    }

    @Test
    void redactsThePasswordFromSuppressedAndNextExceptions() {
        SQLException revealing = new SQLException("FATAL: the connection attempt failed", "08001");
        revealing.addSuppressed(new IllegalStateException("retry used password " + PASSWORD));
        revealing.setNextException(new SQLException("next: password " + PASSWORD + " rejected", "28P01"));

        NeonConnectionException exception = NeonConnectionException.classify(ENDPOINT, revealing);

        StringWriter printed = new StringWriter();
        exception.printStackTrace(new PrintWriter(printed));
        SQLException cause = (SQLException) exception.getCause();
        assertFalse(printed.toString().contains(PASSWORD), printed.toString());
        assertEquals("java.lang.IllegalStateException: retry used password ****",
                cause.getSuppressed()[0].getMessage());
        assertEquals("next: password **** rejected", cause.getNextException().getMessage());
        assertEquals("28P01", cause.getNextException().getSQLState());
    }

    @Test
    void redactsTheSslKeyPassword() {
        String keyPassword = "Key-Passphrase-8812";
        Endpoint withKey = endpoint("app_user", Secret.of(PASSWORD), Map.of("sslpassword", keyPassword));

        NeonConnectionException exception = NeonConnectionException.classify(withKey,
                new SQLException("Could not decrypt SSL key file with passphrase " + keyPassword, "08006"));

        StringWriter printed = new StringWriter();
        exception.printStackTrace(new PrintWriter(printed));
        assertFalse(printed.toString().contains(keyPassword), printed.toString());
        assertTrue(exception.detail().endsWith("with passphrase ****"), exception.detail());
    }

    private static Endpoint endpoint(String user, Secret password, Map<String, String> properties) {
        return new Endpoint("ep-cool-1-pooler.eu-central-1.aws.neon.tech", 5432, "neondb", user, password,
                EndpointKind.POOLED, true, properties);
    }
}
