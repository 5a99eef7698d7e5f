package dev.neonkit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neonkit.runtime.config.EndpointKind;
import dev.neonkit.testsupport.FaultProxy;
import dev.neonkit.testsupport.WithTestDatabase;
import dev.neonkit.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@WithTestDatabase
class HealthTest {

    @Test
    void upReportsTheServerVersionAndThePool(TestDatabase db) throws Exception {
        String serverVersion;
        try (Connection admin = db.connect(); Statement statement = admin.createStatement();
             ResultSet version = statement.executeQuery("SHOW server_version")) {
            version.next();
            serverVersion = version.getString(1);
        }
        try (NeonDatabase database = NeonDatabase.create(TestEndpoints.config(TestEndpoints.endpoint(db)))) {
            HealthReport report = database.health();

            assertEquals(HealthReport.Status.UP, report.status());
            assertTrue(report.up());
            assertEquals(Optional.of(serverVersion), report.serverVersion());
            assertEquals(EndpointKind.DIRECT, report.kind());
            assertEquals("direct " + db.user() + "@" + db.host() + ":" + db.port() + "/" + db.name(), report.endpoint());
            assertEquals(new PoolStatistics(0, 1, 1, 0, TestEndpoints.POOL.maximumPoolSize()), report.pool(),
                    "the connection of the check went back to the pool");
            assertEquals(Optional.empty(), report.failure());
            assertEquals(Optional.empty(), report.advice());
            assertFalse(report.latency().isNegative());
        }
    }

    @Test
    void downOnAClosedPortWithoutThrowing(TestDatabase db) {
        int closedPort = TestEndpoints.closedPort();
        try (NeonDatabase database = NeonDatabase.create(TestEndpoints.config(
                TestEndpoints.endpoint(db, "127.0.0.1", closedPort, Map.of())))) {
            HealthReport report = database.health();

            assertEquals(HealthReport.Status.DOWN, report.status());
            assertEquals(Optional.of(ConnectionFailure.REFUSED_OR_TIMED_OUT), report.failure());
            assertEquals(Optional.of(ConnectionFailure.REFUSED_OR_TIMED_OUT.advice()), report.advice());
            assertTrue(report.message().orElseThrow().contains("127.0.0.1:" + closedPort), report.message().get());
            assertEquals(Optional.empty(), report.serverVersion());
            assertEquals(0, report.pool().total());
        }
    }

    @Test
    void givesUpAtItsDeadlineWhileTheComputeDoesNotAnswer(TestDatabase db) throws Exception {
        try (FaultProxy proxy = FaultProxy.start(db.host(), db.port());
             NeonDatabase database = NeonDatabase.create(TestEndpoints.config(
                     TestEndpoints.endpoint(db, proxy.host(), proxy.port(), Map.of())))) {
            proxy.delayConnectionsFor(Duration.ofSeconds(30)); // a compute that does not wake up

            HealthReport report = database.health(Duration.ofMillis(300));

            assertEquals(HealthReport.Status.DOWN, report.status());
            assertEquals(Optional.of(ConnectionFailure.REFUSED_OR_TIMED_OUT), report.failure());
            assertTrue(report.message().orElseThrow().contains("no answer within the health check's 300 ms"),
                    report.message().get());
            proxy.delayConnectionsFor(Duration.ZERO);
        }
    }

    @Test
    void repeatedChecksAgainstAComputeThatDoesNotAnswerShareOneProbe(TestDatabase db) throws Exception {
        try (FaultProxy proxy = FaultProxy.start(db.host(), db.port());
             NeonDatabase database = NeonDatabase.create(TestEndpoints.config(
                     TestEndpoints.endpoint(db, proxy.host(), proxy.port(), Map.of())))) {
            proxy.delayConnectionsFor(Duration.ofHours(1)); // a compute that never answers
            long probeThreadsBefore = probeThreads();

            for (int check = 1; check <= 5; check++) {
                HealthReport report = database.health(Duration.ofMillis(100));
                assertEquals(HealthReport.Status.DOWN, report.status(), "check " + check);
            }

            assertEquals(1, probeThreads() - probeThreadsBefore, "one probe in flight, not one per check");
            assertEquals(1, proxy.acceptedConnections(), "one connection attempt, not one per check");
        }
    }

    private static long probeThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && thread.getName().startsWith("neonkit-health"))
                .count();
    }

    @Test
    void downForAMissingDatabaseNamesIt(TestDatabase db) {
        var endpoint = TestEndpoints.endpoint(db);
        var missing = new dev.neonkit.runtime.config.Endpoint(endpoint.host(), endpoint.port(), db.name() + "_missing",
                endpoint.user(), endpoint.password(), endpoint.kind(), false, endpoint.driverProperties());
        try (NeonDatabase database = NeonDatabase.create(TestEndpoints.config(missing))) {
            HealthReport report = database.health();

            assertEquals(Optional.of(ConnectionFailure.DATABASE_NOT_FOUND), report.failure());
            assertTrue(report.message().orElseThrow().contains(db.name() + "_missing"));
        }
    }
}
