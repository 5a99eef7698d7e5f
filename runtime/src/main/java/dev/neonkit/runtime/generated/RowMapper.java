package dev.neonkit.runtime.generated;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Builds one value from the current row of a result set, reading columns by position.
 *
 * @param <T> what a row becomes
 */
@FunctionalInterface
public interface RowMapper<T> {
    /** The value of the row {@code row} is on; must not move the cursor. */
    T map(ResultSet row) throws SQLException;
}
