package dev.neonkit.processor.model;

import com.palantir.javapoet.ClassName;
import dev.neonkit.schema.model.TableName;
import dev.neonkit.schema.naming.JavaNames;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * One {@code @NeonEntity} type, as the annotations describe it.
 *
 * @param element       the type, so errors point at it (and generated files name it as their origin)
 * @param className     the type for generated code (nested types included)
 * @param qualifiedName its qualified name
 * @param simpleName    its simple name
 * @param packageName   its package, empty for the unnamed package
 * @param table         the {@code table} attribute, empty for the default
 * @param schema        the {@code schema} attribute, empty for none
 * @param shape         whether it can be mapped at all
 * @param properties    persistent properties in declaration order
 * @param indexes       its {@code @Index} annotations in declaration order
 * @param renamedFrom   the previous table name from {@code @RenamedFrom}, if any
 * @param instantiation how a row becomes an instance
 * @param transients    properties left out of the table that carry column annotations anyway
 */
public record EntityDescriptor(
        TypeElement element,
        ClassName className,
        String qualifiedName,
        String simpleName,
        String packageName,
        String table,
        String schema,
        EntityShape shape,
        List<PropertyDescriptor> properties,
        List<IndexDescriptor> indexes,
        Optional<String> renamedFrom,
        Instantiation instantiation,
        List<TransientProperty> transients) {

    public EntityDescriptor {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(qualifiedName, "qualifiedName");
        Objects.requireNonNull(simpleName, "simpleName");
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(shape, "shape");
        properties = List.copyOf(properties);
        indexes = List.copyOf(indexes);
        Objects.requireNonNull(renamedFrom, "renamedFrom");
        Objects.requireNonNull(instantiation, "instantiation");
        transients = List.copyOf(transients);
    }

    /** The single {@code @Id} property of a valid entity. */
    public PropertyDescriptor idProperty() {
        return idProperties().get(0);
    }

    /** The {@code @Version} property, if any. */
    public Optional<PropertyDescriptor> versionProperty() {
        return properties.stream().filter(PropertyDescriptor::version).findFirst();
    }

    /** The table name: the {@code table} attribute, or the snake_case form of the simple name. */
    public String tableName() {
        return table.isEmpty() ? JavaNames.toSnakeCase(simpleName) : table;
    }

    /** The schema-qualified table name ({@code public} when no schema is given). */
    public TableName qualifiedTableName() {
        return new TableName(schema.isEmpty() ? TableName.DEFAULT_SCHEMA : schema, tableName());
    }

    /** The {@code @Id} properties; a valid entity has exactly one. */
    public List<PropertyDescriptor> idProperties() {
        return properties.stream().filter(property -> property.id().isPresent()).toList();
    }

    /** The property called {@code name}, if any. */
    public Optional<PropertyDescriptor> property(String name) {
        return properties.stream().filter(property -> property.name().equals(name)).findFirst();
    }
}
