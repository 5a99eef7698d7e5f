package dev.neonkit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neonkit.bench.RoundTripReport.Count;
import dev.neonkit.runtime.NeonDatabase;
import dev.neonkit.testsupport.FaultProxy;
import dev.neonkit.testing.NeonDatabaseTest;
import dev.neonkit.testsupport.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The round-trip counts the README reports, and the promises behind them. */
@NeonDatabaseTest
class RoundTripReportTest {

    @Test
    void everySingleRowOperationIsOneRoundTripAndTheRepositoryInsertsAThousandRowsInOne(TestDatabase database)
            throws Exception {
        List<Count> counts;
        try (FaultProxy proxy = FaultProxy.start(database.host(), database.port());
             NeonDatabase neon = BenchPool.open(proxy.libpqUrl(database))) {
            RoundTripReport.seed(neon);
            counts = new RoundTripReport(proxy, neon).countAll();
        }

        List<Count> singleRow = counts.stream().filter(count -> !count.operation().startsWith("insertAll")).toList();
        assertEquals(7 * Access.values().length, singleRow.size());
        for (Count count : singleRow) {
            assertEquals(1, count.roundTrips(), count.toString());
        }
        assertEquals(1, roundTrips(counts, BulkMethod.REPOSITORY), "one statement per chunk of 5000 rows");
        assertEquals(1, roundTrips(counts, BulkMethod.JOOQ_MULTI_ROW));
        long batch = roundTrips(counts, BulkMethod.JDBC_BATCH);
        assertTrue(batch > 1, "pgjdbc splits a keyed batch of 1000 into several flights: " + batch);
        assertEquals(2, roundTrips(counts, BulkMethod.COPY), "COPY: the statement, then the data");
    }

    private static long roundTrips(List<Count> counts, BulkMethod method) {
        return counts.stream().filter(count -> count.method().equals(method.name())).findFirst().orElseThrow()
                .roundTrips();
    }
}
