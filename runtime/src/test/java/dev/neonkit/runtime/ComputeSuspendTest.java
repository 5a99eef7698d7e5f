package dev.neonkit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neonkit.testing.FaultProxy;
import dev.neonkit.testing.NeonDatabaseTest;
import dev.neonkit.testing.TestDatabase;
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
@NeonDatabaseTest
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
            proxy.refuseConnectionsFor(Duration.ofSeconds(3));

            assertEquals(1, selectOne(database.dataSource()));

            assertTrue(retries.get() >= 1, "the cold-start retry ran");
            assertTrue(proxy.refusedConnections() >= 1, "the proxy refused at least one attempt");
            assertEquals(proxy.refusedConnections() + 1, proxy.acceptedConnections(),
                    "every refused attempt was retried until one got through, and only one connection was opened");
            assertEquals(retries.get(), proxy.refusedConnections());
        }
    }

    @Test
    void refusedFirstConnectionWithoutRetryBudgetFailsClassified(TestDatabase db) throws Exception {
        try (FaultProxy proxy = FaultProxy.start(db.host(), db.port());
             NeonDatabase database = NeonDatabase.create(new dev.neonkit.runtime.config.NeonConfig(
                     TestEndpoints.endpoint(db, proxy.host(), proxy.port(), Map.of()), java.util.Optional.empty(),
                     TestEndpoints.endpoint(db), TestEndpoints.POOL,
                     new dev.neonkit.runtime.config.RetrySettings(2, Duration.ofMillis(10), Duration.ofMillis(10)),
                     false))) {
            proxy.refuseConnectionsFor(Duration.ofSeconds(30));

            NeonConnectionException failure = org.junit.jupiter.api.Assertions.assertThrows(
                    NeonConnectionException.class, () -> database.dataSource().getConnection());

            assertTrue(failure.transientFailure());
            assertEquals(ConnectionFailure.CONNECTION_LOST, failure.failure());
            assertEquals(2, proxy.refusedConnections(), "two attempts, as configured");
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
