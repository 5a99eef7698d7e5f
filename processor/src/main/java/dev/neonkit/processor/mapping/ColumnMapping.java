package dev.neonkit.processor.mapping;

import dev.neonkit.processor.model.PropertyDescriptor;
import dev.neonkit.schema.model.Column;
import java.util.Locale;
import java.util.Objects;

/**
 * How one property travels between Java and its column.
 *
 * @param property the property
 * @param column   its column
 * @param type     its row of {@link TypeMappings}, from which {@code column} was built
 */
public record ColumnMapping(PropertyDescriptor property, Column column, TypeMapping type) {

    public ColumnMapping {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(type, "type");
    }

    /** The column name. */
    public String name() {
        return column.name();
    }

    /** The column's type as SQL, for casts ({@code numeric(12,2)}, {@code text[]}). */
    public String sqlType() {
        return column.type().sql();
    }

    /** The runtime codec of the column's values. */
    public ValueCodecRef codec() {
        return type.codec();
    }

    /** The column name as a Java constant ({@code customer_id} -> {@code CUSTOMER_ID}). */
    public String constantName() {
        return javaConstant(column.name());
    }

    /** {@code sqlName} as a Java constant name: upper case, {@code _} for anything else, never a leading digit. */
    public static String javaConstant(String sqlName) {
        String constant = sqlName.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
        return Character.isDigit(constant.charAt(0)) ? "_" + constant : constant;
    }
}
