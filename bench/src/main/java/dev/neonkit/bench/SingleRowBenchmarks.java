package dev.neonkit.bench;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One operation per invocation, each borrowing a connection from the pool and returning it, for every
 * {@link Access}. Compare the scores of one method across the {@code access} parameter.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Threads(1)
public class SingleRowBenchmarks {

    /** Keys read per {@link #findAllById} call. */
    static final int KEYS_PER_FIND_ALL = 10;

    @Param({"JDBC", "REPOSITORY", "JOOQ_DSL"})
    public Access access;

    private ItemStore store;

    @Setup(Level.Trial)
    public void open(BenchDatabase database) {
        store = access.open(database.neon());
    }

    /** A thread's own slice of seeded rows, as last written, and its random source. */
    @State(Scope.Thread)
    public static class OwnRows {
        private final SplittableRandom random = new SplittableRandom(20_261_122L);
        private BenchItem[] rows;
        private int writes;

        @Setup(Level.Trial)
        public void claim(BenchDatabase database) throws SQLException {
            long first = database.claimSlice();
            List<Long> keys = new ArrayList<>(BenchDatabase.ROWS_PER_THREAD);
            for (long key = first; key < first + BenchDatabase.ROWS_PER_THREAD; key++) {
                keys.add(key);
            }
            rows = new JdbcItemStore(database.neon().dataSource()).findAllById(keys).toArray(BenchItem[]::new);
        }

        int randomIndex() {
            return random.nextInt(rows.length);
        }

        long randomSeededKey() {
            return 1 + random.nextInt(BenchDatabase.SEEDED_ROWS);
        }

        /** The row at {@code index} with new plain values, different on every call. */
        BenchItem changed(int index) {
            int n = ++writes;
            return rows[index].withValues("changed " + n, n % 1_000, BigDecimal.valueOf(n % 100_000, 2));
        }
    }

    @Benchmark
    public Optional<BenchItem> findById(OwnRows own) throws SQLException {
        return store.findById(own.randomSeededKey());
    }

    @Benchmark
    public List<BenchItem> findAllById(OwnRows own) throws SQLException {
        List<Long> keys = new ArrayList<>(KEYS_PER_FIND_ALL);
        for (int i = 0; i < KEYS_PER_FIND_ALL; i++) {
            keys.add(own.randomSeededKey());
        }
        return store.findAllById(keys);
    }

    @Benchmark
    public long count() throws SQLException {
        return store.count();
    }

    /** Adds a row per call; the table grows by the number of calls (tens of thousands per fork). */
    @Benchmark
    public BenchItem insert(OwnRows own) throws SQLException {
        return store.insert(SampleItems.item(own.randomIndex()));
    }

    @Benchmark
    public BenchItem update(OwnRows own) throws SQLException {
        int index = own.randomIndex();
        BenchItem updated = store.update(own.changed(index));
        own.rows[index] = updated;
        return updated;
    }

    /** Upsert of an existing key: the ON CONFLICT ... DO UPDATE path. */
    @Benchmark
    public BenchItem upsert(OwnRows own) throws SQLException {
        int index = own.randomIndex();
        BenchItem upserted = store.upsert(own.changed(index));
        own.rows[index] = upserted;
        return upserted;
    }

    /** Deletes a row and inserts it again (under a new key), so the table keeps its size: two statements. */
    @Benchmark
    public void deleteByIdAndReinsert(OwnRows own, Blackhole blackhole) throws SQLException {
        int index = own.randomIndex();
        BenchItem row = own.rows[index];
        blackhole.consume(store.deleteById(row.id()));
        own.rows[index] = store.insert(row);
    }
}
