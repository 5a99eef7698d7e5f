package dev.neonkit.example.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Conversions between JDBC and the entities' Java types, shared by the stores. */
final class Rows {
    private Rows() {
    }

    /** pgjdbc binds {@code OffsetDateTime} to timestamptz; an {@code Instant} is bound as its UTC offset form. */
    static void setInstant(PreparedStatement statement, int index, @Nullable Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, value.atOffset(ZoneOffset.UTC));
        }
    }

    static @Nullable Instant getInstant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static Array textArray(Connection connection, List<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray(String[]::new));
    }

    static List<String> getTextList(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        try {
            List<String> values = new ArrayList<>();
            for (Object value : (Object[]) array.getArray()) {
                values.add((String) value);
            }
            return values;
        } finally {
            array.free();
        }
    }

    /** Reads up to {@code request.limit() + 1} rows: the extra row only says that another page follows. */
    static <T> Page<T> page(List<T> rowsPlusOne, PageRequest request, java.util.function.ToLongFunction<T> id) {
        if (rowsPlusOne.size() <= request.limit()) {
            return new Page<>(rowsPlusOne, null);
        }
        List<T> items = rowsPlusOne.subList(0, request.limit());
        return new Page<>(items, id.applyAsLong(items.get(items.size() - 1)));
    }
}
