package dev.neonkit.runtime;

import java.util.Objects;
import java.util.Optional;

/**
 * A value its column's type cannot hold, refused before anything is sent: text with a NUL character or half a
 * surrogate pair, a timestamp or date outside PostgreSQL's range. {@link #kind()} is
 * {@link DatabaseException.Kind#INVALID_DATA INVALID_DATA}, as when PostgreSQL itself refuses a value (a number too
 * large for a {@code numeric(p, s)} column, say, which only the server can tell). The message names the column, the
 * Java type and why, and shows the value only where it cannot be personal text.
 */
public final class UnstorableValueException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    private final String column;
    private final Class<?> valueType;
    private final String reason;

    /**
     * @param column    the column, or null when the value is not bound to a column of a generated repository
     * @param valueType the Java type of the value
     * @param reason    why the column cannot hold it
     */
    public UnstorableValueException(String column, Class<?> valueType, String reason) {
        super((column == null ? "A parameter" : "Column " + column) + " cannot hold this " + valueType.getName()
                + ": " + reason, Kind.INVALID_DATA, null, null, null);
        this.column = column;
        this.valueType = Objects.requireNonNull(valueType, "valueType");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The same refusal, naming {@code column}. */
    public UnstorableValueException forColumn(String column) {
        return new UnstorableValueException(Objects.requireNonNull(column, "column"), valueType, reason);
    }

    /** The column, when the value was bound to one. */
    public Optional<String> column() {
        return Optional.ofNullable(column);
    }

    /** The Java type of the refused value. */
    public Class<?> valueType() {
        return valueType;
    }

    /** Why the column cannot hold it. */
    public String reason() {
        return reason;
    }
}
