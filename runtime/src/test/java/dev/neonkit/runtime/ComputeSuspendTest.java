package dev.neonkit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neonkit.runtime.config.RetrySettings;
import dev.neonkit.testsupport.FaultProxy;
import dev.neonkit.testsupport.WithTestDatabase;
import dev.neonkit.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * What a Neon compute does to a pool, reproduced with a fault-injecting proxy: it closes every connection when
 * it scales to zero, and refuses connections while it is down.
 */
@WithTestDatabase
class ComputeSuspendTest {

    @Test
    void requestAfterSuspendWhileIdleSucceedsOnANewConnection(TestDatabase db) throws Exception {
        try (FaultProxy proxy = FaultProxy.start(db.host(), db.port());
             NeonDatabase database = NeonDatabase.create(TestEndpoints.config(
                     TestEndpoints.endpoint(db, proxy.host(), proxy.port(), Map.of())))) {
            assertEquals(1, selectOne(database.dataSource()));
            assertEquals(1, proxy.acceptedConnections());

            Thread.sleep(600); // idle past HikariCP's 500 ms bypass window: setup, not an assertion
            proxy.suspend();

            assertEquals(1, selectOne(database.dataSource()));
            assertEquals(2, proxy.acceptedConnections(), "the dead connection was replaced by a new one");
            assertEquals(1, database.poolStatistics().total());
        }
    }

    @Test
    void firstRequestWhileTheComputeRefusesConnectionsSucceedsOnceItIsUp(TestDatabase db) throws Exception {
        AtomicInteger retries = new AtomicInteger();
        try (FaultProxy proxy = FaultProxy.start(db.host(), db.port());
             NeonDatabase database = NeonDatabase.create(TestEndpoints.config(
                     TestEndpoints.endpoint(db, proxy.host(), proxy.port(), Map.of())),
                     (attempt, failure, backoff) -> retries.incrementAndGet())) {
            proxy.refuseNextConnections(3);

            assertEquals(1, selectOne(database.dataSource()));

            assertEquals(3, retries.get(), "each refused attempt was retried");
            assertEquals(3, proxy.refusedConnections());
            assertEquals(4, proxy.acceptedConnections(), "only one connection was opened once the compute was up");
        }
    }

    @Test
    void firstRequestWhileTheComputeRefusesConnectionsForThreeSecondsSucceedsAfterwards(TestDatabase db)
            throws Exception {
        // The retry's shortest total wait (half of 500 ms + 1 s + 2 s x 6, with jitter) is well over the window.
        RetrySettings outlastingTheWindow = new RetrySettings(8, Duration.ofMillis(500), Duration.ofSeconds(2));
        AtomicInteger retries = new AtomicInteger();
        try (FaultProxy proxy = FaultProxy.start(db.host(), db.port());
             NeonDatabase database = NeonDatabase.create(TestEndpoints.config(
                     TestEndpoints.endpoint(db, proxy.host(), proxy.port(), Map.of()), TestEndpoints.POOL,
                     outlastingTheWindow), (attempt, failure, backoff) -> retries.incrementAndGet())) {
            proxy.refuseConnectionsFor(Duration.ofSeconds(3));

            assertEquals(1, selectOne(database.dataSource()));

            assertTrue(proxy.refusedConnections() >= 1, "the proxy refused at least one attempt");
            assertEquals(proxy.refusedConnections() + 1, proxy.acceptedConnections(),
                    "every refused attempt was retried until one got through, and only one connection was opened");
            assertEquals(retries.get(), proxy.refusedConnections());
        }
    }

    @Test
    void firstConnectionClosedByTheComputeFailsAsConnectionLostOnceTheRetriesAreUsedUp(TestDatabase db)
            throws Exception {
        try (FaultProxy proxy = FaultProxy.start(db.host(), db.port());
             NeonDatabase database = NeonDatabase.create(TestEndpoints.config(
                     TestEndpoints.endpoint(db, proxy.host(), proxy.port(), Map.of()), TestEndpoints.POOL,
                     new RetrySettings(2, Duration.ofMillis(10), Duration.ofMillis(10))))) {
            // The proxy accepts and then closes each connection: the driver sees the connection lost, not refused.
            proxy.refuseNextConnections(10);

            NeonConnectionException failure = assertThrows(NeonConnectionException.class,
                    () -> database.dataSource().getConnection());

            assertTrue(failure.transientFailure());
            assertEquals(ConnectionFailure.CONNECTION_LOST, failure.failure());
            assertEquals(2, proxy.refusedConnections(), "two attempts, as configured");
        }
    }

    @Test
    void firstConnectionToAClosedPortFailsAsRefusedOnceTheRetriesAreUsedUp(TestDatabase db) {
        AtomicInteger retries = new AtomicInteger();
        try (NeonDatabase database = NeonDatabase.create(TestEndpoints.config(
                TestEndpoints.endpoint(db, "127.0.0.1", TestEndpoints.closedPort(), Map.of()), TestEndpoints.POOL,
                new RetrySettings(3, Duration.ofMillis(10), Duration.ofMillis(10))),
                (attempt, failure, backoff) -> retries.incrementAndGet())) {

            NeonConnectionException failure = assertThrows(NeonConnectionException.class,
                    () -> database.dataSource().getConnection());

            assertEquals(ConnectionFailure.REFUSED_OR_TIMED_OUT, failure.failure());
            assertTrue(failure.transientFailure(), "a refused connection is what a waking compute shows");
            assertEquals(2, retries.get(), "three attempts, as configured, then the failure");
        }
    }

    static int selectOne(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet one = statement.executeQuery("SELECT 1")) {
            one.next();
            return one.getInt(1);
        }
    }
}
