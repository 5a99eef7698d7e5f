package dev.neonkit.runtime.internal.failure;

import dev.neonkit.runtime.DatabaseException;
import java.sql.SQLException;
import java.time.DateTimeException;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.exception.DataAccessException;

/**
 * Makes jOOQ queries on neonkit's connections fail with {@link DatabaseException}, as every other neonkit path does,
 * instead of jOOQ's {@link DataAccessException}: the driver's {@link SQLException} becomes the cause, so the SQLSTATE,
 * the constraint and the kind are the same whichever API ran the statement. A failure before the driver (a value
 * jOOQ cannot bind) becomes one too. Failures that already are a {@code DatabaseException} (a connection that
 * could not be opened) pass unchanged.
 */
public final class JooqExceptionTranslator implements ExecuteListener {
    private static final long serialVersionUID = 1L;

    @Override
    public void exception(ExecuteContext context) {
        if (context.exception() instanceof DatabaseException) {
            return;
        }
        SQLException driverFailure = context.sqlException();
        if (driverFailure == null && context.exception() != null
                && context.exception().getCause() instanceof SQLException cause) {
            driverFailure = cause;
        }
        if (driverFailure != null) {
            context.exception(new DatabaseException(driverFailure));
        } else if (context.exception() != null) {
            // Failed before the driver saw the query: binding a value (an Instant past java.time's date range) or
            // jOOQ's own checks.
            RuntimeException failure = context.exception();
            boolean badValue = failure instanceof DateTimeException || failure instanceof ArithmeticException
                    || failure.getCause() instanceof DateTimeException || failure.getCause() instanceof ArithmeticException;
            context.exception(new DatabaseException("The query could not be run: " + failure.getMessage(),
                    badValue ? DatabaseException.Kind.INVALID_DATA : DatabaseException.Kind.OTHER, null, null, failure));
        }
    }
}
