package dev.neonkit.bench;

import dev.neonkit.runtime.NeonDatabase;
import dev.neonkit.testsupport.FaultProxy;
import dev.neonkit.testsupport.TestDatabase;
import dev.neonkit.testsupport.TestPostgres;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Counts the client-to-server round trips of every benchmarked operation, through a {@link FaultProxy} between
 * the pool and the server. Unlike the timings these counts are exact and the same on every machine.
 *
 * <p>Run it with {@code java -cp bench/target/benchmarks.jar dev.neonkit.bench.RoundTripReport}; it prints a
 * Markdown table.
 */
public final class RoundTripReport {

    /**
     * Calls of an operation before the counted one: more than pgjdbc's {@code prepareThreshold} (5), so the
     * counted call runs a server-prepared statement on a pooled connection that is already open, as in a
     * running application. The calls follow each other within HikariCP's 500 ms, so no borrow is validated.
     */
    static final int WARMUP_CALLS = 6;

    /** Rows per {@code insertAll} call. */
    static final int BULK_ROWS = 1_000;

    /** The round trips of one call of {@code operation} done by {@code method}. */
    public record Count(String operation, String method, long roundTrips) {}

    /** A database call whose round trips are counted. */
    @FunctionalInterface
    interface Call {
        void run() throws SQLException;
    }

    private final FaultProxy proxy;
    private final NeonDatabase neon;

    /** @param neon a pool whose connections go through {@code proxy}, on a database with the seeded table */
    RoundTripReport(FaultProxy proxy, NeonDatabase neon) {
        this.proxy = proxy;
        this.neon = neon;
    }

    public static void main(String[] args) throws IOException, SQLException {
        try (TestDatabase database = TestPostgres.shared().createDatabase("round_trips");
             FaultProxy proxy = FaultProxy.start(database.host(), database.port());
             NeonDatabase neon = BenchPool.open(proxy.libpqUrl(database))) {
            seed(neon);
            System.out.println("| Operation | Method | Round trips |");
            System.out.println("|---|---|---:|");
            for (Count count : new RoundTripReport(proxy, neon).countAll()) {
                System.out.printf("| %s | %s | %d |%n", count.operation(), count.method(), count.roundTrips());
            }
        }
    }

    /** Creates the table and loads the seeded rows, as {@link BenchDatabase} does. */
    static void seed(NeonDatabase neon) throws SQLException {
        BenchSchema.create(neon.dataSource());
        new CopyBulkInsert(neon.dataSource()).insertAll(SampleItems.items(1, BenchDatabase.SEEDED_ROWS));
        BenchSchema.analyze(neon.dataSource());
    }

    /** Every single-row operation for every {@link Access}, then {@code insertAll} for every {@link BulkMethod}. */
    List<Count> countAll() throws SQLException {
        List<Count> counts = new ArrayList<>();
        for (Access access : Access.values()) {
            counts.addAll(singleRow(access.name(), access.open(neon)));
        }
        List<BenchItem> items = SampleItems.items(1, BULK_ROWS);
        for (BulkMethod method : BulkMethod.values()) {
            BulkInsert insert = method.open(neon);
            counts.add(new Count("insertAll (" + BULK_ROWS + " rows)", method.name(),
                    count(() -> insert.insertAll(items))));
        }
        return counts;
    }

    private List<Count> singleRow(String method, ItemStore store) throws SQLException {
        List<Long> tenKeys = List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        BenchItem[] row = {store.findById(100).orElseThrow()};
        Deque<Long> deletable = new ArrayDeque<>();
        for (int i = 0; i <= WARMUP_CALLS; i++) {
            deletable.add(store.insert(SampleItems.item(i)).id());
        }
        int[] writes = {0};
        return List.of(
                new Count("findById", method, count(() -> store.findById(1))),
                new Count("findAllById (10 keys)", method, count(() -> store.findAllById(tenKeys))),
                new Count("count", method, count(store::count)),
                new Count("insert", method, count(() -> store.insert(SampleItems.item(1)))),
                new Count("update", method, count(() -> {
                    writes[0]++;
                    row[0] = store.update(row[0].withValues("changed " + writes[0], writes[0], row[0].price()));
                })),
                new Count("upsert", method, count(() -> {
                    writes[0]++;
                    row[0] = store.upsert(row[0].withValues("upserted " + writes[0], writes[0], row[0].price()));
                })),
                new Count("deleteById", method, count(() -> store.deleteById(deletable.remove()))));
    }

    private long count(Call call) throws SQLException {
        for (int i = 0; i < WARMUP_CALLS; i++) {
            call.run();
        }
        proxy.resetRoundTrips();
        call.run();
        return proxy.roundTrips();
    }
}
