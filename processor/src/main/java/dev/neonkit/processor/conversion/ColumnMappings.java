package dev.neonkit.processor.conversion;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.neonkit.processor.model.EntityDescriptor;
import dev.neonkit.processor.model.JavaKind;
import dev.neonkit.processor.model.PropertyDescriptor;
import dev.neonkit.processor.model.PropertyType;
import dev.neonkit.schema.model.Column;
import dev.neonkit.schema.model.SchemaModel;
import dev.neonkit.schema.model.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Maps each property to the runtime's JDBC binding and a jOOQ data type. The SQL type itself is
 * {@link SchemaModelBuilder}'s decision: this class reads the column it built and adds only the Java side.
 */
public final class ColumnMappings {

    private ColumnMappings() {
    }

    /** The mapping of every entity, in the order given; {@code schema} is what {@link SchemaModelBuilder} built. */
    public static List<EntityMapping> of(List<EntityDescriptor> entities, SchemaModel schema) {
        return entities.stream().map(entity -> of(entity, schema)).toList();
    }

    private static EntityMapping of(EntityDescriptor entity, SchemaModel schema) {
        Table table = schema.table(entity.qualifiedTableName()).orElseThrow();
        List<ColumnMapping> columns = entity.properties().stream()
                .map(property -> mapping(property, table.column(property.columnName()).orElseThrow()))
                .toList();
        return new EntityMapping(entity, table, columns);
    }

    private static ColumnMapping mapping(PropertyDescriptor property, Column column) {
        PropertyType type = property.type();
        boolean list = type.isList();
        return switch (type.kind()) {
            case BOOLEAN -> new ColumnMapping(property, column, "Boolean", "BOOLEAN", TypeName.get(Boolean.class));
            case SHORT -> new ColumnMapping(property, column, "Short", "SMALLINT", TypeName.get(Short.class));
            case INT -> new ColumnMapping(property, column, "Int", "INTEGER", TypeName.get(Integer.class));
            case LONG -> new ColumnMapping(property, column, "Long", "BIGINT", TypeName.get(Long.class));
            case FLOAT -> new ColumnMapping(property, column, "Float", "REAL", TypeName.get(Float.class));
            case DOUBLE -> new ColumnMapping(property, column, "Double", "DOUBLE", TypeName.get(Double.class));
            case BIG_DECIMAL -> new ColumnMapping(property, column, "BigDecimal", "NUMERIC",
                    TypeName.get(BigDecimal.class));
            case STRING -> property.json()
                    ? new ColumnMapping(property, column, "Json", "JSONB", ColumnMapping.JSONB)
                    : new ColumnMapping(property, column, "String",
                            column.type().name().equals("varchar") ? "VARCHAR" : "CLOB", TypeName.get(String.class));
            case UUID -> new ColumnMapping(property, column, "Uuid", "UUID", TypeName.get(UUID.class));
            case INSTANT -> new ColumnMapping(property, column, "Instant", "INSTANT", TypeName.get(Instant.class));
            case OFFSET_DATE_TIME -> new ColumnMapping(property, column, "OffsetDateTime", "TIMESTAMPWITHTIMEZONE",
                    TypeName.get(OffsetDateTime.class));
            case LOCAL_DATE_TIME -> new ColumnMapping(property, column, "LocalDateTime", "LOCALDATETIME",
                    TypeName.get(LocalDateTime.class));
            case LOCAL_DATE -> new ColumnMapping(property, column, "LocalDate", "LOCALDATE",
                    TypeName.get(LocalDate.class));
            case LOCAL_TIME -> new ColumnMapping(property, column, "LocalTime", "LOCALTIME",
                    TypeName.get(LocalTime.class));
            case BYTES -> new ColumnMapping(property, column, "Bytes", "BLOB", ArrayTypeName.of(TypeName.BYTE));
            // The field converts the stored constant name to the enum, so conditions compare enum values.
            case ENUM -> new ColumnMapping(property, column, "Enum", "VARCHAR", type.javaType());
            case STRING_ARRAY -> new ColumnMapping(property, column, list ? "StringList" : "StringArray", "CLOB",
                    ArrayTypeName.of(String.class));
            case LONG_ARRAY -> new ColumnMapping(property, column, list ? "LongList" : "LongArray", "BIGINT",
                    ArrayTypeName.of(ClassName.get(Long.class)));
            case INT_ARRAY -> new ColumnMapping(property, column, list ? "IntList" : "IntArray", "INTEGER",
                    ArrayTypeName.of(ClassName.get(Integer.class)));
            case UNSUPPORTED -> throw new IllegalStateException("validation lets no unsupported type through");
        };
    }

    /** Whether {@code kind} is one of the array kinds, whose jOOQ type is {@code <element>.array()}. */
    public static boolean isArray(JavaKind kind) {
        return kind == JavaKind.STRING_ARRAY || kind == JavaKind.LONG_ARRAY || kind == JavaKind.INT_ARRAY;
    }
}
