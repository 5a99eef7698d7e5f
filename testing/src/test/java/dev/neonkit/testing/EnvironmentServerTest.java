package dev.neonkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@NeonDatabaseTest
class EnvironmentServerTest {

    @Test
    void connectsToTheServerTheUrlNamesAndUsesItsDatabaseForAdministration(TestDatabase db) {
        EnvironmentServer server = EnvironmentServer.connect(db.libpqUrl());

        assertEquals("environment", server.source());
        assertEquals(db.host(), server.endpoint().host());
        assertEquals(db.port(), server.endpoint().port());
        assertEquals(db.name(), server.endpoint().adminDatabase());
        assertEquals(db.user(), server.endpoint().user());
    }

    @Test
    void anUnreachableUrlFailsWithAClearMessageThatHidesThePassword() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> EnvironmentServer.connect("postgresql://app:hunter2@127.0.0.1:" + closedPort + "/neondb"));

        assertTrue(failure.getMessage().startsWith("NEONKIT_TEST_DATABASE_URL is set, but connecting to 127.0.0.1:"
                + closedPort + "/neondb as app failed"), failure.getMessage());
        assertTrue(failure.getMessage().contains("unset NEONKIT_TEST_DATABASE_URL"), failure.getMessage());
        assertFalse(failure.getMessage().contains("hunter2"), failure.getMessage());
    }

    @Test
    void theSystemPropertyWinsAndBlankMeansUnset() {
        String before = System.getProperty(EnvironmentServer.VARIABLE);
        try {
            System.setProperty(EnvironmentServer.VARIABLE, "postgresql://from-property@h/db");
            assertEquals(Optional.of("postgresql://from-property@h/db"), EnvironmentServer.configuredUrl());

            System.setProperty(EnvironmentServer.VARIABLE, "  ");
            assertEquals(Optional.ofNullable(System.getenv(EnvironmentServer.VARIABLE)).filter(url -> !url.isBlank()),
                    EnvironmentServer.configuredUrl());
        } finally {
            if (before == null) {
                System.clearProperty(EnvironmentServer.VARIABLE);
            } else {
                System.setProperty(EnvironmentServer.VARIABLE, before);
            }
        }
    }
}
