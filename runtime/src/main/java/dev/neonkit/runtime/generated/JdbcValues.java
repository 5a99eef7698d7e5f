package dev.neonkit.runtime.generated;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The one JDBC helper {@link StatementRunner} needs beside the {@link ValueCodecs}: binding a whole {@code text[]}
 * parameter, as the multi-row insert binds one per column.
 */
public final class JdbcValues {

    private JdbcValues() {
    }

    /** A whole {@code text[]} parameter; {@link ValueCodecs#STRING_ARRAY} does the binding. */
    public static void setTextArray(PreparedStatement statement, int index, String[] values) throws SQLException {
        ValueCodecs.STRING_ARRAY.bind(statement, index, values);
    }
}
