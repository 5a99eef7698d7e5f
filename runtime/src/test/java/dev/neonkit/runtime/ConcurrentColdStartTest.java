package dev.neonkit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neonkit.runtime.config.PoolSettings;
import dev.neonkit.testsupport.FaultProxy;
import dev.neonkit.testsupport.WithTestDatabase;
import dev.neonkit.testsupport.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Many borrowers hitting an empty pool at once share one cold start and stay within the pool's maximum. */
@WithTestDatabase
class ConcurrentColdStartTest {
    private static final int BORROWERS = 10;
    private static final PoolSettings TWO_CONNECTIONS = new PoolSettings(2, 0, Duration.ofSeconds(10),
            Duration.ofSeconds(10), Duration.ofMinutes(30), Duration.ZERO, Duration.ofSeconds(1));

    @Test
    void simultaneousFirstBorrowsOpenNoMoreConnectionsThanThePoolHolds(TestDatabase db) throws Exception {
        ExecutorService borrowers = Executors.newFixedThreadPool(BORROWERS);
        try (FaultProxy proxy = FaultProxy.start(db.host(), db.port());
             NeonDatabase database = NeonDatabase.create(TestEndpoints.config(
                     TestEndpoints.endpoint(db, proxy.host(), proxy.port(), Map.of()), TWO_CONNECTIONS,
                     TestEndpoints.RETRY))) {
            // The compute is waking: every borrower finds the pool empty before the first connection exists.
            proxy.delayConnectionsFor(Duration.ofHours(1));
            CountDownLatch ready = new CountDownLatch(BORROWERS);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < BORROWERS; i++) {
                results.add(borrowers.submit(() -> {
                    ready.countDown();
                    return ComputeSuspendTest.selectOne(database.dataSource());
                }));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS));
            awaitHeldConnection(proxy);
            proxy.delayConnectionsFor(Duration.ZERO);

            for (Future<Integer> result : results) {
                assertEquals(1, result.get(60, TimeUnit.SECONDS));
            }
            assertTrue(proxy.acceptedConnections() <= TWO_CONNECTIONS.maximumPoolSize(),
                    "connections opened: " + proxy.acceptedConnections());
            assertTrue(database.poolStatistics().total() <= TWO_CONNECTIONS.maximumPoolSize());
        } finally {
            borrowers.shutdownNow();
        }
    }

    @Test
    void aBorrowerWaitingBehindAFailedHealthCheckRunsItsOwnColdStart(TestDatabase db) throws Exception {
        ExecutorService borrower = Executors.newSingleThreadExecutor();
        try (FaultProxy proxy = FaultProxy.start(db.host(), db.port());
             NeonDatabase database = NeonDatabase.create(TestEndpoints.config(
                     TestEndpoints.endpoint(db, proxy.host(), proxy.port(), Map.of()), TWO_CONNECTIONS,
                     TestEndpoints.RETRY))) {
            proxy.delayConnectionsFor(Duration.ofHours(1));
            // The check gives up, its single connection attempt stays in flight as the pool's cold start.
            assertEquals(HealthReport.Status.DOWN, database.health(Duration.ofMillis(100)).status());
            Future<Integer> query = borrower.submit(() -> ComputeSuspendTest.selectOne(database.dataSource()));
            Thread.sleep(200); // lets the borrower start waiting for that attempt: setup, not an assertion

            proxy.suspend(); // the health check's attempt fails
            proxy.delayConnectionsFor(Duration.ZERO);

            assertEquals(1, query.get(60, TimeUnit.SECONDS),
                    "the borrower's own retry connected; a single failed attempt was not its answer");
        } finally {
            borrower.shutdownNow();
        }
    }

    private static void awaitHeldConnection(FaultProxy proxy) throws InterruptedException {
        for (int poll = 0; poll < 3000 && proxy.openConnections() == 0; poll++) {
            Thread.sleep(10);
        }
        assertTrue(proxy.openConnections() >= 1, "a borrower is connecting");
        Thread.sleep(200); // lets the other borrowers reach the empty pool: setup, not an assertion
    }
}
