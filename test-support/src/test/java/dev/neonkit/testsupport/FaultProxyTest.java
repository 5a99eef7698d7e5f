package dev.neonkit.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WithTestDatabase
class FaultProxyTest {

    private final TestDatabase db;
    private FaultProxy proxy;

    FaultProxyTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeEach
    void startProxy() throws IOException {
        proxy = FaultProxy.start(db.host(), db.port());
    }

    @AfterEach
    void closeProxy() {
        proxy.close();
    }

    @Test
    void listensOnLoopbackAndBuildsUrlsThatLeadThroughIt() throws SQLException {
        assertEquals("127.0.0.1", proxy.host());
        assertTrue(proxy.port() > 0);
        String through = "//127.0.0.1:" + proxy.port() + "/" + db.name();
        assertTrue(proxy.jdbcUrl(db).startsWith("jdbc:postgresql:" + through), proxy.jdbcUrl(db));
        assertTrue(proxy.libpqUrl(db).contains("@127.0.0.1:" + proxy.port() + "/" + db.name()));

        assertEquals(db.libpqUrl().replace("@" + db.host() + ":" + db.port() + "/", "@127.0.0.1:" + proxy.port() + "/"),
                proxy.libpqUrl(db), "the same credentials, database and parameters, through the proxy");
        try (Connection connection = DriverManager.getConnection(proxy.jdbcUrl(db), db.user(), db.password())) {
            assertEquals(db.name(), connection.getCatalog());
        }
        assertEquals(1, proxy.forwardedConnections());
    }

    @Test
    void aSimpleQueryIsOneRoundTripAndTwoSequentialQueriesAreTwo() throws SQLException {
        try (Connection connection = connectThroughProxy(new Properties());
             Statement statement = connection.createStatement()) {
            proxy.resetRoundTrips();
            assertEquals(1, queryInt(statement, "SELECT 1"));
            assertEquals(1, proxy.roundTrips());

            proxy.resetRoundTrips();
            queryInt(statement, "SELECT 2");
            queryInt(statement, "SELECT 3");
            assertEquals(2, proxy.roundTrips());
        }
    }

    @Test
    void countsFlightsNotBytes() throws SQLException {
        try (Connection connection = connectThroughProxy(new Properties());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE big (payload text)");
            proxy.resetRoundTrips();
            // About 1 MB in one statement arrives in many TCP segments but is still one flight and one answer.
            String payload = "x".repeat(1_000_000);
            statement.execute("INSERT INTO big VALUES ('" + payload + "')");
            assertEquals(1, proxy.roundTrips());

            proxy.resetRoundTrips();
            try (ResultSet result = statement.executeQuery("SELECT payload FROM big")) {
                result.next();
                assertEquals(payload.length(), result.getString(1).length());
            }
            assertEquals(1, proxy.roundTrips());
        }
    }

    @Test
    void countsRoundTripsOverManyConnections() throws Exception {
        int connections = 20;
        List<Connection> open = new ArrayList<>();
        try {
            for (int i = 0; i < connections; i++) {
                open.add(connectThroughProxy(new Properties()));
            }
            assertEquals(connections, proxy.openConnections());
            assertEquals(connections, proxy.forwardedConnections());
            proxy.resetRoundTrips();

            ExecutorService pool = Executors.newFixedThreadPool(connections);
            try {
                List<Future<Integer>> answers = new ArrayList<>();
                for (Connection connection : open) {
                    answers.add(pool.submit(() -> {
                        try (Statement statement = connection.createStatement()) {
                            int sum = 0;
                            for (int q = 1; q <= 5; q++) {
                                sum += queryInt(statement, "SELECT " + q);
                            }
                            return sum;
                        }
                    }));
                }
                for (Future<Integer> answer : answers) {
                    assertEquals(15, answer.get(30, TimeUnit.SECONDS));
                }
            } finally {
                pool.shutdown();
            }
            assertEquals(connections * 5L, proxy.roundTrips());
        } finally {
            for (Connection connection : open) {
                connection.close();
            }
        }
        awaitTrue(() -> proxy.openConnections() == 0, "all proxied connections closed");
    }

    @Test
    void suspendClosesConnectionsInUseAndNewConnectionsWork() throws SQLException {
        try (Connection connection = connectThroughProxy(new Properties());
             Statement statement = connection.createStatement()) {
            assertEquals(1, queryInt(statement, "SELECT 1"));
            assertEquals(1, proxy.openConnections());

            proxy.suspend();

            assertEquals(0, proxy.openConnections());
            SQLException broken = assertThrows(SQLException.class, () -> queryInt(statement, "SELECT 1"));
            assertTrue(broken.getSQLState().startsWith("08"), "connection failure, got " + broken.getSQLState());
        }
        try (Connection fresh = connectThroughProxy(new Properties());
             Statement statement = fresh.createStatement()) {
            assertEquals(2, queryInt(statement, "SELECT 2"));
        }
        assertEquals(2, proxy.forwardedConnections());
    }

    @Test
    void refusedConnectionsFailUntilTheWindowEnds() throws SQLException {
        proxy.refuseConnectionsFor(Duration.ofHours(1));

        assertThrows(SQLException.class, () -> connectThroughProxy(new Properties()).close());
        assertEquals(1, proxy.acceptedConnections());
        assertEquals(1, proxy.refusedConnections());
        assertEquals(0, proxy.forwardedConnections());

        proxy.refuseConnectionsFor(Duration.ZERO);
        try (Connection connection = connectThroughProxy(new Properties())) {
            assertEquals(1, queryInt(connection.createStatement(), "SELECT 1"));
        }
        assertEquals(1, proxy.forwardedConnections());
    }

    @Test
    void aRefusalWindowEndsByItself() throws Exception {
        proxy.refuseConnectionsFor(Duration.ofSeconds(2));

        Connection connection = null;
        for (int attempt = 0; attempt < 100 && connection == null; attempt++) {
            try {
                connection = connectThroughProxy(new Properties());
            } catch (SQLException refused) {
                Thread.sleep(100);
            }
        }
        assertTrue(connection != null, "a connection succeeds once the window is over");
        try (Connection open = connection) {
            assertEquals(1, queryInt(open.createStatement(), "SELECT 1"));
        }
        assertTrue(proxy.refusedConnections() >= 1, "the first attempt fell in the window");
        assertEquals(1, proxy.forwardedConnections());
    }

    @Test
    void refusesExactlyTheNextConnectionsItIsToldTo() throws SQLException {
        proxy.refuseNextConnections(2);

        assertThrows(SQLException.class, () -> connectThroughProxy(new Properties()).close());
        assertThrows(SQLException.class, () -> connectThroughProxy(new Properties()).close());
        try (Connection connection = connectThroughProxy(new Properties())) {
            assertEquals(1, queryInt(connection.createStatement(), "SELECT 1"));
        }
        assertEquals(3, proxy.acceptedConnections());
        assertEquals(2, proxy.refusedConnections());
        assertEquals(1, proxy.forwardedConnections());
    }

    @Test
    void delayedConnectionsAreHeldUntilReleased() throws Exception {
        proxy.delayConnectionsFor(Duration.ofHours(1));

        CompletableFuture<Integer> firstQuery = CompletableFuture.supplyAsync(() -> {
            try (Connection connection = connectThroughProxy(new Properties())) {
                return queryInt(connection.createStatement(), "SELECT 7");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        awaitTrue(() -> proxy.acceptedConnections() == 1, "the proxy accepts the connection");
        assertEquals(0, proxy.forwardedConnections(), "held, not forwarded");
        assertEquals(1, proxy.openConnections());
        assertFalse(firstQuery.isDone());

        proxy.delayConnectionsFor(Duration.ZERO);

        assertEquals(7, firstQuery.get(30, TimeUnit.SECONDS));
        assertEquals(1, proxy.forwardedConnections());
    }

    @Test
    void aDelayWindowEndsByItself() throws Exception {
        proxy.delayConnectionsFor(Duration.ofSeconds(3));

        CompletableFuture<Integer> query = CompletableFuture.supplyAsync(() -> {
            try (Connection connection = connectThroughProxy(new Properties())) {
                return queryInt(connection.createStatement(), "SELECT 1");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        awaitTrue(() -> proxy.acceptedConnections() == 1, "the proxy accepts the connection");
        assertEquals(0, proxy.forwardedConnections(), "held while the window lasts");

        assertEquals(1, query.get(30, TimeUnit.SECONDS), "forwarded once the window ended, without a release");
        assertEquals(1, proxy.forwardedConnections());
    }

    @Test
    void suspendAlsoDropsHeldConnections() throws Exception {
        proxy.delayConnectionsFor(Duration.ofHours(1));
        CompletableFuture<Void> attempt = CompletableFuture.runAsync(() -> {
            try (Connection connection = connectThroughProxy(new Properties())) {
                connection.createStatement().execute("SELECT 1");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        awaitTrue(() -> proxy.openConnections() == 1, "the connection is held");

        proxy.suspend();

        Exception failure = assertThrows(Exception.class, () -> attempt.get(30, TimeUnit.SECONDS));
        assertTrue(failure.getCause() instanceof IllegalStateException, String.valueOf(failure));
        assertEquals(0, proxy.forwardedConnections());
        assertEquals(0, proxy.openConnections());
    }

    @Test
    void latencyKeepsRoundTripCountsAndCanExceedAClientTimeout() throws SQLException {
        try (Connection connection = connectThroughProxy(new Properties());
             Statement statement = connection.createStatement()) {
            proxy.setLatency(Duration.ofMillis(20));
            proxy.resetRoundTrips();
            assertEquals(5, queryInt(statement, "SELECT 5"));
            assertEquals(1, proxy.roundTrips());
        }

        // Two seconds each way cannot fit in a one-second read timeout.
        proxy.setLatency(Duration.ofSeconds(2));
        Properties impatient = new Properties();
        impatient.setProperty("socketTimeout", "1");
        assertThrows(SQLException.class, () -> {
            try (Connection connection = connectThroughProxy(impatient)) {
                queryInt(connection.createStatement(), "SELECT 1");
            }
        });

        proxy.setLatency(Duration.ZERO);
        try (Connection connection = connectThroughProxy(impatient)) {
            assertEquals(1, queryInt(connection.createStatement(), "SELECT 1"));
        }
        assertThrows(IllegalArgumentException.class, () -> proxy.setLatency(Duration.ofMillis(-1)));
    }

    @Test
    void forwardsAHalfCloseAndTheAnswerAfterIt() throws Exception {
        // A server that reads until the client stops sending, then answers with what it received.
        try (ServerSocket upperCaser = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             FaultProxy raw = FaultProxy.start("127.0.0.1", upperCaser.getLocalPort())) {
            CompletableFuture<Void> server = CompletableFuture.runAsync(() -> {
                try (Socket accepted = upperCaser.accept()) {
                    String received = new String(accepted.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    OutputStream out = accepted.getOutputStream();
                    out.write(received.toUpperCase().getBytes(StandardCharsets.UTF_8));
                    out.flush();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });

            try (Socket client = new Socket(raw.host(), raw.port())) {
                client.getOutputStream().write("half-closed".getBytes(StandardCharsets.UTF_8));
                client.shutdownOutput();
                assertEquals("HALF-CLOSED", readAll(client.getInputStream()));
            }
            server.get(30, TimeUnit.SECONDS);
            assertEquals(1, raw.roundTrips());
            awaitTrue(() -> raw.openConnections() == 0, "the finished connection is closed");
        }
    }

    @Test
    void closeStopsListeningAndClosesConnections() throws SQLException {
        Connection connection = connectThroughProxy(new Properties());
        try (connection) {
            proxy.close();

            assertEquals(0, proxy.openConnections());
            assertThrows(SQLException.class, () -> queryInt(connection.createStatement(), "SELECT 1"));
            assertThrows(SQLException.class, () -> connectThroughProxy(new Properties()).close());
            proxy.close();
        }
    }

    private Connection connectThroughProxy(Properties extra) throws SQLException {
        Properties properties = new Properties();
        properties.putAll(extra);
        properties.setProperty("user", db.user());
        properties.setProperty("password", db.password());
        properties.setProperty("connectTimeout", "10");
        return DriverManager.getConnection(proxy.jdbcUrl(db), properties);
    }

    private static int queryInt(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Waits for a condition another thread brings about; the bound only keeps a broken test from hanging. */
    private static void awaitTrue(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting until " + what, e);
            }
        }
    }
}
