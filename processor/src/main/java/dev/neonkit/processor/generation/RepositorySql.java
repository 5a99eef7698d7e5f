package dev.neonkit.processor.generation;

import dev.neonkit.processor.mapping.ColumnMapping;
import dev.neonkit.processor.mapping.EntityMapping;
import dev.neonkit.schema.naming.Identifiers;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL of a generated repository, rendered once at compile time into string constants. Every statement that
 * returns entities lists the columns in declaration order, the order the generated {@code map} method reads them.
 *
 * <p>Values the database fills in: an identity key is left out of inserts; a {@code @Version} column starts at its
 * default and is incremented by updates; a nullable Java value of a column with a default ({@code @Id} UUIDs,
 * {@code @CreatedAt}, {@code @UpdatedAt}, {@code @Column(defaultSql)}) is replaced by the default on insert
 * ({@code COALESCE}); {@code @UpdatedAt} is set to {@code now()} by updates.
 */
final class RepositorySql {
    /** The ordinality column of the {@code unnest} in {@link #insertAll}. */
    private static final String INPUT_ORDER = "input_order";

    private final EntityMapping mapping;
    private final String table;

    RepositorySql(EntityMapping mapping) {
        this.mapping = mapping;
        this.table = mapping.table().name().sql();
    }

    /** The columns an insert binds, in parameter order: all but an identity key and the version. */
    List<ColumnMapping> insertParameters() {
        return mapping.columns().stream()
                .filter(column -> !column.column().identity() && !column.property().version())
                .toList();
    }

    /** The columns an update sets from the entity, in parameter order: all but the key, version and timestamps. */
    List<ColumnMapping> updateParameters() {
        return mapping.columns().stream()
                .filter(column -> column.property().id().isEmpty() && !column.property().version())
                .filter(column -> !column.property().createdAt() && !column.property().updatedAt())
                .toList();
    }

    /** The columns an upsert binds, in parameter order: all but the version, the key always. */
    List<ColumnMapping> upsertParameters() {
        return mapping.columns().stream().filter(column -> !column.property().version()).toList();
    }

    String selectColumns() {
        return mapping.columns().stream().map(column -> quote(column.name())).collect(Collectors.joining(", "));
    }

    String insert() {
        List<ColumnMapping> columns = insertColumns();
        return "INSERT INTO " + table + " (" + names(columns) + ")\n"
                + "VALUES (" + columns.stream().map(column -> insertValue(column, "?")).collect(joining()) + ")\n"
                + returning();
    }

    /**
     * One statement for many rows: every bound column arrives as one {@code text[]} parameter, {@code unnest} turns
     * them into rows, and {@code ORDER BY} the ordinality inserts them, and so returns them, in input order.
     */
    String insertAll() {
        List<ColumnMapping> columns = insertColumns();
        List<ColumnMapping> parameters = insertParameters();
        String arrays = parameters.stream().map(column -> "?::text[]").collect(joining());
        String aliases = parameters.stream().map(column -> quote(column.name())).collect(joining());
        String values = columns.stream()
                .map(column -> insertValue(column, castText("input." + quote(column.name()), column)))
                .collect(joining());
        return "INSERT INTO " + table + " (" + names(columns) + ")\n"
                + "SELECT " + values + "\n"
                + "FROM unnest(" + arrays + ") WITH ORDINALITY AS input(" + aliases + ", " + INPUT_ORDER + ")\n"
                + "ORDER BY input." + INPUT_ORDER + "\n"
                + returning();
    }

    String findById() {
        return select() + "\nWHERE " + idName() + " = ?";
    }

    /** The keys arrive as one {@code text[]}, cast to the key's array type. */
    String findAllById() {
        return select() + "\nWHERE " + idName() + " = ANY (?::" + mapping.id().sqlType() + "[])";
    }

    String existsById() {
        return "SELECT EXISTS (SELECT 1 FROM " + table + " WHERE " + idName() + " = ?)";
    }

    String count() {
        return "SELECT count(*) FROM " + table;
    }

    String update() {
        String sets = updateParameters().stream().map(column -> quote(column.name()) + " = ?").collect(joining());
        String generated = mapping.columns().stream()
                .filter(column -> column.property().version() || column.property().updatedAt())
                .map(column -> quote(column.name()) + " = " + (column.property().version()
                        ? quote(column.name()) + " + 1" : "now()"))
                .collect(joining());
        String set = sets.isEmpty() ? generated : generated.isEmpty() ? sets : sets + ", " + generated;
        if (set.isEmpty()) {
            // An entity of only a key: "updating" it rewrites the key with itself so the row still comes back.
            set = idName() + " = " + idName();
        }
        return "UPDATE " + table + "\n"
                + "SET " + set + "\n"
                + "WHERE " + idName() + " = ?" + versionCondition() + "\n"
                + returning();
    }

    String upsert() {
        List<ColumnMapping> columns = mapping.columns();
        String values = columns.stream()
                .map(column -> column.column().identity() ? "?" : insertValue(column, "?"))
                .collect(joining());
        String updates = columns.stream()
                .filter(column -> column.property().id().isEmpty() && !column.property().createdAt())
                .map(column -> quote(column.name()) + " = " + (column.property().version()
                        ? "existing." + quote(column.name()) + " + 1"
                        : column.property().updatedAt() ? "now()" : "EXCLUDED." + quote(column.name())))
                .collect(joining());
        String conflict = updates.isEmpty() ? "DO NOTHING" : "DO UPDATE SET " + updates;
        return "INSERT INTO " + table + " AS existing (" + names(columns) + ")\n"
                + "VALUES (" + values + ")\n"
                + "ON CONFLICT (" + idName() + ") " + conflict + "\n"
                + returning();
    }

    String deleteById() {
        return "DELETE FROM " + table + " WHERE " + idName() + " = ?";
    }

    /** {@link #deleteById()} that also checks the version, when there is one. */
    String delete() {
        return deleteById() + versionCondition();
    }

    String findBy(ColumnMapping column) {
        return select() + "\nWHERE " + quote(column.name()) + " = ?";
    }

    String findPage() {
        return select() + "\nORDER BY " + idName() + "\nLIMIT ?";
    }

    String findPageAfter() {
        return select() + "\nWHERE " + idName() + " > ?\nORDER BY " + idName() + "\nLIMIT ?";
    }

    String streamAll() {
        return select() + "\nORDER BY " + idName();
    }

    private String select() {
        return "SELECT " + selectColumns() + "\nFROM " + table;
    }

    private String returning() {
        return "RETURNING " + selectColumns();
    }

    private List<ColumnMapping> insertColumns() {
        return mapping.columns().stream().filter(column -> !column.column().identity()).toList();
    }

    /** The value inserted into {@code column}, given the expression {@code bound} of its parameter. */
    private static String insertValue(ColumnMapping column, String bound) {
        if (column.property().version()) {
            return column.column().defaultSql().orElse("0");
        }
        if (column.column().defaultSql().isPresent() && !column.property().type().primitive()) {
            String typed = bound.equals("?") ? "CAST(? AS " + column.sqlType() + ")" : bound;
            return "COALESCE(" + typed + ", " + column.column().defaultSql().get() + ")";
        }
        return bound;
    }

    private static String castText(String expression, ColumnMapping column) {
        return column.sqlType().equals("text") ? expression : "CAST(" + expression + " AS " + column.sqlType() + ")";
    }

    private String versionCondition() {
        return mapping.version().map(version -> " AND " + quote(version.name()) + " = ?").orElse("");
    }

    private String idName() {
        return quote(mapping.id().name());
    }

    private static String names(List<ColumnMapping> columns) {
        return columns.stream().map(column -> quote(column.name())).collect(joining());
    }

    private static java.util.stream.Collector<CharSequence, ?, String> joining() {
        return Collectors.joining(", ");
    }

    private static String quote(String identifier) {
        return Identifiers.quote(identifier);
    }
}
