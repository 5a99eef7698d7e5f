package dev.neonkit.processor.mapping;

import dev.neonkit.annotations.Id;
import dev.neonkit.processor.diagnostics.ErrorReporter;
import dev.neonkit.processor.diagnostics.Tag;
import dev.neonkit.processor.model.EntityDescriptor;
import dev.neonkit.processor.model.IndexDescriptor;
import dev.neonkit.processor.model.PropertyDescriptor;
import dev.neonkit.processor.model.ReferenceDescriptor;
import dev.neonkit.schema.model.CheckConstraint;
import dev.neonkit.schema.model.Column;
import dev.neonkit.schema.model.ColumnType;
import dev.neonkit.schema.model.ForeignKey;
import dev.neonkit.schema.model.Index;
import dev.neonkit.schema.model.PrimaryKey;
import dev.neonkit.schema.model.ReferentialAction;
import dev.neonkit.schema.model.SchemaModel;
import dev.neonkit.schema.model.Table;
import dev.neonkit.schema.model.UniqueConstraint;
import dev.neonkit.schema.naming.ConstraintNames;
import dev.neonkit.schema.naming.Identifiers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;

/**
 * Maps validated entities to the schema module's {@link SchemaModel} and to the {@link EntityMapping}s the generators
 * read, in one pass: each property's row of {@link TypeMappings}, the generated keys and timestamps, and the default
 * names of constraints and indexes all meet here.
 */
public final class SchemaMapper {

    /** The {@code DEFAULT} of {@code @CreatedAt} and {@code @UpdatedAt} columns. */
    private static final String NOW = "now()";
    /** The {@code DEFAULT} of {@code @Id(strategy = UUID)} columns; built into PostgreSQL 13 and later. */
    private static final String RANDOM_UUID = "gen_random_uuid()";
    /** The {@code DEFAULT} of {@code @Version} columns: a new row starts at version 0. */
    private static final String FIRST_VERSION = "0";

    private final ErrorReporter reporter;

    /**
     * The schema and the mapping of each entity, in the order of the entities.
     *
     * @param schema   the schema of all entities
     * @param entities one mapping per entity, each with its table of {@code schema}
     */
    public record Mapped(SchemaModel schema, List<EntityMapping> entities) {
        public Mapped {
            Objects.requireNonNull(schema, "schema");
            entities = List.copyOf(entities);
        }
    }

    public SchemaMapper(ErrorReporter reporter) {
        this.reporter = reporter;
    }

    /**
     * The schema and mappings of {@code entities}, which passed validation; empty when the schema module still
     * rejects something (an unparsable {@code @Column(type)}, two constraints with one name), which is reported on
     * the element.
     */
    public Optional<Mapped> map(List<EntityDescriptor> entities) {
        Map<String, EntityDescriptor> byName =
                entities.stream().collect(Collectors.toMap(EntityDescriptor::qualifiedName, Function.identity()));
        List<EntityMapping> mappings = new ArrayList<>();
        boolean rejected = false;
        for (EntityDescriptor entity : entities) {
            try {
                mappings.add(entity(entity, byName));
            } catch (IllegalArgumentException e) {
                reporter.error(Tag.INVALID_SCHEMA, entity.element(), "%s", e.getMessage());
                rejected = true;
            }
        }
        // Only this mapping's own errors count: after a validation error elsewhere, the sound entities are mapped too.
        if (rejected) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Mapped(new SchemaModel(mappings.stream().map(EntityMapping::table).toList()),
                    mappings));
        } catch (IllegalArgumentException e) {
            reporter.global(Diagnostic.Kind.ERROR, Tag.INVALID_SCHEMA, e.getMessage());
            return Optional.empty();
        }
    }

    private EntityMapping entity(EntityDescriptor entity, Map<String, EntityDescriptor> entities) {
        String table = entity.tableName();
        Table.Builder builder = Table.builder(entity.qualifiedTableName());
        entity.renamedFrom().ifPresent(builder::renamedFrom);
        List<ColumnMapping> columns = new ArrayList<>();
        // The table class's names: DSL, its own constant, then each column's in declaration order.
        Set<String> javaNames = new HashSet<>(ColumnMapping.TABLE_CLASS_NAMES);
        javaNames.add(ColumnMapping.javaConstant(table, javaNames));
        for (PropertyDescriptor property : entity.properties()) {
            TypeMapping type = TypeMappings.of(property);
            Column mapped = column(property, type);
            String constant = ColumnMapping.javaConstant(mapped.name(), javaNames);
            javaNames.add(constant);
            columns.add(new ColumnMapping(property, mapped, type, constant));
            builder.column(mapped);
            String column = property.columnName();
            if (property.id().isPresent()) {
                builder.primaryKey(new PrimaryKey(ConstraintNames.primaryKey(table), List.of(column)));
            }
            if (property.column().unique()) {
                builder.unique(new UniqueConstraint(ConstraintNames.unique(table, List.of(column)), List.of(column)));
            }
            checkExpression(property).ifPresent(expression ->
                    builder.check(new CheckConstraint(ConstraintNames.check(table, column), expression)));
            property.reference().ifPresent(reference ->
                    builder.foreignKey(foreignKey(table, column, entities.get(reference.targetName()), reference)));
        }
        for (IndexDescriptor index : entity.indexes()) {
            List<String> indexColumns = index.properties().stream()
                    .map(name -> entity.property(name).orElseThrow().columnName())
                    .toList();
            String name = index.name().isEmpty() ? ConstraintNames.index(table, indexColumns) : index.name();
            builder.index(new Index(name, indexColumns, index.unique(), optional(index.where())));
        }
        return new EntityMapping(entity, builder.build(), columns);
    }

    private Column column(PropertyDescriptor property, TypeMapping mapping) {
        String name = property.columnName();
        ColumnType type = mapping.sqlType();
        Optional<Id.Strategy> generation = property.id().map(id -> id.generation(property.type()));
        if (generation.equals(Optional.of(Id.Strategy.IDENTITY))) {
            return new Column(name, type, false, Optional.empty(), true, property.renamedFrom());
        }
        Optional<String> defaultSql = optional(property.column().defaultSql());
        if (defaultSql.isEmpty() && generation.equals(Optional.of(Id.Strategy.UUID))) {
            defaultSql = Optional.of(RANDOM_UUID);
        } else if (defaultSql.isEmpty() && (property.createdAt() || property.updatedAt())) {
            defaultSql = Optional.of(NOW);
        } else if (defaultSql.isEmpty() && property.version()) {
            defaultSql = Optional.of(FIRST_VERSION);
        }
        // Database-filled values stay NOT NULL even when the Java side is @Nullable before the first save.
        boolean nullable = property.nullable() && !property.databaseGenerated() && property.id().isEmpty();
        return new Column(name, type, nullable, defaultSql, false, property.renamedFrom());
    }

    /**
     * The CHECK of a column: the enum's constants, the {@code @Column(check)} expression, or both joined with AND
     * (PostgreSQL's default naming gives a column one check name).
     */
    private static Optional<String> checkExpression(PropertyDescriptor property) {
        List<String> parts = new ArrayList<>();
        List<String> constants = property.type().enumConstants();
        if (!constants.isEmpty()) {
            parts.add(Identifiers.quote(property.columnName()) + " IN ("
                    + constants.stream().map(constant -> "'" + constant + "'").collect(Collectors.joining(", ")) + ")");
        }
        optional(property.column().check()).ifPresent(parts::add);
        if (parts.size() == 2) {
            return Optional.of(parts.get(0) + " AND (" + parts.get(1) + ")");
        }
        return parts.stream().findFirst();
    }

    private static ForeignKey foreignKey(
            String table, String column, EntityDescriptor target, ReferenceDescriptor reference) {
        String targetColumn = target.idProperties().get(0).columnName();
        return new ForeignKey(ConstraintNames.foreignKey(table, List.of(column)), List.of(column),
                target.qualifiedTableName(), List.of(targetColumn), ReferentialAction.valueOf(reference.onDelete().name()));
    }

    private static Optional<String> optional(String text) {
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
