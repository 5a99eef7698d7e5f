package dev.neonkit.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Writing URLs; what they mean when read back is neonkit-runtime's business (neonkit-testing tests it). */
class ServerUrlsTest {

    @Test
    void writesJdbcUrlsWithoutCredentialsAndWithTheGivenDriverPropertyNames() {
        String url = ServerUrls.jdbc("localhost", 5433, "orders_abc", Map.of("channelBinding", "require"));

        assertEquals("jdbc:postgresql://localhost:5433/orders_abc?channelBinding=require", url);
    }

    @Test
    void writesLibpqUrlsWithEveryPartPercentEncoded() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("sslmode", "verify-full");
        parameters.put("sslrootcert", "/tmp/ca dir/ca.pem");
        String url = ServerUrls.libpq("app@team", "p/w:d+x% é", "::1", 5433, "orders_abc", parameters);

        assertEquals("postgresql://app%40team:p%2Fw%3Ad%2Bx%25%20%C3%A9@[::1]:5433/orders_abc"
                + "?sslmode=verify-full&sslrootcert=%2Ftmp%2Fca%20dir%2Fca.pem", url);
    }

    @Test
    void leavesThePasswordOutOfLibpqUrlsWhenThereIsNone() {
        assertEquals("postgresql://postgres@localhost:5432/db1",
                ServerUrls.libpq("postgres", "", "localhost", 5432, "db1", Map.of()));
    }

    @Test
    void endpointToStringHidesThePassword() {
        ServerEndpoint endpoint = new ServerEndpoint("h", 5432, "db", "u", "hunter2", Map.of());

        assertFalse(endpoint.toString().contains("hunter2"), endpoint.toString());
    }

    @Test
    void anEndpointRefusesCredentialsAmongItsDriverProperties() {
        assertThrows(IllegalArgumentException.class,
                () -> new ServerEndpoint("h", 5432, "db", "u", "", Map.of("password", "hunter2")));
        IllegalArgumentException sslPassword = assertThrows(IllegalArgumentException.class,
                () -> new ServerEndpoint("h", 5432, "db", "u", "", Map.of("sslpassword", "hunter2")));
        assertFalse(sslPassword.getMessage().contains("hunter2"), sslPassword.getMessage());
        assertTrue(sslPassword.getMessage().contains("sslpassword"), sslPassword.getMessage());
    }
}
