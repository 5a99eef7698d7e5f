package dev.neonkit.runtime.doctor;

import dev.neonkit.runtime.ConnectionFailure;
import dev.neonkit.runtime.NeonConnectionException;
import dev.neonkit.runtime.config.Endpoint;
import dev.neonkit.runtime.config.RetrySettings;
import dev.neonkit.runtime.internal.failure.Redaction;
import dev.neonkit.runtime.internal.pool.ColdStartRetry;
import dev.neonkit.runtime.internal.pool.EndpointConnector;
import dev.neonkit.runtime.internal.pool.HealthProbe;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Connects to one endpoint step by step (DNS, TCP, TLS, authentication, server version, latency) and reports
 * each step as it finishes, with advice for the first one that fails. Behind the CLI's {@code doctor}; an
 * application can run it too, for a diagnostics page or a start-up check.
 * Nothing it reports contains the password.
 */
public final class ConnectionDiagnosis {
    /** PostgreSQL's SSLRequest code: 1234 in the high 16 bits, 5679 in the low ones. */
    private static final int SSL_REQUEST_CODE = 80877103;
    private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final int LATENCY_ROUND_TRIPS = 5;
    private static final Set<String> TLS_MANDATORY_MODES = Set.of("require", "verify-ca", "verify-full");

    /** How a step ended. */
    public enum Outcome { OK, RETRY, FAIL }

    /**
     * One reported step.
     *
     * @param name    config, dns, tcp, tls, auth, server, latency or endpoint
     * @param outcome OK, RETRY (a connection attempt will be repeated) or FAIL
     * @param detail  what was found
     * @param advice  what to do, for FAIL
     */
    public record Step(String name, Outcome outcome, String detail, Optional<String> advice) {
        public Step {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(detail, "detail");
            Objects.requireNonNull(advice, "advice");
        }

        static Step ok(String name, String detail) {
            return new Step(name, Outcome.OK, detail, Optional.empty());
        }

        static Step fail(String name, String detail, String advice) {
            return new Step(name, Outcome.FAIL, detail, Optional.of(advice));
        }
    }

    private final Endpoint endpoint;
    private final RetrySettings retry;
    private final Consumer<Step> report;

    private ConnectionDiagnosis(Endpoint endpoint, RetrySettings retry, Consumer<Step> report) {
        this.endpoint = endpoint;
        this.retry = retry;
        this.report = report;
    }

    /**
     * Runs the steps against {@code endpoint}, passing each to {@code report} as it finishes; stops at the
     * first failure.
     *
     * @return whether a query succeeded
     */
    public static boolean run(Endpoint endpoint, RetrySettings retry, Consumer<Step> report) {
        return new ConnectionDiagnosis(Objects.requireNonNull(endpoint, "endpoint"),
                Objects.requireNonNull(retry, "retry"), Objects.requireNonNull(report, "report")).run();
    }

    private boolean run() {
        report.accept(Step.ok("config", endpoint.description() + " " + endpoint.redactedDriverProperties()));
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(endpoint.host());
        } catch (UnknownHostException unknown) {
            return failed("dns", endpoint.host() + " does not resolve", ConnectionFailure.UNKNOWN_HOST);
        }
        report.accept(Step.ok("dns", endpoint.host() + ": " + Arrays.stream(addresses)
                .map(InetAddress::getHostAddress).collect(Collectors.joining(", "))));
        if (!tcpAndTls(addresses[0])) {
            return false;
        }
        return connectAndQuery();
    }

    private boolean tcpAndTls(InetAddress address) {
        Duration timeout = connectTimeout();
        String target = address.getHostAddress() + ":" + endpoint.port();
        try (Socket socket = new Socket()) {
            long startNanos = System.nanoTime();
            try {
                socket.connect(new InetSocketAddress(address, endpoint.port()), (int) timeout.toMillis());
            } catch (IOException unreachable) {
                return failed("tcp", target + ": " + unreachable.getMessage() + " (timeout " + timeout.toSeconds()
                        + " s)", ConnectionFailure.REFUSED_OR_TIMED_OUT);
            }
            report.accept(Step.ok("tcp", target + " connected in " + millis(System.nanoTime() - startNanos)));
            boolean acceptsTls;
            try {
                socket.setSoTimeout((int) timeout.toMillis());
                acceptsTls = answersSslRequestWithYes(socket);
            } catch (IOException noAnswer) {
                return failed("tls", "no answer to the SSLRequest: " + noAnswer.getMessage(),
                        ConnectionFailure.CONNECTION_LOST);
            }
            return reportTls(acceptsTls);
        } catch (IOException closing) {
            return true; // only closing the probe socket failed; the steps it checked have been reported
        }
    }

    private static boolean answersSslRequestWithYes(Socket socket) throws IOException {
        DataOutputStream request = new DataOutputStream(socket.getOutputStream());
        request.writeInt(8);
        request.writeInt(SSL_REQUEST_CODE);
        request.flush();
        int answer = new DataInputStream(socket.getInputStream()).read();
        if (answer == 'S' || answer == 'N') {
            return answer == 'S';
        }
        throw new IOException(answer < 0 ? "the server closed the connection"
                : "unexpected answer byte " + answer + " (is this a PostgreSQL port?)");
    }

    private boolean reportTls(boolean acceptsTls) {
        String sslMode = endpoint.sslMode();
        if (!acceptsTls && TLS_MANDATORY_MODES.contains(sslMode)) {
            return failed("tls", "the server does not accept TLS, but sslmode=" + sslMode + " requires it",
                    ConnectionFailure.TLS_FAILED);
        }
        String detail = acceptsTls
                ? "server accepts TLS; sslmode=" + sslMode + (sslMode.equals("disable")
                        ? " sends everything unencrypted" : TLS_MANDATORY_MODES.contains(sslMode)
                        ? ", handshake and certificate are checked by the driver connect" : "")
                : "server does not accept TLS; sslmode=" + sslMode + " connects unencrypted";
        report.accept(Step.ok("tls", detail));
        return true;
    }

    private boolean connectAndQuery() {
        EndpointConnector connector = new EndpointConnector(endpoint);
        ColdStartRetry coldStart = ColdStartRetry.of(retry, (attempt, failure, backoff) -> report.accept(
                new Step("auth", Outcome.RETRY, "attempt " + attempt + " failed: " + failure.failure() + " ("
                        + failure.failure().summary() + "); retrying in " + backoff.toMillis() + " ms",
                        Optional.empty())));
        Connection connection;
        try {
            connection = coldStart.call("Connecting to " + endpoint.description(), connector::open);
        } catch (NeonConnectionException failure) {
            ConnectionFailure cause = failure.failure();
            String step = cause == ConnectionFailure.TLS_FAILED || cause == ConnectionFailure.TLS_REQUIRED
                    ? "tls" : "auth";
            report.accept(Step.fail(step, failure.failure() + ": " + failure.failure().summary() + " ("
                    + failure.detail() + ")", failure.advice()));
            return false;
        }
        report.accept(Step.ok("auth", "connected as " + endpoint.user() + " to database " + endpoint.database()
                + " (sslmode=" + endpoint.sslMode() + ")"));
        boolean answered = query(connection);
        try {
            connection.close();
        } catch (SQLException closing) {
            // Closing the diagnostic connection is not a finding: the outcome is what the queries showed.
        }
        return answered;
    }

    private boolean query(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet version = statement.executeQuery(HealthProbe.QUERY)) {
                version.next();
                report.accept(Step.ok("server", "PostgreSQL " + version.getString(1)));
            }
            long[] roundTrips = new long[LATENCY_ROUND_TRIPS];
            for (int i = 0; i < roundTrips.length; i++) {
                long startNanos = System.nanoTime();
                try (ResultSet one = statement.executeQuery("SELECT 1")) {
                    one.next();
                }
                roundTrips[i] = System.nanoTime() - startNanos;
            }
            Arrays.sort(roundTrips);
            report.accept(Step.ok("latency", "median " + millis(roundTrips[roundTrips.length / 2]) + " over "
                    + LATENCY_ROUND_TRIPS + " round trips (SELECT 1)"));
        } catch (SQLException failure) {
            NeonConnectionException classified = NeonConnectionException.classify(endpoint, failure);
            report.accept(Step.fail("server", classified.failure() + ": " + classified.failure().summary() + " ("
                    + classified.detail() + ")", classified.advice()));
            return false;
        }
        report.accept(Step.ok("endpoint", endpoint.pooled()
                ? "pooled: a transaction-mode pooler; no session state (SET, LISTEN, session advisory locks,"
                        + " temp tables) survives a transaction; run migrations on the direct endpoint"
                : "direct: sessions behave as usual, as migrations need"
                        + (endpoint.neon() ? "; route application traffic through the -pooler endpoint" : "")));
        return true;
    }

    private boolean failed(String step, String detail, ConnectionFailure failure) {
        report.accept(Step.fail(step, Redaction.of(endpoint).redact(detail), failure.advice()));
        return false;
    }

    private Duration connectTimeout() {
        String seconds = endpoint.driverProperties().get("connectTimeout");
        try {
            return seconds == null || Integer.parseInt(seconds) <= 0
                    ? DEFAULT_CONNECT_TIMEOUT : Duration.ofSeconds(Integer.parseInt(seconds));
        } catch (NumberFormatException notANumber) {
            return DEFAULT_CONNECT_TIMEOUT;
        }
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1_000_000.0);
    }
}
