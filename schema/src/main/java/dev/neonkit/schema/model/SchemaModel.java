package dev.neonkit.schema.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The whole database schema neonkit manages: a set of tables, kept sorted by qualified name.
 *
 * <p>The same model describes the entities at compile time, the last accepted snapshot, and a live database read
 * from its catalog, so the diff can compare any two of them.
 *
 * @param tables the tables, sorted by {@link TableName} (schema, then name)
 */
public record SchemaModel(List<Table> tables) {

    /** An empty schema, the starting point before the first migration. */
    public static final SchemaModel EMPTY = new SchemaModel(List.of());

    /**
     * Sorts the tables and validates the schema as a whole: table names unique; the names of tables, primary
     * keys, unique constraints and indexes unique within each schema (PostgreSQL keeps them in one namespace);
     * every foreign key referring to an existing table whose primary key or a unique constraint covers exactly the
     * referenced columns, with matching column counts.
     */
    public SchemaModel {
        List<Table> sorted = new ArrayList<>(Objects.requireNonNull(tables, "tables"));
        sorted.sort((a, b) -> a.name().compareTo(b.name()));
        tables = List.copyOf(sorted);

        Map<TableName, Table> byName = new HashMap<>();
        Map<String, String> relationOwners = new HashMap<>();
        for (Table table : tables) {
            if (byName.put(table.name(), table) != null) {
                throw new IllegalArgumentException("table " + table.name().qualified() + " is declared twice");
            }
            claimRelationName(relationOwners, table.name().schema(), table.name().name(),
                    "table " + table.name().qualified());
        }
        for (Table table : tables) {
            String schema = table.name().schema();
            String owner = "table " + table.name().qualified();
            table.primaryKey().ifPresent(pk -> claimRelationName(relationOwners, schema, pk.name(),
                    "primary key " + pk.name() + " of " + owner));
            table.uniqueConstraints().forEach(unique -> claimRelationName(relationOwners, schema, unique.name(),
                    "unique constraint " + unique.name() + " of " + owner));
            table.indexes().forEach(index -> claimRelationName(relationOwners, schema, index.name(),
                    "index " + index.name() + " of " + owner));
        }
        for (Table table : tables) {
            for (ForeignKey foreignKey : table.foreignKeys()) {
                String what = "foreign key " + foreignKey.name() + " of table " + table.name().qualified();
                Table target = byName.get(foreignKey.referencedTable());
                if (target == null) {
                    throw new IllegalArgumentException(what + " refers to table "
                            + foreignKey.referencedTable().qualified() + ", which is not in the schema");
                }
                for (String column : foreignKey.referencedColumns()) {
                    if (target.column(column).isEmpty()) {
                        throw new IllegalArgumentException(what + " refers to column " + column + " of "
                                + target.name().qualified() + ", which has no such column");
                    }
                }
                if (!target.hasUniqueKeyOn(foreignKey.referencedColumns())) {
                    throw new IllegalArgumentException(what + " refers to " + target.name().qualified()
                            + foreignKey.referencedColumns() + ", which is neither its primary key nor unique;"
                            + " PostgreSQL requires a unique key there");
                }
            }
        }
    }

    /** A schema of the given tables. */
    public static SchemaModel of(Table... tables) {
        return new SchemaModel(List.of(tables));
    }

    /** The table called {@code name}, if the schema has it. */
    public Optional<Table> table(TableName name) {
        return tables.stream().filter(table -> table.name().equals(name)).findFirst();
    }

    /** The schema with every rename hint removed, for comparing shapes (for example a snapshot with a database). */
    public SchemaModel withoutRenameHints() {
        return new SchemaModel(tables.stream().map(Table::withoutRenameHints).toList());
    }

    /**
     * The schema with every SQL expression (column defaults, CHECK expressions, partial-index predicates) passed
     * through {@code normalizer}. Comparing a model with one read from a live catalog, where PostgreSQL prints
     * expressions in its own normalised form ({@code 'new'::text} for {@code 'new'}), needs the same normalisation
     * applied to both sides first.
     */
    public SchemaModel mapExpressions(UnaryOperator<String> normalizer) {
        Objects.requireNonNull(normalizer, "normalizer");
        return new SchemaModel(tables.stream().map(table -> table.mapExpressions(normalizer)).toList());
    }

    /**
     * The schema with every table in schema {@code from} moved to schema {@code to}, foreign keys following. Lets a
     * caller create the model in a scratch schema (for example to let PostgreSQL normalise its expressions) and
     * compare it with the real one.
     */
    public SchemaModel withSchemaRenamed(String from, String to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return new SchemaModel(tables.stream().map(table -> table.withSchemaRenamed(from, to)).toList());
    }

    private static void claimRelationName(Map<String, String> owners, String schema, String name, String claimant) {
        String previous = owners.putIfAbsent(schema + "." + name, claimant);
        if (previous != null) {
            throw new IllegalArgumentException(claimant + " and " + previous + " share the name " + schema + "."
                    + name + "; PostgreSQL keeps tables and indexes in one namespace per schema, so rename one");
        }
    }
}
