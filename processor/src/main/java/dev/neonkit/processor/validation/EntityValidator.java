package dev.neonkit.processor.validation;

import com.palantir.javapoet.ArrayTypeName;
import dev.neonkit.annotations.Id;
import dev.neonkit.annotations.References;
import dev.neonkit.processor.diagnostics.ErrorReporter;
import dev.neonkit.processor.diagnostics.Tag;
import dev.neonkit.processor.model.EntityDescriptor;
import dev.neonkit.processor.model.EntityShape;
import dev.neonkit.processor.model.IndexDescriptor;
import dev.neonkit.processor.model.JavaKind;
import dev.neonkit.processor.model.PropertyDescriptor;
import dev.neonkit.processor.model.ReferenceDescriptor;
import dev.neonkit.processor.model.TransientProperty;
import dev.neonkit.schema.model.SqlExpressions;
import dev.neonkit.schema.model.TableName;
import dev.neonkit.schema.naming.Identifiers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Checks every entity, and the entities against each other, reporting each problem on the element it is about. It
 * checks all entities even after an error, so one bad entity never hides the problems of another.
 */
public final class EntityValidator {

    private final ErrorReporter reporter;

    public EntityValidator(ErrorReporter reporter) {
        this.reporter = reporter;
    }

    /** Validates {@code entities}, which are all the entities of the compilation. */
    public void validate(List<EntityDescriptor> entities) {
        Map<String, EntityDescriptor> byName = entities.stream()
                .collect(Collectors.toMap(EntityDescriptor::qualifiedName, entity -> entity));
        for (EntityDescriptor entity : entities) {
            validateShape(entity);
            validateKey(entity);
            validateNames(entity);
            validateSingleVersion(entity);
            entity.transients().forEach(this::validateTransient);
            entity.properties().forEach(property -> validateProperty(entity, property));
            entity.properties().forEach(property -> property.reference()
                    .ifPresent(reference -> validateReference(property, reference, byName)));
            entity.indexes().forEach(index -> validateIndex(entity, index));
        }
        validateDistinctTables(entities);
    }

    private void validateShape(EntityDescriptor entity) {
        EntityShape shape = entity.shape();
        String name = entity.simpleName();
        if (!shape.classOrRecord()) {
            reporter.error(Tag.ENTITY_SHAPE, entity.element(),
                    "@NeonEntity %s must be a record or a class, not a %s", name,
                    shape.declaredAs());
            return;
        }
        if (shape.isAbstract()) {
            reporter.error(Tag.ENTITY_SHAPE, entity.element(),
                    "@NeonEntity %s is abstract, so rows cannot be read into it. Make it a concrete class or a record.", name);
        }
        if (shape.generic()) {
            reporter.error(Tag.ENTITY_SHAPE, entity.element(),
                    "@NeonEntity %s declares type parameters, but a table has fixed column types. Remove the type parameters.",
                    name);
        }
        if (shape.innerClass()) {
            reporter.error(Tag.ENTITY_SHAPE, entity.element(),
                    "@NeonEntity %s is an inner class, which needs an enclosing instance. Make it static or top-level.", name);
        }
        if (!shape.usableConstructor()) {
            String properties = entity.properties().stream()
                    .map(property -> property.type().displayName() + " " + property.name())
                    .collect(Collectors.joining(", "));
            reporter.error(Tag.NO_CONSTRUCTOR, entity.element(),
                    "Class %s cannot be built from its columns. Add a constructor %s(%s), or a no-argument constructor and a "
                            + "setter for each property.",
                    name, name, properties);
        }
        for (PropertyDescriptor property : entity.properties()) {
            if (property.accessor().isEmpty()) {
                reporter.error(Tag.NO_ACCESSOR, property.element(),
                        "Repositories cannot read '%s' of %s. Add a non-private method %s() or get%s() returning it.",
                        property.name(), name, property.name(),
                        property.name().substring(0, 1).toUpperCase(Locale.ROOT) + property.name().substring(1));
            }
        }
    }

    private void validateKey(EntityDescriptor entity) {
        List<PropertyDescriptor> ids = entity.idProperties();
        if (ids.isEmpty()) {
            reporter.error(Tag.MISSING_ID, entity.element(),
                    "@NeonEntity %s has no @Id property. Mark its primary-key property with @Id.", entity.simpleName());
        }
        for (PropertyDescriptor extra : ids.stream().skip(1).toList()) {
            reporter.error(Tag.DUPLICATE_ID, extra.element(),
                    "%s already has @Id '%s'; an entity has exactly one @Id (composite keys are not supported). Remove one.",
                    entity.simpleName(), ids.get(0).name());
        }
        for (PropertyDescriptor id : ids) {
            Id.Strategy declared = id.id().orElseThrow().declared();
            JavaKind kind = id.type().kind();
            if (declared == Id.Strategy.IDENTITY && !kind.isIntegral()) {
                reporter.error(Tag.ID_STRATEGY, id.element(),
                        "@Id(strategy = IDENTITY) needs an int or long property, but '%s' is %s.", id.name(),
                        id.type().displayName());
            } else if (declared == Id.Strategy.UUID && kind != JavaKind.UUID) {
                reporter.error(Tag.ID_STRATEGY, id.element(),
                        "@Id(strategy = UUID) needs a java.util.UUID property, but '%s' is %s.", id.name(),
                        id.type().displayName());
            } else if (id.nullable() && !id.databaseGenerated() && !id.type().primitive()) {
                reporter.error(Tag.NULLABLE_ID, id.element(),
                        "@Id '%s' is @Nullable but the application assigns it, and a primary key is never null. Remove @Nullable,"
                                + " or let the database generate it (@Id(strategy = IDENTITY or UUID)).",
                        id.name());
            }
        }
    }

    private void validateNames(EntityDescriptor entity) {
        requireShortIdentifier(entity, entity.tableName(), "table name");
        if (!entity.schema().isEmpty()) {
            requireShortIdentifier(entity, entity.schema(), "schema name");
        }
        Map<String, PropertyDescriptor> byColumn = new HashMap<>();
        for (PropertyDescriptor property : entity.properties()) {
            if (Identifiers.byteLength(property.columnName()) > Identifiers.MAX_BYTES) {
                reporter.error(Tag.IDENTIFIER_TOO_LONG, property.element(),
                        "Column name %s of property '%s' is %d bytes; PostgreSQL silently truncates identifiers to %d bytes. "
                                + "Choose a shorter name with @Column(name = \"...\").",
                        property.columnName(), property.name(), Identifiers.byteLength(property.columnName()),
                        Identifiers.MAX_BYTES);
            }
            PropertyDescriptor previous = byColumn.putIfAbsent(property.columnName(), property);
            if (previous != null) {
                reporter.error(Tag.DUPLICATE_COLUMN, property.element(),
                        "Properties '%s' and '%s' of %s both map to column %s. Give one another name with @Column(name = ...).",
                        previous.name(), property.name(), entity.simpleName(), property.columnName());
            }
        }
        for (IndexDescriptor index : entity.indexes()) {
            if (Identifiers.byteLength(index.name()) > Identifiers.MAX_BYTES) {
                reporter.error(Tag.IDENTIFIER_TOO_LONG, entity.element(), index.annotation(),
                        "Index name %s is %d bytes; PostgreSQL silently truncates identifiers to %d bytes. Choose a shorter name.",
                        index.name(), Identifiers.byteLength(index.name()), Identifiers.MAX_BYTES);
            }
        }
    }

    private void requireShortIdentifier(EntityDescriptor entity, String identifier, String what) {
        if (Identifiers.byteLength(identifier) > Identifiers.MAX_BYTES) {
            reporter.error(Tag.IDENTIFIER_TOO_LONG, entity.element(),
                    "The %s %s of %s is %d bytes; PostgreSQL silently truncates identifiers to %d bytes. Choose a shorter "
                            + "name in @NeonEntity.",
                    what, identifier, entity.simpleName(), Identifiers.byteLength(identifier), Identifiers.MAX_BYTES);
        }
    }

    private void validateProperty(EntityDescriptor entity, PropertyDescriptor property) {
        JavaKind kind = property.type().kind();
        String type = property.type().displayName();
        if (kind == JavaKind.UNSUPPORTED) {
            reporter.error(Tag.UNSUPPORTED_TYPE, property.element(),
                    "Property '%s' of %s has type %s, which neonkit cannot map to a column. Supported types: %s. "
                            + "Mark it @Transient to leave it out of the table.",
                    property.name(), entity.simpleName(), type, JavaKind.supportedTypes());
            return;
        }
        if (property.nullable() && property.type().primitive()) {
            reporter.error(Tag.NULLABLE_PRIMITIVE, property.element(),
                    "Property '%s' is @Nullable but its type %s is primitive and can never be null. Use the boxed type, or "
                            + "remove @Nullable.",
                    property.name(), type);
        }
        if (kind == JavaKind.ENUM && property.type().enumConstants().isEmpty()) {
            reporter.error(Tag.EMPTY_ENUM, property.element(),
                    "Property '%s' has enum type %s, which declares no constants, so no value could be stored. Add constants "
                            + "to the enum.",
                    property.name(), type);
        }
        if (property.version() && !kind.isIntegral()) {
            reporter.error(Tag.BAD_VERSION, property.element(),
                    "@Version property '%s' has type %s; a version counter must be int or long.", property.name(), type);
        } else if (property.version() && property.nullable() && !property.type().primitive()) {
            reporter.error(Tag.BAD_VERSION, property.element(),
                    "@Version property '%s' is @Nullable, but a version counter starts at 0 and is never null. Remove "
                            + "@Nullable (and use int or long).",
                    property.name());
        }
        validateRoles(property);
        if (property.nullableElement() && !property.nullable()
                && property.type().javaType() instanceof ArrayTypeName array && array.componentType().isPrimitive()) {
            reporter.warning(Tag.NULLABLE_PRIMITIVE, property.element(),
                    "The @Nullable on '%s' annotates the element type of %s, and a primitive element is never null; the "
                            + "column is NOT NULL. For a nullable column write the type-use annotation before the brackets: "
                            + "%s @Nullable [].",
                    property.name(), type, type.substring(0, type.length() - 2));
        }
        if ((property.createdAt() || property.updatedAt())
                && kind != JavaKind.INSTANT && kind != JavaKind.OFFSET_DATE_TIME) {
            reporter.error(Tag.BAD_TIMESTAMP, property.element(),
                    "@%s property '%s' has type %s; it must be Instant or OffsetDateTime.",
                    property.createdAt() ? "CreatedAt" : "UpdatedAt", property.name(), type);
        }
        if (property.json() && kind != JavaKind.STRING) {
            reporter.error(Tag.BAD_JSON, property.element(),
                    "@Json property '%s' has type %s; @Json stores a String as jsonb.", property.name(), type);
        }
        validateColumnSettings(property);
        validateExpressions(property);
    }

    /** An entity has one version counter: the UPDATE checks one and would increment every other. */
    private void validateSingleVersion(EntityDescriptor entity) {
        List<PropertyDescriptor> versions = entity.properties().stream().filter(PropertyDescriptor::version).toList();
        for (PropertyDescriptor extra : versions.stream().skip(1).toList()) {
            reporter.error(Tag.BAD_VERSION, extra.element(),
                    "%s already has @Version '%s'; an entity has at most one version counter. Remove @Version from '%s'.",
                    entity.simpleName(), versions.get(0).name(), extra.name());
        }
    }

    /**
     * A property has at most one value the database or the repository fills in ({@code @Version}, {@code @CreatedAt},
     * {@code @UpdatedAt}), and such a value is never also the key, a foreign key or JSON.
     */
    private void validateRoles(PropertyDescriptor property) {
        List<String> generated = new ArrayList<>();
        if (property.version()) {
            generated.add("@Version");
        }
        if (property.createdAt()) {
            generated.add("@CreatedAt");
        }
        if (property.updatedAt()) {
            generated.add("@UpdatedAt");
        }
        if (generated.isEmpty()) {
            return;
        }
        List<String> conflicting = new ArrayList<>(generated.subList(1, generated.size()));
        property.id().ifPresent(id -> conflicting.add("@Id"));
        property.reference().ifPresent(reference -> conflicting.add("@References"));
        if (property.json()) {
            conflicting.add("@Json");
        }
        if (!conflicting.isEmpty()) {
            reporter.error(Tag.CONFLICTING_ANNOTATIONS, property.element(),
                    "'%s' is both %s and %s, which contradict each other: a %s column is filled in by neonkit. Keep one and "
                            + "move the other to its own property.",
                    property.name(), generated.get(0), String.join(" and ", conflicting), generated.get(0));
        }
    }

    private void validateTransient(TransientProperty property) {
        reporter.error(Tag.CONFLICTING_ANNOTATIONS, property.element(),
                "'%s' is %s, so it has no column, but it carries %s. Remove %s, or remove %s to make it a column.",
                property.name(), property.how(), String.join(", ", property.columnAnnotations()),
                String.join(", ", property.columnAnnotations()), property.how());
    }

    private void validateColumnSettings(PropertyDescriptor property) {
        var column = property.column();
        JavaKind kind = property.type().kind();
        if (column.length() < 0 || column.precision() < 0 || column.scale() < 0) {
            reporter.error(Tag.BAD_COLUMN, property.element(),
                    "@Column on '%s' has a negative length, precision or scale.", property.name());
        }
        if (column.length() != 0 && kind != JavaKind.STRING) {
            reporter.error(Tag.BAD_COLUMN, property.element(),
                    "@Column(length) applies to String properties, but '%s' is %s.", property.name(),
                    property.type().displayName());
        }
        if ((column.precision() != 0 || column.scale() != 0) && kind != JavaKind.BIG_DECIMAL) {
            reporter.error(Tag.BAD_COLUMN, property.element(),
                    "@Column(precision, scale) apply to BigDecimal properties, but '%s' is %s.", property.name(),
                    property.type().displayName());
        } else if (column.scale() > column.precision()) {
            reporter.error(Tag.BAD_COLUMN, property.element(),
                    "@Column on '%s' has scale %d greater than precision %d; numeric(p, s) needs s <= p (set precision too).",
                    property.name(), column.scale(), column.precision());
        }
    }

    /** The SQL a property writes into migrations must be one expression each ({@link SqlExpressions}). */
    private void validateExpressions(PropertyDescriptor property) {
        requireSingleExpression(property.element(), Optional.empty(), property.column().defaultSql(),
                "@Column(defaultSql) of '" + property.name() + "'");
        requireSingleExpression(property.element(), Optional.empty(), property.column().check(),
                "@Column(check) of '" + property.name() + "'");
    }

    private void requireSingleExpression(
            Element element, Optional<AnnotationMirror> annotation, String sql, String what) {
        if (sql.isBlank()) {
            return;
        }
        SqlExpressions.problem(sql).ifPresent(problem -> {
            String format = "%s is not a single SQL expression: %s. It is written into a migration statement, so"
                    + " write only the expression (no ; or comment), with balanced parentheses and quotes.";
            if (annotation.isPresent()) {
                reporter.error(Tag.BAD_SQL_EXPRESSION, element, annotation.get(), format, what, problem);
            } else {
                reporter.error(Tag.BAD_SQL_EXPRESSION, element, format, what, problem);
            }
        });
    }

    private void validateReference(
            PropertyDescriptor property, ReferenceDescriptor reference, Map<String, EntityDescriptor> entities) {
        if (!reference.targetIsEntity()) {
            reporter.error(Tag.BAD_REFERENCE, property.element(), reference.annotation(),
                    "@References(%s.class) on '%s': %s is not a @NeonEntity.", simpleName(reference.targetName()),
                    property.name(), reference.targetName());
            return;
        }
        EntityDescriptor target = entities.get(reference.targetName());
        if (target == null) {
            reporter.error(Tag.BAD_REFERENCE, property.element(), reference.annotation(),
                    "@References(%s.class) on '%s': %s is compiled separately. A foreign key must point to an entity compiled "
                            + "in the same module.",
                    simpleName(reference.targetName()), property.name(), reference.targetName());
            return;
        }
        if (reference.onDelete() == References.Action.SET_NULL && !property.nullable()) {
            reporter.error(Tag.BAD_REFERENCE, property.element(), reference.annotation(),
                    "onDelete = SET_NULL sets '%s' to null, so the property must be @Nullable.", property.name());
        }
        Optional<PropertyDescriptor> targetId = target.idProperties().stream().findFirst();
        if (targetId.isPresent() && !targetId.get().type().sameKindAs(property.type())) {
            reporter.error(Tag.BAD_REFERENCE, property.element(), reference.annotation(),
                    "'%s' has type %s but it references %s, whose @Id '%s' has type %s. A foreign key must have the type of "
                            + "the key it references.",
                    property.name(), property.type().displayName(), target.simpleName(), targetId.get().name(),
                    targetId.get().type().displayName());
        }
    }

    private void validateIndex(EntityDescriptor entity, IndexDescriptor index) {
        requireSingleExpression(entity.element(), Optional.of(index.annotation()), index.where(),
                "@Index(where) on " + entity.simpleName());
        if (index.properties().isEmpty()) {
            reporter.error(Tag.UNKNOWN_INDEX_PROPERTY, entity.element(), index.annotation(),
                    "@Index on %s lists no properties; name at least one in columns = {...}.", entity.simpleName());
        }
        for (String name : index.properties()) {
            if (entity.property(name).isEmpty()) {
                String known = entity.properties().stream().map(PropertyDescriptor::name).collect(Collectors.joining(", "));
                reporter.error(Tag.UNKNOWN_INDEX_PROPERTY, entity.element(), index.annotation(),
                        "@Index names '%s', which is not a persistent property of %s. @Index(columns) lists Java property "
                                + "names: %s.",
                        name, entity.simpleName(), known);
            }
        }
    }

    /** Reports every entity that maps to a table an earlier entity (in name order) already maps to. */
    private void validateDistinctTables(List<EntityDescriptor> entities) {
        Map<String, EntityDescriptor> byTable = new HashMap<>();
        for (EntityDescriptor entity : entities.stream()
                .sorted(Comparator.comparing(EntityDescriptor::qualifiedName)).toList()) {
            // A plain string: TableName would reject the over-long names reported above.
            String schema = entity.schema().isEmpty() ? TableName.DEFAULT_SCHEMA : entity.schema();
            String table = schema + "." + entity.tableName();
            EntityDescriptor previous = byTable.putIfAbsent(table, entity);
            if (previous != null) {
                reporter.error(Tag.DUPLICATE_TABLE, entity.element(),
                        "%s and %s both map to table %s. Give one another name with @NeonEntity(table = \"...\").",
                        previous.qualifiedName(), entity.qualifiedName(), table);
            }
        }
    }

    private static String simpleName(String qualifiedName) {
        return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }
}
