package dev.neonkit.bench;

import java.sql.SQLException;
import java.util.List;
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

/**
 * Inserts {@link #rows} rows per invocation with each {@link BulkMethod}; one operation is one batch. The table is
 * emptied before every iteration so it does not grow without bound.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Threads(1)
public class BulkInsertBenchmark {

    @Param({"REPOSITORY", "JDBC_BATCH", "COPY", "JOOQ_MULTI_ROW"})
    public BulkMethod method;

    @Param({"1000"})
    public int rows;

    private BenchDatabase database;
    private BulkInsert insert;
    private List<BenchItem> items;

    @Setup(Level.Trial)
    public void open(BenchDatabase benchDatabase) {
        database = benchDatabase;
        insert = method.open(database.neon());
        items = SampleItems.items(1, rows);
    }

    @Setup(Level.Iteration)
    public void emptyTable() throws SQLException {
        BenchSchema.truncate(database.neon().dataSource());
    }

    @Benchmark
    public List<Long> insertAll() throws SQLException {
        return insert.insertAll(items);
    }
}
