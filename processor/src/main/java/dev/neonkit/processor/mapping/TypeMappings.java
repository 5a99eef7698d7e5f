package dev.neonkit.processor.mapping;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.neonkit.processor.model.ColumnSettings;
import dev.neonkit.processor.model.PropertyDescriptor;
import dev.neonkit.processor.model.PropertyType;
import dev.neonkit.schema.model.ColumnType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The one table from a property's Java kind to its SQL type, jOOQ data type and runtime value codec. It is a switch
 * over {@link dev.neonkit.processor.model.JavaKind} without a default, so a new kind does not compile until it has
 * a row here; the runtime's {@code ValueCodecs} needs the codec named in that row.
 */
public final class TypeMappings {

    /** jOOQ's JSONB value type, the field type of {@code @Json} columns. */
    private static final ClassName JSONB = ClassName.get("org.jooq", "JSONB");

    private TypeMappings() {
    }

    /**
     * The row of {@code property}, which passed validation.
     *
     * @throws IllegalArgumentException when its {@code @Column(type)} is not a column type
     */
    public static TypeMapping of(PropertyDescriptor property) {
        try {
            return row(property);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("@Column(type) of '" + property.name() + "': " + e.getMessage(), e);
        }
    }

    private static TypeMapping row(PropertyDescriptor property) {
        PropertyType type = property.type();
        ColumnSettings settings = property.column();
        boolean list = type.isList();
        return switch (type.kind()) {
            case BOOLEAN -> row(property, ColumnType.of("boolean"), "BOOLEAN", Boolean.class, "BOOLEAN");
            case SHORT -> row(property, ColumnType.of("smallint"), "SMALLINT", Short.class, "SHORT");
            case INT -> row(property, ColumnType.of("integer"), "INTEGER", Integer.class, "INT");
            case LONG -> row(property, ColumnType.of("bigint"), "BIGINT", Long.class, "LONG");
            case FLOAT -> row(property, ColumnType.of("real"), "REAL", Float.class, "FLOAT");
            case DOUBLE -> row(property, ColumnType.of("double precision"), "DOUBLE", Double.class, "DOUBLE");
            case BIG_DECIMAL -> row(property, settings.precision() > 0
                    ? ColumnType.of("numeric", settings.precision(), settings.scale())
                    : ColumnType.of("numeric"), "NUMERIC", BigDecimal.class, "BIG_DECIMAL");
            case STRING -> property.json()
                    ? row(property, ColumnType.of("jsonb"), "JSONB", false, JSONB, "JSON")
                    : string(property, settings.length() > 0 ? ColumnType.of("varchar", settings.length())
                            : ColumnType.of("text"));
            case UUID -> row(property, ColumnType.of("uuid"), "UUID", UUID.class, "UUID");
            case INSTANT -> row(property, ColumnType.of("timestamptz"), "INSTANT", Instant.class, "INSTANT");
            case OFFSET_DATE_TIME -> row(property, ColumnType.of("timestamptz"), "TIMESTAMPWITHTIMEZONE",
                    OffsetDateTime.class, "OFFSET_DATE_TIME");
            case LOCAL_DATE_TIME -> row(property, ColumnType.of("timestamp"), "LOCALDATETIME", LocalDateTime.class,
                    "LOCAL_DATE_TIME");
            case LOCAL_DATE -> row(property, ColumnType.of("date"), "LOCALDATE", LocalDate.class, "LOCAL_DATE");
            case LOCAL_TIME -> row(property, ColumnType.of("time"), "LOCALTIME", LocalTime.class, "LOCAL_TIME");
            case BYTES -> row(property, ColumnType.of("bytea"), "BLOB", false, ArrayTypeName.of(TypeName.BYTE),
                    "BYTES");
            // The jOOQ field converts the stored constant name to the enum, so conditions compare enum values.
            case ENUM -> new TypeMapping(sqlType(property, ColumnType.of("text")), "VARCHAR", false, type.javaType(),
                    ValueCodecRef.ofEnum(type.javaType()));
            case STRING_ARRAY -> row(property, ColumnType.of("text").asArray(), "CLOB", true,
                    ArrayTypeName.of(String.class), list ? "STRING_LIST" : "STRING_ARRAY");
            case LONG_ARRAY -> row(property, ColumnType.of("bigint").asArray(), "BIGINT", true,
                    ArrayTypeName.of(Long.class), list ? "LONG_LIST" : "LONG_ARRAY");
            case INT_ARRAY -> row(property, ColumnType.of("integer").asArray(), "INTEGER", true,
                    ArrayTypeName.of(Integer.class), list ? "INT_LIST" : "INT_ARRAY");
            case UNSUPPORTED -> throw new IllegalStateException("validation lets no unsupported type through");
        };
    }

    /** A {@code String} column is a jOOQ {@code VARCHAR} when its type is {@code varchar}, else a {@code CLOB}. */
    private static TypeMapping string(PropertyDescriptor property, ColumnType defaultType) {
        ColumnType sqlType = sqlType(property, defaultType);
        return new TypeMapping(sqlType, sqlType.name().equals("varchar") ? "VARCHAR" : "CLOB", false,
                TypeName.get(String.class), ValueCodecRef.shared("STRING"));
    }

    private static TypeMapping row(
            PropertyDescriptor property, ColumnType defaultType, String jooqType, Class<?> jooqValue, String codec) {
        return row(property, defaultType, jooqType, false, TypeName.get(jooqValue), codec);
    }

    private static TypeMapping row(PropertyDescriptor property, ColumnType defaultType, String jooqType,
                                   boolean jooqArray, TypeName jooqValue, String codec) {
        return new TypeMapping(sqlType(property, defaultType), jooqType, jooqArray, jooqValue,
                ValueCodecRef.shared(codec));
    }

    /** {@code @Column(type)} as written, else {@code defaultType}. */
    private static ColumnType sqlType(PropertyDescriptor property, ColumnType defaultType) {
        String declared = property.column().type();
        return declared.isEmpty() ? defaultType : ColumnType.parse(declared);
    }
}
