package dev.neonkit.runtime.internal.failure;

import dev.neonkit.runtime.DatabaseException;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * Every rule neonkit applies to PostgreSQL SQLSTATE codes, in one place: the connection failure classifier, the
 * repositories' repeat of a read whose connection died, the transactions' re-run after a serialization failure,
 * and the {@link DatabaseException.Kind kind} of every {@link DatabaseException} read their answers from here.
 * The codes are PostgreSQL's (Appendix A, "PostgreSQL Error Codes").
 */
public final class SqlStates {
    public static final String INVALID_AUTHORIZATION = "28000";
    public static final String INVALID_PASSWORD = "28P01";
    public static final String DATABASE_DOES_NOT_EXIST = "3D000";
    public static final String TOO_MANY_CONNECTIONS = "53300";
    public static final String CONNECTION_DOES_NOT_EXIST = "08003";
    public static final String CONNECTION_FAILURE = "08006";
    public static final String ADMIN_SHUTDOWN = "57P01";
    public static final String CRASH_SHUTDOWN = "57P02";
    public static final String CANNOT_CONNECT_NOW = "57P03";
    public static final String QUERY_CANCELED = "57014";
    public static final String SERIALIZATION_FAILURE = "40001";
    public static final String DEADLOCK_DETECTED = "40P01";
    public static final String NOT_NULL_VIOLATION = "23502";
    public static final String FOREIGN_KEY_VIOLATION = "23503";
    public static final String UNIQUE_VIOLATION = "23505";
    public static final String CHECK_VIOLATION = "23514";
    public static final String EXCLUSION_VIOLATION = "23P01";

    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    private static final String DATA_EXCEPTION_CLASS = "22";

    private SqlStates() {
    }

    /** Class 08, connection exception: the driver lost or never had the connection. */
    public static boolean connectionException(String sqlState) {
        return sqlState.startsWith(CONNECTION_EXCEPTION_CLASS);
    }

    /** The server is shutting down, crashed or is still starting: a Neon compute suspending, restarting or waking. */
    public static boolean serverUnavailable(String sqlState) {
        return sqlState.equals(ADMIN_SHUTDOWN) || sqlState.equals(CRASH_SHUTDOWN)
                || sqlState.equals(CANNOT_CONNECT_NOW);
    }

    /**
     * A connection in use died (class 08, or the server went away under it): a statement that only reads may run
     * again on a new connection.
     */
    public static boolean connectionLost(String sqlState) {
        return connectionException(sqlState) || serverUnavailable(sqlState);
    }

    /** The user or password was refused. */
    public static boolean authorizationFailed(String sqlState) {
        return sqlState.equals(INVALID_AUTHORIZATION) || sqlState.equals(INVALID_PASSWORD);
    }

    /** Serialization failure or deadlock: PostgreSQL asks the client to run the whole transaction again. */
    public static boolean transactionRetryable(String sqlState) {
        return sqlState.equals(SERIALIZATION_FAILURE) || sqlState.equals(DEADLOCK_DETECTED);
    }

    /** What kind of failure {@code sqlState} reports, for {@link DatabaseException#kind()}. */
    public static DatabaseException.Kind kind(String sqlState) {
        if (sqlState == null) {
            return DatabaseException.Kind.OTHER;
        }
        return switch (sqlState) {
            case UNIQUE_VIOLATION -> DatabaseException.Kind.UNIQUE_VIOLATION;
            case FOREIGN_KEY_VIOLATION -> DatabaseException.Kind.FOREIGN_KEY_VIOLATION;
            case NOT_NULL_VIOLATION -> DatabaseException.Kind.NOT_NULL_VIOLATION;
            case CHECK_VIOLATION -> DatabaseException.Kind.CHECK_VIOLATION;
            case EXCLUSION_VIOLATION -> DatabaseException.Kind.EXCLUSION_VIOLATION;
            case SERIALIZATION_FAILURE -> DatabaseException.Kind.SERIALIZATION_FAILURE;
            case DEADLOCK_DETECTED -> DatabaseException.Kind.DEADLOCK;
            case QUERY_CANCELED -> DatabaseException.Kind.QUERY_CANCELED;
            default -> connectionLost(sqlState) ? DatabaseException.Kind.CONNECTION_LOST
                    : sqlState.startsWith(DATA_EXCEPTION_CLASS) ? DatabaseException.Kind.INVALID_DATA
                    : DatabaseException.Kind.OTHER;
        };
    }

    /** The SQLSTATE of the first {@link SQLException} in {@code failure}'s cause chain that has one. */
    public static Optional<String> firstIn(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
            if (cause instanceof DatabaseException database && database.sqlState().isPresent()) {
                return database.sqlState();
            }
        }
        return Optional.empty();
    }
}
