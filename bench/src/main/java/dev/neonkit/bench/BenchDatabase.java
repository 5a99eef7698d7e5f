package dev.neonkit.bench;

import dev.neonkit.runtime.NeonDatabase;
import dev.neonkit.testsupport.TestDatabase;
import dev.neonkit.testsupport.TestPostgres;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The database of one benchmark fork: a fresh database on {@link TestPostgres}'s server (embedded PostgreSQL 17
 * unless {@code NEONKIT_TEST_DATABASE_URL} names another), the {@code bench_item} table with
 * {@value #SEEDED_ROWS} rows (keys 1 to {@value #SEEDED_ROWS}), and the {@link NeonDatabase} pool that every side
 * of the benchmark borrows from.
 */
@State(Scope.Benchmark)
public class BenchDatabase {

    /** Rows loaded before the measurement; keys 1 to this number. */
    public static final int SEEDED_ROWS = 10_000;

    /** Seeded rows each benchmark thread owns, so writers on different threads never touch the same row. */
    public static final int ROWS_PER_THREAD = 1_000;

    private final AtomicInteger claimedSlices = new AtomicInteger();
    private TestDatabase database;
    private NeonDatabase neon;

    @Setup(Level.Trial)
    public void start() throws SQLException {
        database = TestPostgres.shared().createDatabase("bench");
        neon = BenchPool.open(database.libpqUrl());
        BenchSchema.create(neon.dataSource());
        new CopyBulkInsert(neon.dataSource()).insertAll(SampleItems.items(1, SEEDED_ROWS));
        BenchSchema.analyze(neon.dataSource());
    }

    @TearDown(Level.Trial)
    public void stop() {
        if (neon != null) {
            neon.close();
        }
        if (database != null) {
            database.close();
        }
    }

    /** The pool shared by every side. */
    public NeonDatabase neon() {
        return neon;
    }

    /**
     * The first key of a slice of {@value #ROWS_PER_THREAD} seeded rows that no other thread gets.
     *
     * @throws IllegalStateException when more threads ask than there are slices
     */
    public long claimSlice() {
        int slice = claimedSlices.getAndIncrement();
        if ((slice + 1) * ROWS_PER_THREAD > SEEDED_ROWS) {
            throw new IllegalStateException("At most " + SEEDED_ROWS / ROWS_PER_THREAD
                    + " benchmark threads are supported; run with fewer threads (-t)");
        }
        return 1L + (long) slice * ROWS_PER_THREAD;
    }
}
