package dev.neonkit.runtime;

/**
 * A snapshot of one connection pool.
 *
 * @param active  connections lent out
 * @param idle    connections open and waiting in the pool
 * @param total   {@code active + idle}
 * @param waiting threads waiting for a connection
 * @param maximum the pool's maximum size
 */
public record PoolStatistics(int active, int idle, int total, int waiting, int maximum) {
    public PoolStatistics {
        if (active < 0 || idle < 0 || total < 0 || waiting < 0 || maximum < 0) {
            throw new IllegalArgumentException("pool statistics cannot be negative");
        }
    }
}
