package dev.neonkit.runtime.internal.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.neonkit.runtime.ConnectionFailure;
import dev.neonkit.runtime.NeonConnectionException;
import dev.neonkit.runtime.config.Endpoint;
import dev.neonkit.runtime.config.EndpointKind;
import dev.neonkit.runtime.config.RetrySettings;
import dev.neonkit.runtime.config.Secret;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The retry schedule, checked by recording the sleeps instead of sleeping. */
class ColdStartRetryTest {
    private static final Endpoint ENDPOINT = new Endpoint("ep-cool-1.eu-central-1.aws.neon.tech", 5432, "app",
            "app_user", Secret.of("pw"), EndpointKind.DIRECT, true, Map.of());
    private static final RetrySettings SETTINGS =
            new RetrySettings(6, Duration.ofMillis(1000), Duration.ofMillis(16000));

    private final List<Duration> sleeps = new ArrayList<>();
    private final List<Integer> retriedAttempts = new ArrayList<>();

    private ColdStartRetry retry(RetrySettings settings, double jitterDraw) {
        return new ColdStartRetry(settings, sleeps::add, () -> jitterDraw,
                (attempt, failure, backoff) -> retriedAttempts.add(attempt));
    }

    private static NeonConnectionException failure(ConnectionFailure kind, boolean transientFailure) {
        return new NeonConnectionException(kind, transientFailure, ENDPOINT, "simulated", null);
    }

    @Test
    void doublesTheBackoffUpToTheMaximumWithTheLowerHalfFixed() {
        ColdStartRetry retry = retry(SETTINGS, 0.0);

        assertEquals(List.of(500L, 1000L, 2000L, 4000L, 8000L, 8000L),
                List.of(1, 2, 3, 4, 5, 6).stream().map(n -> retry.backoffAfter(n, 0.0).toMillis()).toList());
        assertEquals(List.of(1000L, 2000L, 4000L, 8000L, 16000L, 16000L),
                List.of(1, 2, 3, 4, 5, 6).stream().map(n -> retry.backoffAfter(n, 1.0).toMillis()).toList());
        assertEquals(3000L, retry.backoffAfter(3, 0.5).toMillis());
    }

    @Test
    void retriesTransientFailuresUntilSuccessSleepingTheSchedule() throws Exception {
        ColdStartRetry retry = retry(SETTINGS, 0.5);
        int[] calls = {0};

        String result = retry.call("test", () -> {
            if (++calls[0] < 4) {
                throw failure(ConnectionFailure.REFUSED_OR_TIMED_OUT, true);
            }
            return "connected";
        });

        assertEquals("connected", result);
        assertEquals(4, calls[0]);
        assertEquals(List.of(750L, 1500L, 3000L), sleeps.stream().map(Duration::toMillis).toList());
        assertEquals(List.of(1, 2, 3), retriedAttempts);
    }

    @Test
    void givesUpAfterMaxAttemptsWithTheLastFailure() {
        ColdStartRetry retry = retry(new RetrySettings(3, Duration.ofMillis(100), Duration.ofMillis(150)), 0.0);
        List<NeonConnectionException> thrown = new ArrayList<>();

        NeonConnectionException last = assertThrows(NeonConnectionException.class, () -> retry.call("test", () -> {
            NeonConnectionException next = failure(ConnectionFailure.SERVER_RESTART_OR_SUSPEND, true);
            thrown.add(next);
            throw next;
        }));

        assertEquals(3, thrown.size());
        assertSame(thrown.get(2), last);
        assertEquals(List.of(50L, 75L), sleeps.stream().map(Duration::toMillis).toList());
    }

    @Test
    void neverRetriesAFailureNoRetryCanFix() {
        ColdStartRetry retry = retry(SETTINGS, 0.0);
        int[] calls = {0};

        NeonConnectionException thrown = assertThrows(NeonConnectionException.class, () -> retry.call("test", () -> {
            calls[0]++;
            throw failure(ConnectionFailure.AUTHENTICATION_FAILED, false);
        }));

        assertEquals(ConnectionFailure.AUTHENTICATION_FAILED, thrown.failure());
        assertEquals(1, calls[0]);
        assertEquals(List.of(), sleeps);
        assertEquals(List.of(), retriedAttempts);
    }

    @Test
    void oneAttemptMeansNoRetry() {
        ColdStartRetry retry = retry(new RetrySettings(1, Duration.ZERO, Duration.ZERO), 0.0);
        int[] calls = {0};

        assertThrows(NeonConnectionException.class, () -> retry.call("test", () -> {
            calls[0]++;
            throw failure(ConnectionFailure.REFUSED_OR_TIMED_OUT, true);
        }));

        assertEquals(1, calls[0]);
        assertEquals(List.of(), sleeps);
    }
}
