package dev.neonkit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.neonkit.runtime.config.Endpoint;
import dev.neonkit.runtime.config.RetrySettings;
import dev.neonkit.runtime.config.Secret;
import dev.neonkit.runtime.internal.pool.EndpointConnector;
import dev.neonkit.runtime.internal.pool.EndpointPool;
import dev.neonkit.testing.NeonDatabaseTest;
import dev.neonkit.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One pool per URL and user per process, and the pool settings as HikariCP applies them. */
@NeonDatabaseTest
class PoolSharingTest {

    @Test
    void instancesForTheSameUrlShareOnePoolUntilTheLastCloses(TestDatabase db) throws Exception {
        Map<String, String> env = Map.of("DATABASE_URL", db.libpqUrl());
        NeonDatabase first = NeonDatabase.fromEnvironment(env);
        NeonDatabase second = NeonDatabase.fromEnvironment(env);
        HikariDataSource hikari = ((EndpointPool) first.dataSource()).hikari();

        assertSame(first.dataSource(), second.dataSource());
        assertSame(first.dataSource(), first.readDataSource(), "without a replica, reads use the primary's pool");

        first.close();
        assertEquals(1, ComputeSuspendTest.selectOne(second.dataSource()), "the pool outlives the first instance");
        assertThrows(IllegalStateException.class, first::dataSource);

        second.close();
        assertTrue(hikari.isClosed(), "the last instance closed the pool");
        try (NeonDatabase third = NeonDatabase.fromEnvironment(env)) {
            assertNotSame(hikari, ((EndpointPool) third.dataSource()).hikari(), "a new instance opens a new pool");
        }
    }

    @Test
    void aSecondInstanceWithAnotherPasswordForAnOpenPoolIsRefused(TestDatabase db) {
        Endpoint endpoint = TestEndpoints.endpoint(db);
        Endpoint otherPassword = new Endpoint(endpoint.host(), endpoint.port(), endpoint.database(), endpoint.user(),
                Secret.of("another-password"), endpoint.kind(), false, endpoint.driverProperties());
        try (NeonDatabase open = NeonDatabase.create(TestEndpoints.config(endpoint))) {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> NeonDatabase.create(TestEndpoints.config(otherPassword)));
            assertTrue(refused.getMessage().contains("different password"), refused.getMessage());
            assertTrue(!refused.getMessage().contains("another-password"));
        }
    }

    @Test
    void aSecondInstanceWithOtherRetrySettingsIsToldThatThePoolKeepsItsOwn(TestDatabase db) {
        Endpoint endpoint = TestEndpoints.endpoint(db);
        RetrySettings other = new RetrySettings(2, Duration.ofMillis(50), Duration.ofMillis(50));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        try (NeonDatabase first = NeonDatabase.create(TestEndpoints.config(endpoint))) {
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8)); // slf4j-simple writes to System.err
            try (NeonDatabase second = NeonDatabase.create(TestEndpoints.config(endpoint, TestEndpoints.POOL, other))) {
                assertSame(first.dataSource(), second.dataSource());
            } finally {
                System.setErr(originalErr);
            }
        }
        String logged = log.toString(StandardCharsets.UTF_8);
        assertTrue(logged.contains("WARN") && logged.contains("its cold-start retry " + TestEndpoints.RETRY
                + " stays in force, not " + other), logged);
    }

    @Test
    void hikariGetsTheEndpointAndPoolSettings(TestDatabase db) {
        try (NeonDatabase database = NeonDatabase.fromEnvironment(Map.of("DATABASE_URL", db.libpqUrl(),
                "NEONKIT_MIN_IDLE", "1", "NEONKIT_KEEPALIVE", "45s"))) {
            HikariDataSource hikari = ((EndpointPool) database.dataSource()).hikari();
            Endpoint primary = database.config().primary();

            // Every physical connection comes from the endpoint's connector; the pool's configuration holds no password.
            EndpointConnector connector = (EndpointConnector) hikari.getDataSource();
            assertEquals(primary, connector.endpoint());
            assertEquals(null, hikari.getPassword());
            assertEquals("neonkit-direct-" + db.host() + "-" + db.name(), hikari.getPoolName());
            var pool = database.config().pool();
            assertEquals(pool.maximumPoolSize(), hikari.getMaximumPoolSize());
            assertEquals(1, hikari.getMinimumIdle());
            assertEquals(pool.connectionTimeout().toMillis(), hikari.getConnectionTimeout());
            assertEquals(pool.idleTimeout().toMillis(), hikari.getIdleTimeout());
            assertEquals(pool.maxLifetime().toMillis(), hikari.getMaxLifetime());
            assertEquals(45_000, hikari.getKeepaliveTime());
            assertEquals(pool.validationTimeout().toMillis(), hikari.getValidationTimeout());
            assertEquals(-1, hikari.getInitializationFailTimeout());
            assertEquals(null, hikari.getConnectionTestQuery());
        }
    }

    @Test
    void serverlessDefaultsCapThePoolAtTwoConnections(TestDatabase db) throws Exception {
        Map<String, String> env = Map.of("DATABASE_URL", db.libpqUrl(), "NEONKIT_SERVERLESS", "true",
                "NEONKIT_CONNECTION_TIMEOUT", "500ms", "NEONKIT_VALIDATION_TIMEOUT", "250ms");
        try (NeonDatabase database = NeonDatabase.fromEnvironment(env)) {
            assertTrue(database.config().serverless());
            HikariDataSource hikari = ((EndpointPool) database.dataSource()).hikari();
            assertEquals(2, hikari.getMaximumPoolSize());
            assertEquals(0, hikari.getMinimumIdle());

            List<Connection> held = new ArrayList<>();
            try {
                held.add(database.dataSource().getConnection());
                held.add(database.dataSource().getConnection());
                NeonConnectionException third = assertThrows(NeonConnectionException.class,
                        () -> database.dataSource().getConnection());
                assertEquals(ConnectionFailure.POOL_TIMEOUT, third.failure());
                assertEquals(new PoolStatistics(2, 0, 2, 0, 2), database.poolStatistics());
            } finally {
                for (Connection connection : held) {
                    connection.close();
                }
            }
        }
    }

    @Test
    void anInstancePerInvocationLeavesNoConnectionOpen(TestDatabase db) throws Exception {
        Map<String, String> env = Map.of("DATABASE_URL", db.libpqUrl(), "NEONKIT_SERVERLESS", "true",
                "NEONKIT_APPLICATION_NAME", "per-invocation");
        for (int invocation = 1; invocation <= 3; invocation++) {
            try (NeonDatabase database = NeonDatabase.fromEnvironment(env)) {
                assertEquals(1, ComputeSuspendTest.selectOne(database.dataSource()));
            }
            assertEquals(0, openConnections(db, "per-invocation"), "invocation " + invocation + " closed its pool");
        }
    }

    private static int openConnections(TestDatabase db, String applicationName) throws Exception {
        try (Connection admin = db.connect();
             PreparedStatement count = admin.prepareStatement(
                     "SELECT count(*) FROM pg_stat_activity WHERE application_name = ?")) {
            count.setString(1, applicationName);
            for (int poll = 0; poll < 500; poll++) { // a closed backend leaves pg_stat_activity shortly after
                try (ResultSet result = count.executeQuery()) {
                    result.next();
                    if (result.getInt(1) == 0) {
                        return 0;
                    }
                }
                Thread.sleep(10);
            }
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
