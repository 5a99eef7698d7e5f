package dev.neonkit.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neonkit.example.ApiClient.Answer;
import dev.neonkit.testsupport.FaultProxy;
import dev.neonkit.testsupport.TestDatabase;
import dev.neonkit.testsupport.TestPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The packaged service on a compute that suspends (a {@link FaultProxy} closes every connection, as Neon does when
 * it scales to zero) and does not answer for a while: the requests it cannot serve are 503 with {@code Retry-After}
 * and a JSON error, never 500, and it serves again by itself once the compute is back. The cold start is made to
 * fail at once ({@code NEONKIT_STARTUP_RETRIES=0}, a 2 s borrow timeout) so that a down compute shows as 503
 * rather than as a wait.
 */
class TaskTrackerSuspendIT {
    /** The service's pool size (NEONKIT_POOL_SIZE's default). */
    private static final int MAXIMUM_POOL_SIZE = 10;

    @Test
    void aSuspendedComputeIsA503ThatSaysRetryAndTheServiceRecoversOnItsOwn() throws Exception {
        try (TestDatabase db = TestPostgres.shared().createDatabase("suspend_it");
             FaultProxy proxy = FaultProxy.start(db.host(), db.port());
             ServiceProcess service = ServiceProcess.start(Map.of(
                     "DATABASE_URL", proxy.libpqUrl(db),
                     "NEONKIT_STARTUP_RETRIES", "0",
                     "NEONKIT_CONNECTION_TIMEOUT", "2s",
                     "NEONKIT_VALIDATION_TIMEOUT", "500ms"))) {
            ApiClient api = new ApiClient(service.baseUrl());
            long project = api.post("/projects", "{\"name\": \"Sleepy\"}").id();

            // Suspended and not back yet: reads and writes are told to retry.
            proxy.refuseConnectionsFor(Duration.ofMinutes(1));
            proxy.suspend();
            assertUnavailable(api.get("/projects/" + project));
            assertUnavailable(api.post("/projects", "{\"name\": \"While asleep\"}"));
            assertUnavailable(api.post("/projects/" + project + "/tasks", "{\"title\": \"While asleep\"}"));

            // Back: the next requests are served, without a restart.
            proxy.refuseConnectionsFor(Duration.ZERO);
            assertEquals(200, api.get("/projects/" + project).status());
            assertEquals(201, api.post("/projects/" + project + "/tasks", "{\"title\": \"Awake\"}").status());

            Map<Integer, Integer> statuses = suspendWhileClientsRun(api, proxy, project);
            assertEquals(Map.of(), withoutStatuses(statuses, 200, 201, 503),
                    "every answer during suspends is a success or a 503: " + statuses);
            // Fifteen suspends under four busy clients close connections in use: those requests were 503s too.
            assertTrue(service.output().contains(": 503 (CONNECTION_LOST): "),
                    "a connection lost mid-request answered 503: " + statuses + "\n" + service.output());

            // Connections that died in the last suspend and were used within 500 ms skip the pre-ping; each failed
            // request evicts the ones it met, so the service serves again within one request per pooled connection.
            Answer after = api.get("/projects/" + project);
            for (int attempt = 1; after.status() == 503 && attempt <= MAXIMUM_POOL_SIZE; attempt++) {
                assertUnavailable(after);
                after = api.get("/projects/" + project);
            }
            assertEquals(200, after.status(), "serving again after the suspends: " + after.text());
            assertEquals(201, api.post("/projects", "{\"name\": \"After\"}").status());
        }
    }

    /** Four clients read and write for three seconds while the compute suspends every 200 ms; their statuses. */
    private static Map<Integer, Integer> suspendWhileClientsRun(ApiClient api, FaultProxy proxy, long project)
            throws Exception {
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> badAnswers = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> runs = new ArrayList<>();
        for (int client = 0; client < 4; client++) {
            int id = client;
            runs.add(clients.submit(() -> {
                for (int i = 0; running.get(); i++) {
                    Answer answer = i % 2 == 0
                            ? api.get("/projects/" + project + "/tasks")
                            : api.post("/projects/" + project + "/tasks", "{\"title\": \"c" + id + "-" + i + "\"}");
                    statuses.merge(answer.status(), 1, Integer::sum);
                    if (answer.status() == 503 && !isUnavailableAnswer(answer)) {
                        badAnswers.add(answer.text());
                    }
                }
                return null;
            }));
        }
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while (System.nanoTime() < end) {
            Thread.sleep(200);
            proxy.suspend();
        }
        running.set(false);
        for (Future<?> run : runs) {
            run.get(60, TimeUnit.SECONDS);
        }
        clients.shutdown();
        assertTrue(badAnswers.isEmpty(), "503 answers without Retry-After or JSON error: " + badAnswers);
        return statuses;
    }

    private static void assertUnavailable(Answer answer) {
        assertEquals(503, answer.status(), answer.text());
        assertEquals("2", answer.retryAfter().orElse("none"), "Retry-After");
        assertEquals("unavailable", answer.json().get("error").asText(), answer.text());
        assertTrue(answer.json().get("message").asText().contains("retry"), answer.text());
        assertFalse(answer.text().contains("Exception") || answer.text().contains("password"), answer.text());
    }

    private static boolean isUnavailableAnswer(Answer answer) {
        return answer.json().path("error").asText().equals("unavailable") && answer.retryAfter().isPresent();
    }

    private static Map<Integer, Integer> withoutStatuses(Map<Integer, Integer> statuses, Integer... allowed) {
        Map<Integer, Integer> others = new ConcurrentHashMap<>(statuses);
        for (Integer status : allowed) {
            others.remove(status);
        }
        return others;
    }
}
