package dev.neonkit.runtime.generated;

import dev.neonkit.runtime.UnstorableValueException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;

/**
 * The {@link ValueCodec} of one column, named, so that a value the column cannot hold is refused with an
 * {@link UnstorableValueException} that says which column. A generated repository declares one per column:
 * {@code private static final ColumnCodec<Instant> DUE_AT_COLUMN = ColumnCodec.of("due_at", ValueCodecs.INSTANT);}.
 * A record, so that the JIT treats the codec of such a constant as a constant too and calls it directly.
 *
 * @param column the column's name
 * @param codec  how its values travel
 * @param <T>    the Java type of the column's values
 */
public record ColumnCodec<T>(String column, ValueCodec<T> codec) {

    public ColumnCodec {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(codec, "codec");
    }

    /** The codec of column {@code column}. */
    public static <T> ColumnCodec<T> of(String column, ValueCodec<T> codec) {
        return new ColumnCodec<>(column, codec);
    }

    /** Binds {@code value} to parameter {@code index}, or refuses it naming the column. */
    public void bind(PreparedStatement statement, int index, T value) throws SQLException {
        try {
            codec.bind(statement, index, value);
        } catch (UnstorableValueException refused) {
            throw refused.forColumn(column);
        }
    }

    /** The column's value in the current row. */
    public T read(ResultSet row, int index) throws SQLException {
        return codec.read(row, index);
    }

    /** {@code value} as PostgreSQL text, or refuses it naming the column. */
    public String text(T value) {
        try {
            return codec.text(value);
        } catch (UnstorableValueException refused) {
            throw refused.forColumn(column);
        }
    }
}
