package dev.neonkit.runtime.config;

import java.time.Duration;

/**
 * Bounded exponential backoff with jitter for acquiring a connection while a compute wakes up.
 *
 * @param maxAttempts    total attempts, the first included (1 = no retry)
 * @param initialBackoff wait before the second attempt
 * @param maxBackoff     upper bound of any single wait
 */
public record RetrySettings(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
    public RetrySettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
        }
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("backoff must satisfy 0 <= initialBackoff <= maxBackoff");
        }
    }
}
