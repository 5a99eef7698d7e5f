package dev.neonkit.runtime.generated;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * How values of one Java type travel to and from a column: bound to a statement parameter, read from a result
 * column, and written as PostgreSQL text for the {@code text[]} columns of a multi-row insert. Every method accepts
 * and returns null for SQL NULL. Generated repositories call the constants of {@link ValueCodecs}.
 *
 * @param <T> the Java type
 */
public interface ValueCodec<T> {

    /** Binds {@code value} (null for SQL NULL) to parameter {@code index} of {@code statement}. */
    void bind(PreparedStatement statement, int index, T value) throws SQLException;

    /** The value of column {@code index} of the current row, null for SQL NULL. */
    T read(ResultSet row, int index) throws SQLException;

    /** {@code value} in PostgreSQL's text form, null for null. */
    String text(T value);
}
