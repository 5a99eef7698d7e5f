package dev.neonkit.processor.mapping;

import dev.neonkit.processor.model.EntityDescriptor;
import dev.neonkit.processor.model.PropertyDescriptor;
import dev.neonkit.schema.model.Table;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An entity with its table and the mapping of every property, in declaration order: what the table and repository
 * generators need.
 *
 * @param entity  the entity
 * @param table   its table
 * @param columns one mapping per persistent property, in declaration order
 */
public record EntityMapping(EntityDescriptor entity, Table table, List<ColumnMapping> columns) {

    public EntityMapping {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
    }

    /** The mapping of the {@code @Id} property. */
    public ColumnMapping id() {
        return columns.stream().filter(column -> column.property().id().isPresent()).findFirst().orElseThrow();
    }

    /** The mapping of the {@code @Version} property, if any. */
    public Optional<ColumnMapping> version() {
        return columns.stream().filter(column -> column.property().version()).findFirst();
    }

    /** The mapping of {@code property}. */
    public ColumnMapping column(PropertyDescriptor property) {
        return columns.stream().filter(column -> column.property().equals(property)).findFirst().orElseThrow();
    }
}
