package dev.neonkit.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TCP proxy between a client and a PostgreSQL server that counts round trips and injects the faults a Neon
 * compute shows: connections closed when it scales to zero, a compute that is down, one that is waking up, and
 * network latency.
 *
 * <pre>{@code
 * try (FaultProxy proxy = FaultProxy.start(db.host(), db.port())) {
 *     try (Connection connection = DriverManager.getConnection(proxy.jdbcUrl(db), db.user(), db.password())) {
 *         proxy.resetRoundTrips();
 *         connection.createStatement().execute("SELECT 1");
 *         assertEquals(1, proxy.roundTrips());
 *
 *         proxy.suspend();                                   // the compute scaled to zero
 *         assertThrows(SQLException.class, () -> connection.createStatement().execute("SELECT 1"));
 *     }
 *     proxy.delayConnectionsFor(Duration.ofMillis(500));     // the next connections wait for a waking compute
 * }
 * }</pre>
 *
 * <p>A <em>round trip</em> is a client-to-server flight: it starts on a connection's first send from the client,
 * and again whenever the client sends after the server last sent. A query that pgjdbc sends in one flight and that
 * the server answers counts 1, however many TCP segments carry it. The counters are exact and thread-safe.
 *
 * <p>All fault settings apply at once, may be changed at any time from any thread, and a zero duration switches
 * them off. Each accepted connection uses two daemon threads.
 */
public final class FaultProxy implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FaultProxy.class);
    private static final AtomicInteger PROXY_NUMBERS = new AtomicInteger();
    private static final int CONNECT_TIMEOUT_MS = 10_000;
    private static final int BUFFER_BYTES = 16 * 1024;

    private final InetSocketAddress target;
    private final ServerSocket listener;
    private final ExecutorService threads;
    private final Set<ProxiedConnection> connections = ConcurrentHashMap.newKeySet();

    private final AtomicLong roundTrips = new AtomicLong();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong forwarded = new AtomicLong();

    private volatile long latencyNanos;
    /** Guards the refusal and delay settings below, and held connections wait on it. */
    private final Object gate = new Object();
    private long refuseUntilNanos = System.nanoTime();
    private int refuseNext;
    private long delayUntilNanos = System.nanoTime();
    private volatile boolean closed;

    private FaultProxy(InetSocketAddress target, ServerSocket listener) {
        this.target = target;
        this.listener = listener;
        int number = PROXY_NUMBERS.incrementAndGet();
        AtomicInteger threadNumbers = new AtomicInteger();
        ThreadFactory daemons = runnable -> {
            Thread thread = new Thread(runnable, "neonkit-fault-proxy-" + number + "-" + threadNumbers.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.threads = Executors.newCachedThreadPool(daemons);
    }

    /**
     * Starts a proxy on {@code 127.0.0.1} and an ephemeral port that forwards every connection to the target.
     *
     * @param targetHost host of the PostgreSQL server, for example {@link TestDatabase#host()}
     * @param targetPort its port
     * @throws IOException if no local port can be opened
     */
    public static FaultProxy start(String targetHost, int targetPort) throws IOException {
        Objects.requireNonNull(targetHost, "targetHost");
        ServerSocket listener = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        FaultProxy proxy = new FaultProxy(new InetSocketAddress(targetHost, targetPort), listener);
        proxy.threads.execute(proxy::acceptLoop);
        LOG.debug("Fault proxy listening on {}:{} for {}:{}", proxy.host(), proxy.port(), targetHost, targetPort);
        return proxy;
    }

    /** The address clients connect to: {@code 127.0.0.1}. */
    public String host() {
        return listener.getInetAddress().getHostAddress();
    }

    /** The port clients connect to. */
    public int port() {
        return listener.getLocalPort();
    }

    /**
     * The database's {@link TestDatabase#jdbcUrl()}, but through this proxy: same database and parameters, the
     * proxy's host and port. Like the original it carries no credentials.
     *
     * <p>The proxy relays bytes and does not terminate TLS, so host-name verification ({@code sslmode=verify-full})
     * and TLS SNI see {@code 127.0.0.1}; a server that routes by SNI, as Neon's proxy does, cannot be reached
     * through it.
     */
    public String jdbcUrl(TestDatabase database) {
        return ServerUrls.jdbc(host(), port(), database.name(), database.endpoint().driverProperties());
    }

    /**
     * The database's {@link TestDatabase#libpqUrl()}, but through this proxy: what {@code DATABASE_URL} would hold
     * for an application whose traffic should pass the proxy. It contains the password; do not log it.
     */
    public String libpqUrl(TestDatabase database) {
        ServerEndpoint endpoint = database.endpoint();
        return ServerUrls.libpq(endpoint.user(), endpoint.password(), host(), port(), database.name(),
                endpoint.driverProperties());
    }

    /** Client-to-server flights since the start or the last {@link #resetRoundTrips()}, over all connections. */
    public long roundTrips() {
        return roundTrips.get();
    }

    /** Sets {@link #roundTrips()} back to zero. */
    public void resetRoundTrips() {
        roundTrips.set(0);
    }

    /** TCP connections the proxy accepted, including those it then refused or held. */
    public long acceptedConnections() {
        return accepted.get();
    }

    /**
     * Accepted connections that were closed at once because of {@link #refuseConnectionsFor(Duration)} or
     * {@link #refuseNextConnections(int)}.
     */
    public long refusedConnections() {
        return refused.get();
    }

    /** Accepted connections that reached the target server (after any {@linkplain #delayConnectionsFor delay}). */
    public long forwardedConnections() {
        return forwarded.get();
    }

    /** Client connections open right now: being held, or forwarding. */
    public int openConnections() {
        return connections.size();
    }

    /**
     * Delays every chunk of bytes by {@code oneWay} before forwarding it, in both directions, so a round trip
     * takes at least twice as long. {@link Duration#ZERO} removes the latency.
     */
    public void setLatency(Duration oneWay) {
        latencyNanos = requireNonNegative(oneWay, "oneWay").toNanos();
    }

    /**
     * Closes every open connection now, as Neon does when a compute scales to zero: the client's next use of such a
     * connection fails, and new connections work.
     */
    public void suspend() {
        for (ProxiedConnection connection : Set.copyOf(connections)) {
            connection.close();
        }
        synchronized (gate) {
            gate.notifyAll();
        }
    }

    /**
     * For the given time, closes each new connection right after accepting it (a compute that is down). Open
     * connections are not affected. {@link Duration#ZERO} ends the window.
     */
    public void refuseConnectionsFor(Duration duration) {
        long until = System.nanoTime() + requireNonNegative(duration, "duration").toNanos();
        synchronized (gate) {
            refuseUntilNanos = until;
        }
    }

    /**
     * Closes each of the next {@code count} new connections right after accepting it, then accepts again: a compute
     * that is down for exactly that many attempts, whatever their timing. Replaces an earlier count; {@code 0} ends
     * it. Works alongside {@link #refuseConnectionsFor(Duration)}: a connection is refused if either says so.
     */
    public void refuseNextConnections(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, got " + count);
        }
        synchronized (gate) {
            refuseNext = count;
        }
    }

    /**
     * For the given time, holds each new connection without connecting it to the server (a waking compute); when
     * the time is up the held connections are forwarded. {@link Duration#ZERO} releases them at once.
     */
    public void delayConnectionsFor(Duration duration) {
        long until = System.nanoTime() + requireNonNegative(duration, "duration").toNanos();
        synchronized (gate) {
            delayUntilNanos = until;
            gate.notifyAll();
        }
    }

    /** Stops listening and closes every connection. Calling it again does nothing. */
    @Override
    public void close() {
        closed = true;
        try {
            listener.close();
        } catch (IOException e) {
            LOG.debug("Closing the fault proxy listener failed", e);
        }
        suspend();
        threads.shutdown();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("Fault proxy stopped accepting connections: {}", e.getMessage());
                }
                return;
            }
            accepted.incrementAndGet();
            if (refusingNow()) {
                refused.incrementAndGet();
                abort(client);
                continue;
            }
            ProxiedConnection connection = new ProxiedConnection(client);
            connections.add(connection);
            if (closed) {
                // close() may have swept the open connections just before this one was added.
                connection.close();
                return;
            }
            threads.execute(connection::run);
        }
    }

    private boolean refusingNow() {
        synchronized (gate) {
            if (refuseNext > 0) {
                refuseNext--;
                return true;
            }
            return System.nanoTime() - refuseUntilNanos < 0;
        }
    }

    /** Waits while new connections are delayed; false if the connection was closed meanwhile. */
    private boolean awaitDelayWindow(ProxiedConnection connection) throws InterruptedException {
        synchronized (gate) {
            long remaining;
            while ((remaining = delayUntilNanos - System.nanoTime()) > 0 && !connection.isClosed()) {
                TimeUnit.NANOSECONDS.timedWait(gate, remaining);
            }
            return !connection.isClosed();
        }
    }

    private void applyLatency() throws InterruptedException {
        long nanos = latencyNanos;
        if (nanos > 0) {
            TimeUnit.NANOSECONDS.sleep(nanos);
        }
    }

    private static Duration requireNonNegative(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, got " + duration);
        }
        return duration;
    }

    /** Closes with a TCP reset, as a refused connection looks to a client that already connected. */
    private static void abort(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
        } catch (SocketException e) {
            // Already broken; closing is all that is left.
        }
        closeQuietly(socket);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.trace("Closing a proxied socket failed", e);
        }
    }

    /** One client connection and, once forwarded, its connection to the server. */
    private final class ProxiedConnection {

        private final Socket client;
        private final Socket server = new Socket();
        /** True from the client's first byte until the server answers: the current flight is already counted. */
        private boolean clientSentLast;
        private int openDirections = 2;
        private volatile boolean closed;

        ProxiedConnection(Socket client) {
            this.client = client;
        }

        boolean isClosed() {
            return closed;
        }

        void run() {
            try {
                if (!awaitDelayWindow(this)) {
                    return;
                }
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                server.connect(target, CONNECT_TIMEOUT_MS);
            } catch (IOException e) {
                if (!closed) {
                    LOG.debug("Fault proxy could not reach {}: {}", target, e.getMessage());
                }
                close();
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                return;
            }
            if (closed) {
                // suspend() ran while the server connection was being opened.
                close();
                return;
            }
            forwarded.incrementAndGet();
            try {
                threads.execute(() -> pump(server, client, false));
            } catch (RejectedExecutionException e) {
                // The proxy is closing.
                close();
                return;
            }
            pump(client, server, true);
        }

        /** Copies one direction until end of stream, then half-closes the other side. */
        private void pump(Socket from, Socket to, boolean clientToServer) {
            byte[] buffer = new byte[BUFFER_BYTES];
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    // The flag changes before the bytes move on, so the peer's answer cannot overtake it.
                    recordChunk(clientToServer);
                    applyLatency();
                    out.write(buffer, 0, read);
                    out.flush();
                }
                to.shutdownOutput();
                directionFinished();
            } catch (IOException e) {
                close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
            }
        }

        private synchronized void recordChunk(boolean clientToServer) {
            if (clientToServer && !clientSentLast) {
                roundTrips.incrementAndGet();
            }
            clientSentLast = clientToServer;
        }

        private void directionFinished() {
            boolean bothFinished;
            synchronized (this) {
                bothFinished = --openDirections == 0;
            }
            if (bothFinished) {
                close();
            }
        }

        void close() {
            closed = true;
            closeQuietly(client);
            closeQuietly(server);
            connections.remove(this);
        }
    }
}
