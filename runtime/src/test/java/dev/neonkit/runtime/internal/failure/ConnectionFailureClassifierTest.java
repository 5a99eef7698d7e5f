package dev.neonkit.runtime.internal.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neonkit.runtime.ConnectionFailure;
import dev.neonkit.runtime.NeonConnectionException;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.sql.SQLException;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The classification table against the error texts and SQLStates that Neon's proxy, PostgreSQL, PgBouncer
 * and pgjdbc produce (texts from Neon's connection-errors documentation and the servers' sources). The
 * real-server cases (wrong password, missing database, refused port, TLS) are also covered end to end by
 * the database tests.
 */
class ConnectionFailureClassifierTest {

    static Stream<Arguments> errors() {
        return Stream.of(
                row(new SQLException("ERROR: Console request failed: endpoint is disabled", "XX000"),
                        ConnectionFailure.ENDPOINT_DISABLED, false),
                row(new SQLException("ERROR: Your account or project has exceeded the compute time quota."
                        + " Upgrade your plan to increase limits.", "XX000"),
                        ConnectionFailure.COMPUTE_QUOTA_EXCEEDED, false),
                row(new SQLException("ERROR: Failed to acquire permit to connect to the database. Too many"
                        + " database connection attempts are currently ongoing.", "XX000"),
                        ConnectionFailure.TOO_MANY_CONNECTIONS, true),
                row(new SQLException("ERROR: Couldn't connect to compute node", "XX000"),
                        ConnectionFailure.REFUSED_OR_TIMED_OUT, true),
                row(new SQLException("ERROR: unsupported startup parameter: search_path", "08P01"),
                        ConnectionFailure.UNSUPPORTED_STARTUP_PARAMETER, false),
                row(new SQLException("FATAL: no pg_hba.conf entry for host \"10.0.0.1\", user \"app\","
                        + " database \"app\", no encryption", "28000"),
                        ConnectionFailure.TLS_REQUIRED, false),
                row(new SQLException("ERROR: connection is insecure (try using `sslmode=require`)", "XX000"),
                        ConnectionFailure.TLS_REQUIRED, false),
                row(new SQLException("The server does not support SSL.", "08004"),
                        ConnectionFailure.TLS_FAILED, false),
                row(new SQLException("SSL error: PKIX path building failed", "08006",
                        new SSLHandshakeException("PKIX path building failed")),
                        ConnectionFailure.TLS_FAILED, false),
                row(new SQLException("Could not open SSL root certificate file", "08006",
                        new CertificateException("bad file")),
                        ConnectionFailure.TLS_FAILED, false),
                row(new SQLException("FATAL: password authentication failed for user \"app\"", "28P01"),
                        ConnectionFailure.AUTHENTICATION_FAILED, false),
                row(new SQLException("FATAL: database \"nope\" does not exist", "3D000"),
                        ConnectionFailure.DATABASE_NOT_FOUND, false),
                row(new SQLException("FATAL: sorry, too many clients already", "53300"),
                        ConnectionFailure.TOO_MANY_CONNECTIONS, false),
                row(new SQLException("FATAL: remaining connection slots are reserved for roles with the"
                        + " SUPERUSER attribute", "53300"),
                        ConnectionFailure.TOO_MANY_CONNECTIONS, false),
                row(new SQLException("ERROR: no more connections allowed (max_client_conn)", "08P01"),
                        ConnectionFailure.TOO_MANY_CONNECTIONS, false),
                row(new SQLException("FATAL: terminating connection due to administrator command", "57P01"),
                        ConnectionFailure.SERVER_RESTART_OR_SUSPEND, true),
                row(new SQLException("FATAL: the database system is starting up", "57P03"),
                        ConnectionFailure.SERVER_RESTART_OR_SUSPEND, true),
                row(new SQLException("The connection attempt failed.", "08001", new UnknownHostException("ep-x")),
                        ConnectionFailure.UNKNOWN_HOST, false),
                row(new SQLException("Connection to localhost:1 refused.", "08001",
                        new ConnectException("Connection refused")),
                        ConnectionFailure.REFUSED_OR_TIMED_OUT, true),
                row(new SQLException("The connection attempt failed.", "08001", new EOFException()),
                        ConnectionFailure.CONNECTION_LOST, true),
                row(new SQLException("An I/O error occurred while sending to the backend.", "08006",
                        new SocketException("Connection reset")),
                        ConnectionFailure.CONNECTION_LOST, true),
                row(new SQLException("This connection has been closed.", "08003"),
                        ConnectionFailure.CONNECTION_LOST, true),
                row(new SQLException("Something new", "08004"), ConnectionFailure.REFUSED_OR_TIMED_OUT, true),
                row(new SQLException("Invalid sslmode value: sometimes", "22023"), ConnectionFailure.UNKNOWN, false),
                row(new IllegalStateException("surprise"), ConnectionFailure.UNKNOWN, false));
    }

    private static Arguments row(Throwable error, ConnectionFailure expected, boolean transientFailure) {
        return Arguments.of(error, expected, transientFailure);
    }

    @ParameterizedTest
    @MethodSource("errors")
    void classifies(Throwable error, ConnectionFailure expected, boolean transientFailure) {
        ConnectionFailureClassifier.Classification classification = ConnectionFailureClassifier.classify(error);

        assertEquals(expected, classification.failure(), String.valueOf(error));
        assertEquals(transientFailure, classification.transientFailure(), String.valueOf(error));
    }

    @Test
    void keepsTheVerdictOfAnAlreadyClassifiedCause() {
        var endpoint = new dev.neonkit.runtime.config.Endpoint("h", 5432, "d", "u",
                dev.neonkit.runtime.config.Secret.none(), dev.neonkit.runtime.config.EndpointKind.POOLED, false,
                java.util.Map.of());
        SQLException hikariTimeout = new SQLException("pool - Connection is not available", "08001",
                new NeonConnectionException(ConnectionFailure.AUTHENTICATION_FAILED, false, endpoint, "x", null));

        assertEquals(ConnectionFailure.AUTHENTICATION_FAILED,
                ConnectionFailureClassifier.classify(hikariTimeout).failure());
    }
}
