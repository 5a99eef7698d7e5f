package dev.neonkit.runtime.internal.failure;

import dev.neonkit.runtime.ConnectionFailure;
import dev.neonkit.runtime.NeonConnectionException;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import javax.net.ssl.SSLException;

/**
 * Maps an error from pgjdbc, HikariCP, a Neon proxy or the network onto a {@link ConnectionFailure} and
 * decides whether trying again can help. One table, read top to bottom; the first matching row wins, so
 * specific texts come before the SQLState families and exception types they would also match.
 */
public final class ConnectionFailureClassifier {

    /** The outcome: what failed and whether a new attempt may succeed (a waking compute, a restart). */
    public record Classification(ConnectionFailure failure, boolean transientFailure) {
    }

    private record Rule(Predicate<Evidence> matches, ConnectionFailure failure, boolean transientFailure) {
    }

    private static final List<Rule> RULES = List.of(
            // Neon proxy and control plane texts.
            rule(e -> e.says("endpoint is disabled"), ConnectionFailure.ENDPOINT_DISABLED, false),
            rule(e -> e.says("compute time quota"), ConnectionFailure.COMPUTE_QUOTA_EXCEEDED, false),
            rule(e -> e.says("failed to acquire permit"), ConnectionFailure.TOO_MANY_CONNECTIONS, true),
            rule(e -> e.says("couldn't connect to compute node"), ConnectionFailure.REFUSED_OR_TIMED_OUT, true),
            rule(e -> e.says("unsupported startup parameter"), ConnectionFailure.UNSUPPORTED_STARTUP_PARAMETER, false),
            // Encryption: demanded by the server, refused by it, or a failed handshake or certificate check.
            rule(e -> e.says("no encryption") || e.says("connection is insecure"),
                    ConnectionFailure.TLS_REQUIRED, false),
            rule(e -> e.says("server does not support ssl") || e.has(SSLException.class)
                            || e.has(GeneralSecurityException.class) || e.says("ssl error"),
                    ConnectionFailure.TLS_FAILED, false),
            // PostgreSQL SQLStates (their rules are SqlStates').
            rule(e -> e.hasState(SqlStates::authorizationFailed) || e.says("password authentication failed"),
                    ConnectionFailure.AUTHENTICATION_FAILED, false),
            rule(e -> e.hasState(SqlStates.DATABASE_DOES_NOT_EXIST::equals), ConnectionFailure.DATABASE_NOT_FOUND, false),
            rule(e -> e.hasState(SqlStates.TOO_MANY_CONNECTIONS::equals) || e.says("remaining connection slots") || e.says("max_client_conn")
                            || e.says("too many connections"),
                    ConnectionFailure.TOO_MANY_CONNECTIONS, false),
            rule(e -> e.hasState(SqlStates::serverUnavailable),
                    ConnectionFailure.SERVER_RESTART_OR_SUSPEND, true),
            // The network, then the connection-exception SQLState family that wraps it.
            rule(e -> e.has(UnknownHostException.class), ConnectionFailure.UNKNOWN_HOST, false),
            rule(e -> e.has(ConnectException.class) || e.has(NoRouteToHostException.class)
                            || e.has(SocketTimeoutException.class) || e.says("connection refused"),
                    ConnectionFailure.REFUSED_OR_TIMED_OUT, true),
            rule(e -> e.has(EOFException.class) || e.has(SocketException.class) || e.hasState(SqlStates.CONNECTION_DOES_NOT_EXIST::equals)
                            || e.hasState(SqlStates.CONNECTION_FAILURE::equals) || e.says("connection has been closed")
                            || e.says("i/o error occurred"),
                    ConnectionFailure.CONNECTION_LOST, true),
            rule(e -> e.hasState(SqlStates::connectionException), ConnectionFailure.REFUSED_OR_TIMED_OUT, true));

    private ConnectionFailureClassifier() {
    }

    public static Classification classify(Throwable error) {
        // Already classified (for example the last failure HikariCP attaches to its timeout): keep that verdict
        // rather than reading our own advice texts as evidence.
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof NeonConnectionException classified) {
                return new Classification(classified.failure(), classified.transientFailure());
            }
        }
        Evidence evidence = Evidence.of(error);
        for (Rule rule : RULES) {
            if (rule.matches().test(evidence)) {
                return new Classification(rule.failure(), rule.transientFailure());
            }
        }
        return new Classification(ConnectionFailure.UNKNOWN, false);
    }

    private static Rule rule(Predicate<Evidence> matches, ConnectionFailure failure, boolean transientFailure) {
        return new Rule(matches, failure, transientFailure);
    }

    /** Everything the rules look at: the whole cause chain, its SQLStates and its messages. */
    private record Evidence(List<Throwable> chain, List<String> sqlStates, String messages) {
        static Evidence of(Throwable error) {
            List<Throwable> chain = new ArrayList<>();
            Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
                chain.add(t);
            }
            List<String> states = new ArrayList<>();
            StringBuilder messages = new StringBuilder();
            for (Throwable t : chain) {
                if (t instanceof SQLException sql && sql.getSQLState() != null) {
                    states.add(sql.getSQLState());
                }
                if (t.getMessage() != null) {
                    messages.append(t.getMessage().toLowerCase(Locale.ROOT)).append('\n');
                }
            }
            return new Evidence(chain, states, messages.toString());
        }

        boolean says(String lowerCaseText) {
            return messages.contains(lowerCaseText);
        }

        boolean has(Class<? extends Throwable> type) {
            return chain.stream().anyMatch(type::isInstance);
        }

        boolean hasState(Predicate<String> sqlStateRule) {
            return sqlStates.stream().anyMatch(sqlStateRule);
        }
    }
}
