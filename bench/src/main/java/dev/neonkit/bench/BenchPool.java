package dev.neonkit.bench;

import dev.neonkit.runtime.NeonDatabase;
import java.util.Map;

/** The one pool every side of a benchmark borrows from: a {@link NeonDatabase} configured as an application's. */
public final class BenchPool {

    /**
     * Pool size for the benchmarks: more connections than benchmark threads, so no thread waits for a connection
     * and the figures measure the statements, not the queue.
     */
    static final int POOL_SIZE = 8;

    private BenchPool() {}

    /** A {@code NeonDatabase} for {@code databaseUrl} (a libpq URI, as {@code DATABASE_URL} holds). */
    public static NeonDatabase open(String databaseUrl) {
        return NeonDatabase.fromEnvironment(Map.of(
                "DATABASE_URL", databaseUrl,
                "NEONKIT_POOL_SIZE", Integer.toString(POOL_SIZE),
                "NEONKIT_APPLICATION_NAME", "neonkit-bench"));
    }
}
