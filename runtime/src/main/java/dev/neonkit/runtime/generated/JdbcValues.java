package dev.neonkit.runtime.generated;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * How each Java type neonkit maps is bound to a parameter, read from a column, and written as PostgreSQL text (for
 * the {@code text[]} columns of a multi-row insert). Generated repositories call one {@code set*}, {@code get*} and
 * {@code text*} method per property kind; every method accepts and returns null for SQL NULL.
 *
 * <p>Exact round trips: {@link Instant} is sent as a UTC timestamp and read back as the same instant;
 * {@link OffsetDateTime} keeps its instant but comes back in UTC (PostgreSQL stores no offset); {@link BigDecimal}
 * comes back with the column's scale; {@code float} and {@code double} use the shortest text that reads back exactly.
 */
public final class JdbcValues {
    private static final HexFormat HEX = HexFormat.of();

    private JdbcValues() {
    }

    // ---- boolean and numbers

    public static void setBoolean(PreparedStatement statement, int index, Boolean value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BOOLEAN);
        } else {
            statement.setBoolean(index, value);
        }
    }

    public static Boolean getBoolean(ResultSet row, int index) throws SQLException {
        boolean value = row.getBoolean(index);
        return row.wasNull() ? null : value;
    }

    public static String textBoolean(Boolean value) {
        return value == null ? null : value.toString();
    }

    public static void setShort(PreparedStatement statement, int index, Short value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.SMALLINT);
        } else {
            statement.setShort(index, value);
        }
    }

    public static Short getShort(ResultSet row, int index) throws SQLException {
        short value = row.getShort(index);
        return row.wasNull() ? null : value;
    }

    public static String textShort(Short value) {
        return value == null ? null : value.toString();
    }

    public static void setInt(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    public static Integer getInt(ResultSet row, int index) throws SQLException {
        int value = row.getInt(index);
        return row.wasNull() ? null : value;
    }

    public static String textInt(Integer value) {
        return value == null ? null : value.toString();
    }

    public static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    public static Long getLong(ResultSet row, int index) throws SQLException {
        long value = row.getLong(index);
        return row.wasNull() ? null : value;
    }

    public static String textLong(Long value) {
        return value == null ? null : value.toString();
    }

    public static void setFloat(PreparedStatement statement, int index, Float value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.REAL);
        } else {
            statement.setFloat(index, value);
        }
    }

    public static Float getFloat(ResultSet row, int index) throws SQLException {
        float value = row.getFloat(index);
        return row.wasNull() ? null : value;
    }

    public static String textFloat(Float value) {
        return value == null ? null : value.toString();
    }

    public static void setDouble(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    public static Double getDouble(ResultSet row, int index) throws SQLException {
        double value = row.getDouble(index);
        return row.wasNull() ? null : value;
    }

    public static String textDouble(Double value) {
        return value == null ? null : value.toString();
    }

    public static void setBigDecimal(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NUMERIC);
        } else {
            statement.setBigDecimal(index, value);
        }
    }

    public static BigDecimal getBigDecimal(ResultSet row, int index) throws SQLException {
        return row.getBigDecimal(index);
    }

    public static String textBigDecimal(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    // ---- text, JSON, UUID, enums, bytes

    public static void setString(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    public static String getString(ResultSet row, int index) throws SQLException {
        return row.getString(index);
    }

    public static String textString(String value) {
        return value;
    }

    /** JSON text, sent untyped so the server reads it as the column's {@code jsonb}. */
    public static void setJson(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.OTHER);
        } else {
            statement.setObject(index, value, Types.OTHER);
        }
    }

    public static String getJson(ResultSet row, int index) throws SQLException {
        return row.getString(index);
    }

    public static String textJson(String value) {
        return value;
    }

    public static void setUuid(PreparedStatement statement, int index, UUID value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.OTHER);
        } else {
            statement.setObject(index, value);
        }
    }

    public static UUID getUuid(ResultSet row, int index) throws SQLException {
        return row.getObject(index, UUID.class);
    }

    public static String textUuid(UUID value) {
        return value == null ? null : value.toString();
    }

    /** An enum, stored as its constant name. */
    public static void setEnum(PreparedStatement statement, int index, Enum<?> value) throws SQLException {
        setString(statement, index, value == null ? null : value.name());
    }

    /** An enum read from its constant name with {@code valueOf} (the enum's own {@code valueOf}, no reflection). */
    public static <E extends Enum<E>> E getEnum(ResultSet row, int index, Function<String, E> valueOf)
            throws SQLException {
        String name = row.getString(index);
        return name == null ? null : valueOf.apply(name);
    }

    public static String textEnum(Enum<?> value) {
        return value == null ? null : value.name();
    }

    public static void setBytes(PreparedStatement statement, int index, byte[] value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BINARY);
        } else {
            statement.setBytes(index, value);
        }
    }

    public static byte[] getBytes(ResultSet row, int index) throws SQLException {
        return row.getBytes(index);
    }

    /** {@code bytea} in hex text form. */
    public static String textBytes(byte[] value) {
        return value == null ? null : "\\x" + HEX.formatHex(value);
    }

    // ---- date and time

    /** An instant, sent as a UTC {@code timestamptz}. */
    public static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, value.atOffset(ZoneOffset.UTC));
        }
    }

    public static Instant getInstant(ResultSet row, int index) throws SQLException {
        OffsetDateTime value = row.getObject(index, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static String textInstant(Instant value) {
        return value == null ? null : value.toString();
    }

    public static void setOffsetDateTime(PreparedStatement statement, int index, OffsetDateTime value)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, value);
        }
    }

    public static OffsetDateTime getOffsetDateTime(ResultSet row, int index) throws SQLException {
        return row.getObject(index, OffsetDateTime.class);
    }

    public static String textOffsetDateTime(OffsetDateTime value) {
        return value == null ? null : value.toString();
    }

    public static void setLocalDateTime(PreparedStatement statement, int index, LocalDateTime value)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP);
        } else {
            statement.setObject(index, value);
        }
    }

    public static LocalDateTime getLocalDateTime(ResultSet row, int index) throws SQLException {
        return row.getObject(index, LocalDateTime.class);
    }

    public static String textLocalDateTime(LocalDateTime value) {
        return value == null ? null : value.toString();
    }

    public static void setLocalDate(PreparedStatement statement, int index, LocalDate value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setObject(index, value);
        }
    }

    public static LocalDate getLocalDate(ResultSet row, int index) throws SQLException {
        return row.getObject(index, LocalDate.class);
    }

    public static String textLocalDate(LocalDate value) {
        return value == null ? null : value.toString();
    }

    public static void setLocalTime(PreparedStatement statement, int index, LocalTime value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIME);
        } else {
            statement.setObject(index, value);
        }
    }

    public static LocalTime getLocalTime(ResultSet row, int index) throws SQLException {
        return row.getObject(index, LocalTime.class);
    }

    public static String textLocalTime(LocalTime value) {
        return value == null ? null : value.toString();
    }

    // ---- arrays

    public static void setStringArray(PreparedStatement statement, int index, String[] value) throws SQLException {
        setArray(statement, index, "text", value);
    }

    public static String[] getStringArray(ResultSet row, int index) throws SQLException {
        Object[] elements = arrayElements(row, index);
        return elements == null ? null : Arrays.copyOf(elements, elements.length, String[].class);
    }

    public static String textStringArray(String[] value) {
        return arrayLiteral(value, true);
    }

    public static void setStringList(PreparedStatement statement, int index, List<String> value) throws SQLException {
        setStringArray(statement, index, value == null ? null : value.toArray(String[]::new));
    }

    public static List<String> getStringList(ResultSet row, int index) throws SQLException {
        return asList(getStringArray(row, index));
    }

    public static String textStringList(List<String> value) {
        return value == null ? null : arrayLiteral(value.toArray(), true);
    }

    public static void setLongArray(PreparedStatement statement, int index, long[] value) throws SQLException {
        setArray(statement, index, "int8", value == null ? null : Arrays.stream(value).boxed().toArray(Long[]::new));
    }

    public static long[] getLongArray(ResultSet row, int index) throws SQLException {
        Long[] elements = getLongElements(row, index);
        return elements == null ? null : Arrays.stream(elements).mapToLong(Long::longValue).toArray();
    }

    public static String textLongArray(long[] value) {
        return value == null ? null : arrayLiteral(Arrays.stream(value).boxed().toArray(), false);
    }

    public static void setLongList(PreparedStatement statement, int index, List<Long> value) throws SQLException {
        setArray(statement, index, "int8", value == null ? null : value.toArray(Long[]::new));
    }

    public static List<Long> getLongList(ResultSet row, int index) throws SQLException {
        return asList(getLongElements(row, index));
    }

    public static String textLongList(List<Long> value) {
        return value == null ? null : arrayLiteral(value.toArray(), false);
    }

    public static void setIntArray(PreparedStatement statement, int index, int[] value) throws SQLException {
        setArray(statement, index, "int4", value == null ? null : Arrays.stream(value).boxed().toArray(Integer[]::new));
    }

    public static int[] getIntArray(ResultSet row, int index) throws SQLException {
        Integer[] elements = getIntElements(row, index);
        return elements == null ? null : Arrays.stream(elements).mapToInt(Integer::intValue).toArray();
    }

    public static String textIntArray(int[] value) {
        return value == null ? null : arrayLiteral(Arrays.stream(value).boxed().toArray(), false);
    }

    public static void setIntList(PreparedStatement statement, int index, List<Integer> value) throws SQLException {
        setArray(statement, index, "int4", value == null ? null : value.toArray(Integer[]::new));
    }

    public static List<Integer> getIntList(ResultSet row, int index) throws SQLException {
        return asList(getIntElements(row, index));
    }

    public static String textIntList(List<Integer> value) {
        return value == null ? null : arrayLiteral(value.toArray(), false);
    }

    /** A whole {@code text[]} parameter, as the multi-row insert binds one per column. */
    public static void setTextArray(PreparedStatement statement, int index, String[] values) throws SQLException {
        setArray(statement, index, "text", values);
    }

    private static void setArray(PreparedStatement statement, int index, String elementType, Object[] value)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.ARRAY);
        } else {
            // pgjdbc builds the array on the client: no round trip.
            statement.setArray(index, statement.getConnection().createArrayOf(elementType, value));
        }
    }

    private static Object[] arrayElements(ResultSet row, int index) throws SQLException {
        Array array = row.getArray(index);
        if (array == null) {
            return null;
        }
        try {
            return (Object[]) array.getArray();
        } finally {
            array.free();
        }
    }

    private static Long[] getLongElements(ResultSet row, int index) throws SQLException {
        Object[] elements = arrayElements(row, index);
        return elements == null ? null : Arrays.copyOf(elements, elements.length, Long[].class);
    }

    private static Integer[] getIntElements(ResultSet row, int index) throws SQLException {
        Object[] elements = arrayElements(row, index);
        return elements == null ? null : Arrays.copyOf(elements, elements.length, Integer[].class);
    }

    private static <T> List<T> asList(T[] elements) {
        return elements == null ? null : Collections.unmodifiableList(Arrays.asList(elements));
    }

    /**
     * PostgreSQL's array literal: {@code {"a","b\"c",NULL}} for text (every element quoted, backslash and quote
     * escaped), {@code {1,2,NULL}} for numbers.
     */
    private static String arrayLiteral(Object[] elements, boolean quoted) {
        if (elements == null) {
            return null;
        }
        StringBuilder literal = new StringBuilder("{");
        for (int i = 0; i < elements.length; i++) {
            if (i > 0) {
                literal.append(',');
            }
            Object element = elements[i];
            if (element == null) {
                literal.append("NULL");
            } else if (quoted) {
                literal.append('"');
                String text = element.toString();
                for (int c = 0; c < text.length(); c++) {
                    char ch = text.charAt(c);
                    if (ch == '"' || ch == '\\') {
                        literal.append('\\');
                    }
                    literal.append(ch);
                }
                literal.append('"');
            } else {
                literal.append(element);
            }
        }
        return literal.append('}').toString();
    }
}
