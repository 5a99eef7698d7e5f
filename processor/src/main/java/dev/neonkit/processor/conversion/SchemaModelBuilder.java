package dev.neonkit.processor.conversion;

import dev.neonkit.annotations.Id;
import dev.neonkit.processor.model.ColumnSettings;
import dev.neonkit.processor.model.EntityDescriptor;
import dev.neonkit.processor.model.IndexDescriptor;
import dev.neonkit.processor.model.PropertyDescriptor;
import dev.neonkit.processor.model.ReferenceDescriptor;
import dev.neonkit.processor.validation.ErrorReporter;
import dev.neonkit.processor.validation.Rule;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;

/**
 * Builds the schema module's {@link SchemaModel} from validated entities: the type mapping, the generated keys and
 * timestamps, and the default names of constraints and indexes all live here.
 */
public final class SchemaModelBuilder {

    /** The {@code DEFAULT} of {@code @CreatedAt} and {@code @UpdatedAt} columns. */
    private static final String NOW = "now()";
    /** The {@code DEFAULT} of {@code @Id(strategy = UUID)} columns; built into PostgreSQL 13 and later. */
    private static final String RANDOM_UUID = "gen_random_uuid()";
    /** The {@code DEFAULT} of {@code @Version} columns: a new row starts at version 0. */
    private static final String FIRST_VERSION = "0";

    private final ErrorReporter reporter;

    public SchemaModelBuilder(ErrorReporter reporter) {
        this.reporter = reporter;
    }

    /**
     * The schema of {@code entities}, which passed validation; empty when the schema module still rejects something
     * (an unparsable {@code @Column(type)}, two constraints with one name), which is reported on the element.
     */
    public Optional<SchemaModel> build(List<EntityDescriptor> entities) {
        Map<String, EntityDescriptor> byName =
                entities.stream().collect(Collectors.toMap(EntityDescriptor::qualifiedName, Function.identity()));
        List<Table> tables = new ArrayList<>();
        for (EntityDescriptor entity : entities) {
            try {
                tables.add(table(entity, byName));
            } catch (IllegalArgumentException e) {
                reporter.error(Rule.INVALID_SCHEMA, entity.element(), "%s", e.getMessage());
            }
        }
        if (reporter.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SchemaModel(tables));
        } catch (IllegalArgumentException e) {
            reporter.global(Diagnostic.Kind.ERROR, Rule.INVALID_SCHEMA, e.getMessage());
            return Optional.empty();
        }
    }

    private Table table(EntityDescriptor entity, Map<String, EntityDescriptor> entities) {
        String table = entity.tableName();
        Table.Builder builder = Table.builder(entity.qualifiedTableName());
        entity.renamedFrom().ifPresent(builder::renamedFrom);
        for (PropertyDescriptor property : entity.properties()) {
            builder.column(column(property));
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
            List<String> columns = index.properties().stream()
                    .map(name -> entity.property(name).orElseThrow().columnName())
                    .toList();
            String name = index.name().isEmpty() ? ConstraintNames.index(table, columns) : index.name();
            builder.index(new Index(name, columns, index.unique(), optional(index.where())));
        }
        return builder.build();
    }

    private Column column(PropertyDescriptor property) {
        String name = property.columnName();
        ColumnType type;
        try {
            type = property.column().type().isEmpty() ? mappedType(property) : ColumnType.parse(property.column().type());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("@Column(type) of '" + property.name() + "': " + e.getMessage(), e);
        }
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

    private static ColumnType mappedType(PropertyDescriptor property) {
        ColumnSettings settings = property.column();
        return switch (property.type().kind()) {
            case BOOLEAN -> ColumnType.of("boolean");
            case SHORT -> ColumnType.of("smallint");
            case INT -> ColumnType.of("integer");
            case LONG -> ColumnType.of("bigint");
            case FLOAT -> ColumnType.of("real");
            case DOUBLE -> ColumnType.of("double precision");
            case BIG_DECIMAL -> settings.precision() > 0
                    ? ColumnType.of("numeric", settings.precision(), settings.scale())
                    : ColumnType.of("numeric");
            case STRING -> property.json() ? ColumnType.of("jsonb")
                    : settings.length() > 0 ? ColumnType.of("varchar", settings.length()) : ColumnType.of("text");
            case UUID -> ColumnType.of("uuid");
            case INSTANT, OFFSET_DATE_TIME -> ColumnType.of("timestamptz");
            case LOCAL_DATE_TIME -> ColumnType.of("timestamp");
            case LOCAL_DATE -> ColumnType.of("date");
            case LOCAL_TIME -> ColumnType.of("time");
            case BYTES -> ColumnType.of("bytea");
            case ENUM -> ColumnType.of("text");
            case STRING_ARRAY -> ColumnType.of("text").asArray();
            case LONG_ARRAY -> ColumnType.of("bigint").asArray();
            case INT_ARRAY -> ColumnType.of("integer").asArray();
            case UNSUPPORTED -> throw new IllegalStateException("validation lets no unsupported type through");
        };
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
