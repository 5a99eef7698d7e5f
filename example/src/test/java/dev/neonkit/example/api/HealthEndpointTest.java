package dev.neonkit.example.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neonkit.example.http.JsonCodec;
import dev.neonkit.example.http.Request;
import dev.neonkit.example.http.Response;
import dev.neonkit.runtime.NeonDatabase;
import dev.neonkit.runtime.drift.DriftReport;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** /health when the database does not answer (the UP case runs in the end-to-end tests). */
class HealthEndpointTest {

    @Test
    void anUnreachableDatabaseIsDownWith503AndNoPassword() throws Exception {
        int closedPort = closedPort();
        String url = "postgresql://tracker:s3cret-pass@127.0.0.1:" + closedPort + "/tracker?sslmode=disable";
        try (NeonDatabase database = NeonDatabase.fromEnvironment(
                Map.of("DATABASE_URL", url, "NEONKIT_STARTUP_RETRIES", "0"))) {
            HealthEndpoint health = new HealthEndpoint(database, new DriftReport(List.of(), List.of()), Instant.EPOCH);
            Response response = health.routes().get(0).handler().handle(new Request("GET", "/health", Map.of(),
                    Map.of(), new byte[0], new JsonCodec()));

            assertEquals(503, response.status());
            String body = new String(new JsonCodec().write(response.body()), StandardCharsets.UTF_8);
            assertTrue(body.startsWith("{\"status\":\"DOWN\",\"database\":{\"status\":\"DOWN\""), body);
            assertTrue(body.contains("127.0.0.1:" + closedPort), body);
            assertTrue(body.contains("\"drift\":{\"status\":\"none\""), body);
            assertFalse(body.contains("s3cret-pass"), body);
        }
    }

    /** A port nothing listens on: one the system just handed out and took back. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
