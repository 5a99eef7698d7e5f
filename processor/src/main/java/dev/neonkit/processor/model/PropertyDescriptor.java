package dev.neonkit.processor.model;

import dev.neonkit.annotations.Id;
import dev.neonkit.schema.naming.JavaNames;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * One persistent property of an entity (a record component, or a field of a class), with everything its annotations
 * say.
 *
 * @param element     the record component or field, so errors point at it
 * @param name        the Java property name
 * @param type        its Java type
 * @param nullable    whether any annotation named {@code Nullable} is on it
 * @param nullableElement whether an annotation named {@code Nullable} is on the element type of an array type,
 *                    {@code @Nullable byte[]} with a type-use {@code Nullable}: the elements, not the column
 * @param column      the {@code @Column} attributes
 * @param id          its {@code @Id}, if it is the key
 * @param reference   its {@code @References}, if it is a foreign key
 * @param json        whether it carries {@code @Json}
 * @param version     whether it carries {@code @Version}
 * @param createdAt   whether it carries {@code @CreatedAt}
 * @param updatedAt   whether it carries {@code @UpdatedAt}
 * @param renamedFrom the previous column name from {@code @RenamedFrom}, if any
 * @param accessor    the no-argument method that returns the value (a record's accessor; {@code name()},
 *                    {@code getName()} or {@code isName()} on a class), empty when a class has none
 */
public record PropertyDescriptor(
        Element element,
        String name,
        PropertyType type,
        boolean nullable,
        boolean nullableElement,
        ColumnSettings column,
        Optional<IdDescriptor> id,
        Optional<ReferenceDescriptor> reference,
        boolean json,
        boolean version,
        boolean createdAt,
        boolean updatedAt,
        Optional<String> renamedFrom,
        Optional<String> accessor) {

    public PropertyDescriptor {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(renamedFrom, "renamedFrom");
        Objects.requireNonNull(accessor, "accessor");
    }

    /** The setter a class entity built with {@link Instantiation.Style#SETTERS} has for this property. */
    public String setterName() {
        return "set" + name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    /** The column name: {@code @Column(name)}, or the snake_case form of the property name. */
    public String columnName() {
        return column.name().isEmpty() ? JavaNames.toSnakeCase(name) : column.name();
    }

    /** Whether the database fills the value in, so the Java side may hold null before the first save. */
    public boolean databaseGenerated() {
        return createdAt || updatedAt || id.map(key -> key.generation(type) != Id.Strategy.NONE).orElse(false);
    }
}
