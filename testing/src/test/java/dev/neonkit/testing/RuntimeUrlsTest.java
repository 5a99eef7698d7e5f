package dev.neonkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neonkit.testsupport.RuntimeUrls;
import dev.neonkit.testsupport.ServerEndpoint;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code NEONKIT_TEST_DATABASE_URL} read by neonkit-runtime's parser: the assertions of the former second parser
 * ({@code ConnectionUrls}), now answered by the one parser; where the two disagreed, the runtime's answer stands
 * (libpq names become pgjdbc names, a URL without a database is refused).
 */
class RuntimeUrlsTest {


    @Test
    void parsesANeonStyleLibpqUriWithPercentEncodedCredentials() {
        ServerEndpoint endpoint = RuntimeUrls.parse(
                "postgresql://app%40team:p%2Fw%3Ad+x%25@ep-cool-123456-pooler.eu-central-1.aws.neon.tech/neondb"
                        + "?sslmode=require&channel_binding=require");

        assertEquals("ep-cool-123456-pooler.eu-central-1.aws.neon.tech", endpoint.host());
        assertEquals(5432, endpoint.port());
        assertEquals("neondb", endpoint.adminDatabase());
        assertEquals("app@team", endpoint.user());
        assertEquals("p/w:d+x%", endpoint.password());
        assertEquals(Map.of("sslmode", "require", "channelBinding", "require"), endpoint.driverProperties());
    }

    @Test
    void parsesAJdbcUrlWithCredentialsAsParameters() {
        ServerEndpoint endpoint = RuntimeUrls.parse(
                "jdbc:postgresql://db.example:6543/app?user=alice&password=s3cret&channelBinding=require&sslmode=verify-full");

        assertEquals("db.example", endpoint.host());
        assertEquals(6543, endpoint.port());
        assertEquals("app", endpoint.adminDatabase());
        assertEquals("alice", endpoint.user());
        assertEquals("s3cret", endpoint.password());
        assertEquals(Map.of("channelBinding", "require", "sslmode", "verify-full"), endpoint.driverProperties());
    }

    @Test
    void translatesEveryLibpqNameTheRuntimeTranslates() {
        ServerEndpoint endpoint = RuntimeUrls.parse("postgresql://u@h/db?target_session_attrs=read-write&keepalives=1"
                + "&connect_timeout=7&application_name=ci&gssencmode=disable&krbsrvname=pg&sslnegotiation=postgres");

        assertEquals(Map.of("targetServerType", "primary", "tcpKeepAlive", "true", "connectTimeout", "7",
                "ApplicationName", "ci", "gssEncMode", "disable", "kerberosServerName", "pg",
                "sslNegotiation", "postgres"), endpoint.driverProperties());
    }

    @Test
    void aMissingDatabaseIsRefusedAndThePortDefaultsTo5432() {
        IllegalArgumentException noDatabase = assertThrows(IllegalArgumentException.class,
                () -> RuntimeUrls.parse("postgres://bob@[::1]"));
        assertTrue(noDatabase.getMessage().contains("names no database"), noDatabase.getMessage());

        ServerEndpoint endpoint = RuntimeUrls.parse("postgres://bob@[::1]/bob");
        assertEquals("::1", endpoint.host());
        assertEquals(5432, endpoint.port());
        assertEquals("", endpoint.password());
    }

    @Test
    void readsBackWhatTestSupportWrites() {
        // The URL ServerUrlsTest (test-support) pins as the output of ServerUrls.libpq for the same values.
        ServerEndpoint parsed = RuntimeUrls.parse("postgresql://app%40team:p%2Fw%3Ad%2Bx%25%20%C3%A9@[::1]:5433/orders_abc"
                + "?sslmode=verify-full&sslrootcert=%2Ftmp%2Fca%20dir%2Fca.pem");

        assertEquals(new ServerEndpoint("::1", 5433, "orders_abc", "app@team", "p/w:d+x% é",
                Map.of("sslmode", "verify-full", "sslrootcert", "/tmp/ca dir/ca.pem")), parsed);
    }

    @Test
    void rejectsUrlsItCannotUseWithoutEchoingThePassword() {
        IllegalArgumentException scheme = assertThrows(IllegalArgumentException.class,
                () -> RuntimeUrls.parse("mysql://u:hunter2@h/db"));
        assertTrue(scheme.getMessage().contains("unsupported scheme mysql"), scheme.getMessage());
        assertFalse(scheme.getMessage().contains("hunter2"));

        IllegalArgumentException noAt = assertThrows(IllegalArgumentException.class,
                () -> RuntimeUrls.parse("postgresql://u:hunter2/db"));
        assertFalse(noAt.getMessage().contains("hunter2"), noAt.getMessage());

        IllegalArgumentException noUser = assertThrows(IllegalArgumentException.class,
                () -> RuntimeUrls.parse("postgresql://db.example/app"));
        assertTrue(noUser.getMessage().contains("names no user"), noUser.getMessage());

        assertThrows(IllegalArgumentException.class, () -> RuntimeUrls.parse("postgresql://u@h1,h2/app"));
    }

    @Test
    void aMalformedPercentEscapeInThePasswordIsNamedWithoutEchoingIt() {
        IllegalArgumentException malformed = assertThrows(IllegalArgumentException.class,
                () -> RuntimeUrls.parse("postgresql://u:ab%zqSecret@h/db"));

        assertTrue(malformed.getMessage().contains("'%' in the password that is not followed by two hex digits"),
                malformed.getMessage());
        for (Throwable t = malformed; t != null; t = t.getCause()) {
            assertFalse(t.getMessage().contains("zq"), t.getMessage());
            assertFalse(t.getMessage().contains("Secret"), t.getMessage());
        }
    }

    @Test
    void refusesWhatTheRuntimeRefuses() {
        IllegalArgumentException port = assertThrows(IllegalArgumentException.class,
                () -> RuntimeUrls.parse("postgresql://u:pw@h:70000/db"));
        assertTrue(port.getMessage().contains("from 1 to 65535"), port.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RuntimeUrls.parse("postgresql://u:pw@h:0/db"));

        IllegalArgumentException bareName = assertThrows(IllegalArgumentException.class,
                () -> RuntimeUrls.parse("postgresql://u:pw@h/db?sslmode"));
        assertTrue(bareName.getMessage().contains("not name=value"), bareName.getMessage());

        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> RuntimeUrls.parse("postgresql://u:pw@h/db?sslmod=require"));
        assertTrue(unknown.getMessage().contains("unknown parameter sslmod"), unknown.getMessage());
    }
}
