package dev.neonkit.runtime.generated;

import dev.neonkit.runtime.StorableValues;
import dev.neonkit.runtime.UnstorableValueException;
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
import java.util.Objects;

/**
 * One {@link ValueCodec} per Java type neonkit maps, which generated repositories call by name
 * ({@code ValueCodecs.UUID.bind(statement, 1, id)}), and {@link #enumOf} for enums, whose codec a repository holds in a
 * constant of its own.
 *
 * <p>Exact round trips: {@link Instant} is sent as a UTC timestamp and read back as the same instant;
 * {@link OffsetDateTime} keeps its instant but comes back in UTC (PostgreSQL stores no offset); {@link BigDecimal}
 * comes back with the column's scale; {@code float} and {@code double} use the shortest text that reads back exactly.
 * Each constant is a class of its own, so a call through a constant compiles to a direct, inlinable call.
 */
public final class ValueCodecs {
    private static final HexFormat HEX = HexFormat.of();

    // ---- boolean and numbers

    public static final ValueCodec<Boolean> BOOLEAN = new ValueCodec<>() {
        @Override
        public void bind(PreparedStatement statement, int index, Boolean value) throws SQLException {
            if (value == null) {
                statement.setNull(index, Types.BOOLEAN);
            } else {
                statement.setBoolean(index, value);
            }
        }

        @Override
        public Boolean read(ResultSet row, int index) throws SQLException {
            boolean value = row.getBoolean(index);
            return row.wasNull() ? null : value;
        }

        @Override
        public String text(Boolean value) {
            return value == null ? null : value.toString();
        }
    };

    public static final ValueCodec<Short> SHORT = new ValueCodec<>() {
        @Override
        public void bind(PreparedStatement statement, int index, Short value) throws SQLException {
            if (value == null) {
                statement.setNull(index, Types.SMALLINT);
            } else {
                statement.setShort(index, value);
            }
        }

        @Override
        public Short read(ResultSet row, int index) throws SQLException {
            short value = row.getShort(index);
            return row.wasNull() ? null : value;
        }

        @Override
        public String text(Short value) {
            return value == null ? null : value.toString();
        }
    };

    public static final ValueCodec<Integer> INT = new ValueCodec<>() {
        @Override
        public void bind(PreparedStatement statement, int index, Integer value) throws SQLException {
            if (value == null) {
                statement.setNull(index, Types.INTEGER);
            } else {
                statement.setInt(index, value);
            }
        }

        @Override
        public Integer read(ResultSet row, int index) throws SQLException {
            int value = row.getInt(index);
            return row.wasNull() ? null : value;
        }

        @Override
        public String text(Integer value) {
            return value == null ? null : value.toString();
        }
    };

    public static final ValueCodec<Long> LONG = new ValueCodec<>() {
        @Override
        public void bind(PreparedStatement statement, int index, Long value) throws SQLException {
            if (value == null) {
                statement.setNull(index, Types.BIGINT);
            } else {
                statement.setLong(index, value);
            }
        }

        @Override
        public Long read(ResultSet row, int index) throws SQLException {
            long value = row.getLong(index);
            return row.wasNull() ? null : value;
        }

        @Override
        public String text(Long value) {
            return value == null ? null : value.toString();
        }
    };

    public static final ValueCodec<Float> FLOAT = new ValueCodec<>() {
        @Override
        public void bind(PreparedStatement statement, int index, Float value) throws SQLException {
            if (value == null) {
                statement.setNull(index, Types.REAL);
            } else {
                statement.setFloat(index, value);
            }
        }

        @Override
        public Float read(ResultSet row, int index) throws SQLException {
            float value = row.getFloat(index);
            return row.wasNull() ? null : value;
        }

        @Override
        public String text(Float value) {
            return value == null ? null : value.toString();
        }
    };

    public static final ValueCodec<Double> DOUBLE = new ValueCodec<>() {
        @Override
        public void bind(PreparedStatement statement, int index, Double value) throws SQLException {
            if (value == null) {
                statement.setNull(index, Types.DOUBLE);
            } else {
                statement.setDouble(index, value);
            }
        }

        @Override
        public Double read(ResultSet row, int index) throws SQLException {
            double value = row.getDouble(index);
            return row.wasNull() ? null : value;
        }

        @Override
        public String text(Double value) {
            return value == null ? null : value.toString();
        }
    };

    public static final ValueCodec<BigDecimal> BIG_DECIMAL = new ValueCodec<>() {
        @Override
        public void bind(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
            if (value == null) {
                statement.setNull(index, Types.NUMERIC);
            } else {
                statement.setBigDecimal(index, value);
            }
        }

        @Override
        public BigDecimal read(ResultSet row, int index) throws SQLException {
            return row.getBigDecimal(index);
        }

        @Override
        public String text(BigDecimal value) {
            return value == null ? null : value.toPlainString();
        }
    };

    // ---- text, JSON, UUID, bytes

    public static final ValueCodec<String> STRING = new ValueCodec<>() {
        @Override
        public void bind(PreparedStatement statement, int index, String value) throws SQLException {
            bindString(statement, index, storableText(value));
        }

        @Override
        public String read(ResultSet row, int index) throws SQLException {
            return row.getString(index);
        }

        @Override
        public String text(String value) {
            return storableText(value);
        }
    };

    /** JSON text, sent untyped so the server reads it as the column's {@code jsonb}. */
    public static final ValueCodec<String> JSON = new ValueCodec<>() {
        @Override
        public void bind(PreparedStatement statement, int index, String value) throws SQLException {
            if (value == null) {
                statement.setNull(index, Types.OTHER);
            } else {
                statement.setObject(index, storableText(value), Types.OTHER);
            }
        }

        @Override
        public String read(ResultSet row, int index) throws SQLException {
            return row.getString(index);
        }

        @Override
        public String text(String value) {
            return storableText(value);
        }
    };

    public static final ValueCodec<java.util.UUID> UUID = new ValueCodec<>() {
        @Override
        public void bind(PreparedStatement statement, int index, java.util.UUID value) throws SQLException {
            if (value == null) {
                statement.setNull(index, Types.OTHER);
            } else {
                statement.setObject(index, value);
            }
        }

        @Override
        public java.util.UUID read(ResultSet row, int index) throws SQLException {
            return row.getObject(index, java.util.UUID.class);
        }

        @Override
        public String text(java.util.UUID value) {
            return value == null ? null : value.toString();
        }
    };

    /** {@code bytea}; its text form is hex ({@code \x0a1b}). */
    public static final ValueCodec<byte[]> BYTES = new ValueCodec<>() {
        @Override
        public void bind(PreparedStatement statement, int index, byte[] value) throws SQLException {
            if (value == null) {
                statement.setNull(index, Types.BINARY);
            } else {
                statement.setBytes(index, value);
            }
        }

        @Override
        public byte[] read(ResultSet row, int index) throws SQLException {
            return row.getBytes(index);
        }

        @Override
        public String text(byte[] value) {
            return value == null ? null : "\\x" + HEX.formatHex(value);
        }
    };

    // ---- date and time

    /** An instant, sent as a UTC {@code timestamptz}. */
    public static final ValueCodec<Instant> INSTANT = new ValueCodec<>() {
        @Override
        public void bind(PreparedStatement statement, int index, Instant value) throws SQLException {
            if (value == null) {
                statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                statement.setObject(index, storableTimestamp(value, Instant.class).atOffset(ZoneOffset.UTC));
            }
        }

        @Override
        public Instant read(ResultSet row, int index) throws SQLException {
            OffsetDateTime value = row.getObject(index, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        }

        @Override
        public String text(Instant value) {
            return value == null ? null
                    : timestampText(LocalDateTime.ofInstant(storableTimestamp(value, Instant.class), ZoneOffset.UTC), "+00");
        }
    };

    public static final ValueCodec<OffsetDateTime> OFFSET_DATE_TIME = new ValueCodec<>() {
        @Override
        public void bind(PreparedStatement statement, int index, OffsetDateTime value) throws SQLException {
            if (value == null) {
                statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                storableTimestamp(value.toInstant(), OffsetDateTime.class);
                statement.setObject(index, value);
            }
        }

        @Override
        public OffsetDateTime read(ResultSet row, int index) throws SQLException {
            return row.getObject(index, OffsetDateTime.class);
        }

        @Override
        public String text(OffsetDateTime value) {
            if (value == null) {
                return null;
            }
            Instant instant = storableTimestamp(value.toInstant(), OffsetDateTime.class);
            return timestampText(LocalDateTime.ofInstant(instant, ZoneOffset.UTC), "+00");
        }
    };

    public static final ValueCodec<LocalDateTime> LOCAL_DATE_TIME = new ValueCodec<>() {
        @Override
        public void bind(PreparedStatement statement, int index, LocalDateTime value) throws SQLException {
            if (value == null) {
                statement.setNull(index, Types.TIMESTAMP);
            } else {
                storableTimestamp(value.toInstant(ZoneOffset.UTC), LocalDateTime.class);
                statement.setObject(index, value);
            }
        }

        @Override
        public LocalDateTime read(ResultSet row, int index) throws SQLException {
            return row.getObject(index, LocalDateTime.class);
        }

        @Override
        public String text(LocalDateTime value) {
            if (value == null) {
                return null;
            }
            storableTimestamp(value.toInstant(ZoneOffset.UTC), LocalDateTime.class);
            return timestampText(value, "");
        }
    };

    public static final ValueCodec<LocalDate> LOCAL_DATE = new ValueCodec<>() {
        @Override
        public void bind(PreparedStatement statement, int index, LocalDate value) throws SQLException {
            if (value == null) {
                statement.setNull(index, Types.DATE);
            } else {
                statement.setObject(index, storableDate(value));
            }
        }

        @Override
        public LocalDate read(ResultSet row, int index) throws SQLException {
            return row.getObject(index, LocalDate.class);
        }

        @Override
        public String text(LocalDate value) {
            return value == null ? null : dateText(storableDate(value));
        }
    };

    public static final ValueCodec<LocalTime> LOCAL_TIME = new ValueCodec<>() {
        @Override
        public void bind(PreparedStatement statement, int index, LocalTime value) throws SQLException {
            if (value == null) {
                statement.setNull(index, Types.TIME);
            } else {
                statement.setObject(index, value);
            }
        }

        @Override
        public LocalTime read(ResultSet row, int index) throws SQLException {
            return row.getObject(index, LocalTime.class);
        }

        @Override
        public String text(LocalTime value) {
            return value == null ? null : value.toString();
        }
    };

    // ---- arrays

    /** {@code text[]}; also the type of every parameter of the multi-row insert. */
    public static final ValueCodec<String[]> STRING_ARRAY = new ValueCodec<>() {
        @Override
        public void bind(PreparedStatement statement, int index, String[] value) throws SQLException {
            bindArray(statement, index, "text", storableTexts(value));
        }

        @Override
        public String[] read(ResultSet row, int index) throws SQLException {
            Object[] elements = arrayElements(row, index);
            return elements == null ? null : Arrays.copyOf(elements, elements.length, String[].class);
        }

        @Override
        public String text(String[] value) {
            return arrayLiteral(storableTexts(value), true);
        }
    };

    public static final ValueCodec<List<String>> STRING_LIST = new ListCodec<>("text", String[].class, true);

    public static final ValueCodec<long[]> LONG_ARRAY = new ValueCodec<>() {
        @Override
        public void bind(PreparedStatement statement, int index, long[] value) throws SQLException {
            bindArray(statement, index, "int8",
                    value == null ? null : Arrays.stream(value).boxed().toArray(Long[]::new));
        }

        @Override
        public long[] read(ResultSet row, int index) throws SQLException {
            Long[] elements = elements(row, index, Long[].class);
            return elements == null ? null : Arrays.stream(elements).mapToLong(Long::longValue).toArray();
        }

        @Override
        public String text(long[] value) {
            return value == null ? null : arrayLiteral(Arrays.stream(value).boxed().toArray(), false);
        }
    };

    public static final ValueCodec<List<Long>> LONG_LIST = new ListCodec<>("int8", Long[].class, false);

    public static final ValueCodec<int[]> INT_ARRAY = new ValueCodec<>() {
        @Override
        public void bind(PreparedStatement statement, int index, int[] value) throws SQLException {
            bindArray(statement, index, "int4",
                    value == null ? null : Arrays.stream(value).boxed().toArray(Integer[]::new));
        }

        @Override
        public int[] read(ResultSet row, int index) throws SQLException {
            Integer[] elements = elements(row, index, Integer[].class);
            return elements == null ? null : Arrays.stream(elements).mapToInt(Integer::intValue).toArray();
        }

        @Override
        public String text(int[] value) {
            return value == null ? null : arrayLiteral(Arrays.stream(value).boxed().toArray(), false);
        }
    };

    public static final ValueCodec<List<Integer>> INT_LIST = new ListCodec<>("int4", Integer[].class, false);

    /** A {@code List} held in an array column: read back as an unmodifiable list. */
    private static final class ListCodec<E> implements ValueCodec<List<E>> {
        private final String elementType;
        private final Class<E[]> arrayType;
        /** An empty array of the element type, for {@code List.toArray}. */
        private final E[] noElements;
        private final boolean quoted;

        ListCodec(String elementType, Class<E[]> arrayType, boolean quoted) {
            this.elementType = elementType;
            this.arrayType = arrayType;
            this.noElements = Arrays.copyOf(new Object[0], 0, arrayType);
            this.quoted = quoted;
        }

        @Override
        public void bind(PreparedStatement statement, int index, List<E> value) throws SQLException {
            bindArray(statement, index, elementType, value == null ? null : storable(value.toArray(noElements)));
        }

        @Override
        public List<E> read(ResultSet row, int index) throws SQLException {
            return asList(elements(row, index, arrayType));
        }

        @Override
        public String text(List<E> value) {
            return value == null ? null : arrayLiteral(storable(value.toArray()), quoted);
        }

        /** Text elements are checked as {@link #STRING} checks them; numbers need no check. */
        private <A> A[] storable(A[] elements) {
            if (quoted) {
                for (A element : elements) {
                    storableText((String) element);
                }
            }
            return elements;
        }
    }

    private ValueCodecs() {
    }

    // ---- enums

    /**
     * The codec of {@code type}, stored as the constant name. A repository creates it once, in a constant: reading
     * uses {@link Enum#valueOf}, which is what the enum's own {@code valueOf} does.
     */
    public static <E extends Enum<E>> ValueCodec<E> enumOf(Class<E> type) {
        return new EnumCodec<>(type);
    }

    private static final class EnumCodec<E extends Enum<E>> implements ValueCodec<E> {
        private final Class<E> type;

        EnumCodec(Class<E> type) {
            this.type = Objects.requireNonNull(type, "type");
        }

        @Override
        public void bind(PreparedStatement statement, int index, E value) throws SQLException {
            bindString(statement, index, value == null ? null : value.name());
        }

        @Override
        public E read(ResultSet row, int index) throws SQLException {
            String name = row.getString(index);
            return name == null ? null : Enum.valueOf(type, name);
        }

        @Override
        public String text(E value) {
            return value == null ? null : value.name();
        }
    }

    // ---- what PostgreSQL's types can hold (StorableValues' rules): checked here, so a value is refused naming its
    // column (ColumnCodec adds the name) instead of failing on the server or deep in java.time.

    private static Instant storableTimestamp(Instant value, Class<?> type) {
        StorableValues.timestampProblem(value).ifPresent(reason -> {
            throw new UnstorableValueException(null, type, reason);
        });
        return value;
    }

    private static LocalDate storableDate(LocalDate value) {
        StorableValues.dateProblem(value).ifPresent(reason -> {
            throw new UnstorableValueException(null, LocalDate.class, reason);
        });
        return value;
    }

    private static String storableText(String value) {
        StorableValues.textProblem(value).ifPresent(reason -> {
            throw new UnstorableValueException(null, String.class, reason);
        });
        return value;
    }

    /**
     * {@code value} as PostgreSQL reads a timestamp: {@code 2024-03-10 02:30:00.123456789+00}, years of at least four
     * digits without a sign, and {@code BC} for ISO years 0 and before (ISO year 0 is 1 BC). java.time's
     * {@code toString()} writes {@code +10000-...} and {@code -4712-...}, which PostgreSQL refuses.
     */
    private static String timestampText(LocalDateTime value, String offset) {
        StringBuilder text = new StringBuilder(40);
        appendDate(text, value.toLocalDate());
        text.append(' ');
        appendTwoDigits(text, value.getHour()).append(':');
        appendTwoDigits(text, value.getMinute()).append(':');
        appendTwoDigits(text, value.getSecond());
        if (value.getNano() > 0) {
            String nanos = Integer.toString(1_000_000_000 + value.getNano()).substring(1);
            text.append('.').append(nanos);
        }
        text.append(offset);
        if (value.getYear() <= 0) {
            text.append(" BC");
        }
        return text.toString();
    }

    /** {@code value} as PostgreSQL reads a date, as {@link #timestampText} writes its date part. */
    private static String dateText(LocalDate value) {
        StringBuilder text = new StringBuilder(16);
        appendDate(text, value);
        return value.getYear() <= 0 ? text.append(" BC").toString() : text.toString();
    }

    private static void appendDate(StringBuilder text, LocalDate value) {
        int year = value.getYear() <= 0 ? 1 - value.getYear() : value.getYear();
        String digits = Integer.toString(year);
        text.append("0".repeat(Math.max(0, 4 - digits.length()))).append(digits).append('-');
        appendTwoDigits(text, value.getMonthValue()).append('-');
        appendTwoDigits(text, value.getDayOfMonth());
    }

    private static StringBuilder appendTwoDigits(StringBuilder text, int value) {
        return text.append(value < 10 ? "0" : "").append(value);
    }

    private static String[] storableTexts(String[] values) {
        if (values != null) {
            for (String value : values) {
                storableText(value);
            }
        }
        return values;
    }

    // ---- shared by several codecs

    private static void bindString(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static void bindArray(PreparedStatement statement, int index, String elementType, Object[] value)
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

    private static <T> T[] elements(ResultSet row, int index, Class<T[]> arrayType) throws SQLException {
        Object[] elements = arrayElements(row, index);
        return elements == null ? null : Arrays.copyOf(elements, elements.length, arrayType);
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
