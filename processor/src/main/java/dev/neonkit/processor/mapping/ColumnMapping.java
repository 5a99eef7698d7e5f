package dev.neonkit.processor.mapping;

import dev.neonkit.processor.model.PropertyDescriptor;
import dev.neonkit.schema.model.Column;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * How one property travels between Java and its column.
 *
 * @param property the property
 * @param column   its column
 * @param type     its row of {@link TypeMappings}, from which {@code column} was built
 * @param constantName the column as a Java constant, unique in its table class ({@code customer_id} ->
 *                 {@code CUSTOMER_ID}); see {@link SchemaMapper}
 */
public record ColumnMapping(PropertyDescriptor property, Column column, TypeMapping type, String constantName) {

    public ColumnMapping {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(constantName, "constantName");
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

    /**
     * Upper-case names a generated table class calls ({@code DSL.name(...)}), which a field of the same name would
     * obscure.
     */
    public static final Set<String> TABLE_CLASS_NAMES = Set.of("DSL");

    /**
     * {@code sqlName} as a Java constant name that is not in {@code taken}: upper case, {@code _} for anything else,
     * never a leading digit; as jOOQ's generator does, a name that is taken or not a Java name gets a trailing
     * {@code _} until it is free (column {@code note} of table {@code note} is {@code NOTE_}).
     */
    public static String javaConstant(String sqlName, Set<String> taken) {
        String constant = sqlName.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
        if (constant.isEmpty() || Character.isDigit(constant.charAt(0))) {
            constant = "_" + constant;
        }
        while (taken.contains(constant) || !SourceVersion.isName(constant)) {
            constant += "_";
        }
        return constant;
    }
}
