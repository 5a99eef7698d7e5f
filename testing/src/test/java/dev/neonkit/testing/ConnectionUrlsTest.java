package dev.neonkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionUrlsTest {

    @Test
    void parsesANeonStyleLibpqUriWithPercentEncodedCredentials() {
        ServerEndpoint endpoint = ConnectionUrls.parse(
                "postgresql://app%40team:p%2Fw%3Ad+x%25@ep-cool-123456-pooler.eu-central-1.aws.neon.tech/neondb"
                        + "?sslmode=require&channel_binding=require", "TEST_URL");

        assertEquals("ep-cool-123456-pooler.eu-central-1.aws.neon.tech", endpoint.host());
        assertEquals(5432, endpoint.port());
        assertEquals("neondb", endpoint.adminDatabase());
        assertEquals("app@team", endpoint.user());
        assertEquals("p/w:d+x%", endpoint.password());
        assertEquals(Map.of("sslmode", "require", "channel_binding", "require"), endpoint.parameters());
    }

    @Test
    void parsesAJdbcUrlWithCredentialsAsParametersAndRenamesPgjdbcParameters() {
        ServerEndpoint endpoint = ConnectionUrls.parse(
                "jdbc:postgresql://db.example:6543/app?user=alice&password=s3cret&channelBinding=require&sslmode=verify-full",
                "TEST_URL");

        assertEquals("db.example", endpoint.host());
        assertEquals(6543, endpoint.port());
        assertEquals("app", endpoint.adminDatabase());
        assertEquals("alice", endpoint.user());
        assertEquals("s3cret", endpoint.password());
        assertEquals(Map.of("channel_binding", "require", "sslmode", "verify-full"), endpoint.parameters());
    }

    @Test
    void defaultsFollowLibpq() {
        ServerEndpoint endpoint = ConnectionUrls.parse("postgres://bob@[::1]", "TEST_URL");

        assertEquals("::1", endpoint.host());
        assertEquals(5432, endpoint.port());
        assertEquals("bob", endpoint.adminDatabase(), "libpq defaults the database to the user name");
        assertEquals("", endpoint.password());
    }

    @Test
    void writesJdbcUrlsWithoutCredentialsAndWithPgjdbcNames() {
        String url = ConnectionUrls.jdbc("localhost", 5433, "orders_abc",
                Map.of("channel_binding", "require"));

        assertEquals("jdbc:postgresql://localhost:5433/orders_abc?channelBinding=require", url);
    }

    @Test
    void writesLibpqUrlsThatParseBackToTheSameEndpoint() {
        Map<String, String> parameters = Map.of("sslmode", "verify-full", "sslrootcert", "/tmp/ca dir/ca.pem");
        String url = ConnectionUrls.libpq("app@team", "p/w:d+x% é", "::1", 5433, "orders_abc", parameters);

        assertTrue(url.startsWith("postgresql://app%40team:p%2Fw%3Ad%2Bx%25%20%C3%A9@[::1]:5433/orders_abc?"), url);
        ServerEndpoint parsed = ConnectionUrls.parse(url, "TEST_URL");
        assertEquals(new ServerEndpoint("::1", 5433, "orders_abc", "app@team", "p/w:d+x% é", parameters), parsed);
    }

    @Test
    void leavesThePasswordOutOfLibpqUrlsWhenThereIsNone() {
        assertEquals("postgresql://postgres@localhost:5432/db1",
                ConnectionUrls.libpq("postgres", "", "localhost", 5432, "db1", Map.of()));
    }

    @Test
    void rejectsUrlsItCannotUseWithoutEchoingThePassword() {
        IllegalArgumentException scheme = assertThrows(IllegalArgumentException.class,
                () -> ConnectionUrls.parse("mysql://u:hunter2@h/db", "TEST_URL"));
        assertTrue(scheme.getMessage().startsWith("TEST_URL must start with postgresql://"), scheme.getMessage());
        assertFalse(scheme.getMessage().contains("hunter2"));

        IllegalArgumentException noAt = assertThrows(IllegalArgumentException.class,
                () -> ConnectionUrls.parse("postgresql://u:hunter2/db", "TEST_URL"));
        assertFalse(noAt.getMessage().contains("hunter2"), noAt.getMessage());

        IllegalArgumentException noUser = assertThrows(IllegalArgumentException.class,
                () -> ConnectionUrls.parse("postgresql://db.example/app", "TEST_URL"));
        assertTrue(noUser.getMessage().contains("names no user"), noUser.getMessage());

        assertThrows(IllegalArgumentException.class,
                () -> ConnectionUrls.parse("postgresql://u@h1,h2/app", "TEST_URL"));
    }

    @Test
    void aMalformedPercentEscapeInThePasswordIsNamedWithoutEchoingIt() {
        IllegalArgumentException malformed = assertThrows(IllegalArgumentException.class,
                () -> ConnectionUrls.parse("postgresql://u:ab%zqSecret@h/db", "TEST_URL"));

        assertTrue(malformed.getMessage().contains("malformed percent-escape in the password"),
                malformed.getMessage());
        assertFalse(malformed.getMessage().contains("zq"), malformed.getMessage());
        assertFalse(malformed.getMessage().contains("Secret"), malformed.getMessage());
        assertEquals(null, malformed.getCause(), "the decoder's own message quotes the password");
    }

    @Test
    void refusesWhatTheRuntimeRefusesToo() {
        IllegalArgumentException port = assertThrows(IllegalArgumentException.class,
                () -> ConnectionUrls.parse("postgresql://u:pw@h:70000/db", "TEST_URL"));
        assertTrue(port.getMessage().contains("from 1 to 65535"), port.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ConnectionUrls.parse("postgresql://u:pw@h:0/db", "TEST_URL"));

        IllegalArgumentException bareName = assertThrows(IllegalArgumentException.class,
                () -> ConnectionUrls.parse("postgresql://u:pw@h/db?sslmode", "TEST_URL"));
        assertTrue(bareName.getMessage().contains("not name=value"), bareName.getMessage());
    }

    @Test
    void endpointToStringHidesThePassword() {
        ServerEndpoint endpoint = new ServerEndpoint("h", 5432, "db", "u", "hunter2", Map.of());

        assertFalse(endpoint.toString().contains("hunter2"), endpoint.toString());
    }
}
