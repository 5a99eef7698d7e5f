package dev.neonkit.runtime.internal.pool;

import dev.neonkit.runtime.NeonConnectionException;
import dev.neonkit.runtime.config.RetrySettings;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a connection while a Neon compute wakes up: retries transient failures (refused or reset connections,
 * "Couldn't connect to compute node", 57P01/57P03, 08xxx, "Failed to acquire permit") with bounded
 * exponential backoff and jitter, and gives up at once on failures no retry can fix (wrong password,
 * missing database, TLS or configuration errors).
 *
 * <p>The wait before attempt {@code n + 1} is {@code min(maxBackoff, initialBackoff * 2^(n-1))}, of which the
 * upper half is random ("equal jitter"), so that many clients waking one compute do not retry in lockstep.
 * The sleeper and the jitter source are injectable, so the schedule is testable without waiting.
 */
public final class ColdStartRetry {
    private static final Logger LOG = LoggerFactory.getLogger(ColdStartRetry.class);

    /** Waits between attempts; {@code Thread::sleep} in production. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** One connection attempt. */
    @FunctionalInterface
    public interface Attempt<T> {
        T run() throws NeonConnectionException;
    }

    /** Told about every failed attempt that will be retried. */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = (attempt, failure, backoff) -> { };

        void retrying(int failedAttempt, NeonConnectionException failure, Duration backoff);
    }

    private final RetrySettings settings;
    private final Sleeper sleeper;
    private final DoubleSupplier jitter;
    private final Listener listener;

    public ColdStartRetry(RetrySettings settings, Sleeper sleeper, DoubleSupplier jitter, Listener listener) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.jitter = Objects.requireNonNull(jitter, "jitter");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** The production schedule: real sleeping, random jitter. */
    public static ColdStartRetry of(RetrySettings settings, Listener listener) {
        return new ColdStartRetry(settings, duration -> Thread.sleep(duration.toMillis()),
                () -> ThreadLocalRandom.current().nextDouble(), listener);
    }

    public RetrySettings settings() {
        return settings;
    }

    /**
     * Runs {@code attempt} until it succeeds, fails for a reason no retry fixes, or {@code maxAttempts} are
     * used up; the last failure is thrown.
     */
    public <T> T call(String what, Attempt<T> attempt) throws NeonConnectionException {
        for (int attemptNumber = 1; ; attemptNumber++) {
            try {
                return attempt.run();
            } catch (NeonConnectionException failure) {
                if (!failure.transientFailure() || attemptNumber >= settings.maxAttempts()) {
                    throw failure;
                }
                Duration backoff = backoffAfter(attemptNumber, jitter.getAsDouble());
                LOG.warn("{}: attempt {}/{} failed ({}: {}); retrying in {} ms", what, attemptNumber,
                        settings.maxAttempts(), failure.failure(), failure.failure().summary(), backoff.toMillis());
                listener.retrying(attemptNumber, failure, backoff);
                sleep(backoff, failure);
            }
        }
    }

    /**
     * The wait after failed attempt {@code failedAttempt} (1-based) for a jitter draw in {@code [0, 1)}:
     * between half and all of {@code min(maxBackoff, initialBackoff * 2^(failedAttempt-1))}.
     */
    public Duration backoffAfter(int failedAttempt, double jitterDraw) {
        long initialMs = settings.initialBackoff().toMillis();
        long maxMs = settings.maxBackoff().toMillis();
        int doublings = Math.min(failedAttempt - 1, 30);
        long ceilingMs = initialMs > (maxMs >> doublings) ? maxMs : initialMs << doublings;
        long halfMs = ceilingMs / 2;
        return Duration.ofMillis(ceilingMs - halfMs + (long) (halfMs * jitterDraw));
    }

    private void sleep(Duration backoff, NeonConnectionException failure) throws NeonConnectionException {
        try {
            sleeper.sleep(backoff);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            failure.addSuppressed(interrupted);
            throw failure;
        }
    }
}
