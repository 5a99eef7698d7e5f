package dev.neonkit.processor.conversion;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.neonkit.processor.model.PropertyDescriptor;
import dev.neonkit.schema.model.Column;
import java.util.Objects;

/**
 * How one property travels between Java and its column.
 *
 * @param property   the property
 * @param column     its column, as {@link SchemaModelBuilder} mapped it
 * @param jdbcName   the suffix of the runtime's {@code JdbcValues} methods that bind, read and write it as text
 *                   ({@code Long} for {@code setLong}, {@code getLong}, {@code textLong})
 * @param jooqType   the {@code org.jooq.impl.SQLDataType} constant of its typed jOOQ field
 * @param jooqValue  the Java type of that field's values
 */
public record ColumnMapping(
        PropertyDescriptor property, Column column, String jdbcName, String jooqType, TypeName jooqValue) {

    /** jOOQ's JSONB value type, the field type of {@code @Json} columns. */
    static final ClassName JSONB = ClassName.get("org.jooq", "JSONB");

    public ColumnMapping {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(jdbcName, "jdbcName");
        Objects.requireNonNull(jooqType, "jooqType");
        Objects.requireNonNull(jooqValue, "jooqValue");
    }

    /** The column name. */
    public String name() {
        return column.name();
    }

    /** The column's type as SQL, for casts ({@code numeric(12,2)}, {@code text[]}). */
    public String sqlType() {
        return column.type().sql();
    }
}
