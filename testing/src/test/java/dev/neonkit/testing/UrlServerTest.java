package dev.neonkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neonkit.testsupport.ServerSource;
import dev.neonkit.testsupport.TestDatabase;
import dev.neonkit.testsupport.TestPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A server named by URL ({@code NEONKIT_TEST_DATABASE_URL}), read through neonkit-runtime's parser. */
@NeonDatabaseTest
class UrlServerTest {

    @Test
    void connectsToTheServerTheUrlNamesAndUsesItsDatabaseForAdministration(TestDatabase db) throws SQLException {
        TestPostgres server = TestPostgres.atUrl(db.libpqUrl());

        assertEquals(ServerSource.URL, server.source());
        try (TestDatabase created = server.createDatabase("through_url")) {
            assertEquals(db.host(), created.host());
            assertEquals(db.port(), created.port());
            assertEquals(db.user(), created.user());
            assertEquals(db.name(), created.endpoint().adminDatabase());
            try (Connection connection = db.connect();
                 ResultSet exists = connection.createStatement().executeQuery(
                         "SELECT count(*) FROM pg_database WHERE datname = '" + created.name() + "'")) {
                exists.next();
                assertEquals(1, exists.getInt(1), "created on the same server");
            }
        }
    }

    @Test
    void anUnreachableUrlFailsWithAClearMessageThatHidesThePassword() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> TestPostgres.atUrl("postgresql://app:hunter2@127.0.0.1:" + closedPort + "/neondb"));

        assertTrue(failure.getMessage().startsWith("NEONKIT_TEST_DATABASE_URL is set, but connecting to 127.0.0.1:"
                + closedPort + "/neondb as app failed"), failure.getMessage());
        assertTrue(failure.getMessage().contains("unset NEONKIT_TEST_DATABASE_URL"), failure.getMessage());
        assertFalse(failure.getMessage().contains("hunter2"), failure.getMessage());
    }

    @Test
    void aUrlTheRuntimeRefusesFailsWithTheRuntimesReason() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> TestPostgres.atUrl("postgresql://app:hunter2@127.0.0.1:5432"));

        assertTrue(failure.getMessage().startsWith("NEONKIT_TEST_DATABASE_URL is not usable: the connection URL names"
                + " no database"), failure.getMessage());
        assertFalse(failure.getMessage().contains("hunter2"), failure.getMessage());
    }
}
