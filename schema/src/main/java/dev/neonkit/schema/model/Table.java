package dev.neonkit.schema.model;

import dev.neonkit.schema.naming.Identifiers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One table: its columns in declaration order and its constraints and indexes.
 *
 * <p>Unique constraints, indexes, foreign keys and checks are kept sorted by name, so two tables built from the
 * same facts in a different order are equal and render the same way.
 *
 * @param name              the schema-qualified table name
 * @param columns           the columns in declaration order (at least one)
 * @param primaryKey        the primary key, if any
 * @param uniqueConstraints UNIQUE constraints, sorted by name
 * @param indexes           secondary indexes, sorted by name
 * @param foreignKeys       foreign keys, sorted by name
 * @param checks            CHECK constraints, sorted by name
 * @param renamedFrom       the table's previous name in the same schema, if it was renamed; the diff only treats a
 *                          table as renamed when this says so. A migration hint, not part of the schema.
 */
public record Table(TableName name, List<Column> columns, Optional<PrimaryKey> primaryKey,
                    List<UniqueConstraint> uniqueConstraints, List<Index> indexes, List<ForeignKey> foreignKeys,
                    List<CheckConstraint> checks, Optional<String> renamedFrom) {

    /**
     * Validates the table: unique column names, every constraint naming existing columns, constraint and index
     * names distinct within the table, and the rename hint not naming the table itself.
     */
    public Table {
        Objects.requireNonNull(name, "table name");
        String owner = "table " + name.qualified();
        columns = List.copyOf(Objects.requireNonNull(columns, () -> "columns of " + owner));
        if (columns.isEmpty()) {
            throw new IllegalArgumentException(owner + " has no columns; PostgreSQL tables need at least one");
        }
        Objects.requireNonNull(primaryKey, () -> "primaryKey of " + owner + " (use Optional.empty())");
        uniqueConstraints = sortedByName(uniqueConstraints, UniqueConstraint::name, "unique constraints of " + owner);
        indexes = sortedByName(indexes, Index::name, "indexes of " + owner);
        foreignKeys = sortedByName(foreignKeys, ForeignKey::name, "foreign keys of " + owner);
        checks = sortedByName(checks, CheckConstraint::name, "checks of " + owner);
        Objects.requireNonNull(renamedFrom, () -> "renamedFrom of " + owner + " (use Optional.empty())");
        renamedFrom.ifPresent(previous -> {
            Identifiers.requireValid(previous, "renamedFrom of " + owner);
            if (previous.equals(name.name())) {
                throw new IllegalArgumentException(owner + " says it was renamed from itself");
            }
        });

        Set<String> columnNames = new HashSet<>();
        for (Column column : columns) {
            if (!columnNames.add(column.name())) {
                throw new IllegalArgumentException(owner + " declares column " + column.name() + " twice");
            }
        }
        Set<String> renameSources = new HashSet<>();
        for (Column column : columns) {
            column.renamedFrom().ifPresent(previous -> {
                if (!renameSources.add(previous)) {
                    throw new IllegalArgumentException(owner + ": two columns say they were renamed from " + previous);
                }
                if (columnNames.contains(previous)) {
                    throw new IllegalArgumentException(owner + ": column " + column.name()
                            + " says it was renamed from " + previous + ", but " + previous
                            + " is still a column of this table");
                }
            });
        }

        Set<String> objectNames = new HashSet<>();
        primaryKey.ifPresent(pk -> {
            requireColumns(owner, "primary key " + pk.name(), pk.columns(), columnNames);
            objectNames.add(pk.name());
        });
        for (UniqueConstraint unique : uniqueConstraints) {
            requireColumns(owner, "unique constraint " + unique.name(), unique.columns(), columnNames);
            requireDistinctName(owner, unique.name(), objectNames);
        }
        for (Index index : indexes) {
            requireColumns(owner, "index " + index.name(), index.columns(), columnNames);
            requireDistinctName(owner, index.name(), objectNames);
        }
        for (ForeignKey foreignKey : foreignKeys) {
            requireColumns(owner, "foreign key " + foreignKey.name(), foreignKey.columns(), columnNames);
            requireDistinctName(owner, foreignKey.name(), objectNames);
        }
        for (CheckConstraint check : checks) {
            requireDistinctName(owner, check.name(), objectNames);
        }
        if (primaryKey.isPresent()) {
            for (String keyColumn : primaryKey.get().columns()) {
                Column column = columns.stream().filter(c -> c.name().equals(keyColumn)).findFirst().orElseThrow();
                if (column.nullable()) {
                    throw new IllegalArgumentException(owner + ": primary key column " + keyColumn
                            + " must be NOT NULL (PostgreSQL would silently make it so)");
                }
            }
        }
    }

    /** Starts a table in the {@value TableName#DEFAULT_SCHEMA} schema. */
    public static Builder builder(String name) {
        return new Builder(TableName.of(name));
    }

    /** Starts a table with a schema-qualified name. */
    public static Builder builder(TableName name) {
        return new Builder(name);
    }

    /** A builder preloaded with this table's parts, for deriving a changed version. */
    public Builder toBuilder() {
        Builder builder = new Builder(name);
        builder.columns.addAll(columns);
        builder.primaryKey = primaryKey.orElse(null);
        builder.uniqueConstraints.addAll(uniqueConstraints);
        builder.indexes.addAll(indexes);
        builder.foreignKeys.addAll(foreignKeys);
        builder.checks.addAll(checks);
        builder.renamedFrom = renamedFrom.orElse(null);
        return builder;
    }

    /** The column called {@code columnName}, if the table has one. */
    public Optional<Column> column(String columnName) {
        return columns.stream().filter(column -> column.name().equals(columnName)).findFirst();
    }

    /** The table with every rename hint (its own and its columns') removed, for comparing shapes. */
    public Table withoutRenameHints() {
        List<Column> plainColumns = columns.stream().map(Column::withoutRenameHint).toList();
        return new Table(name, plainColumns, primaryKey, uniqueConstraints, indexes, foreignKeys, checks,
                Optional.empty());
    }

    /** The table with defaults, CHECK expressions and index predicates passed through {@code normalizer}. */
    public Table mapExpressions(UnaryOperator<String> normalizer) {
        List<Column> mappedColumns = columns.stream()
                .map(column -> new Column(column.name(), column.type(), column.nullable(),
                        column.defaultSql().map(normalizer), column.identity(), column.renamedFrom()))
                .toList();
        List<Index> mappedIndexes = indexes.stream()
                .map(index -> new Index(index.name(), index.columns(), index.unique(), index.where().map(normalizer)))
                .toList();
        List<CheckConstraint> mappedChecks = checks.stream()
                .map(check -> new CheckConstraint(check.name(), normalizer.apply(check.expression())))
                .toList();
        return new Table(name, mappedColumns, primaryKey, uniqueConstraints, mappedIndexes, foreignKeys, mappedChecks,
                renamedFrom);
    }

    /** The table moved from schema {@code from} to {@code to} (if it is in {@code from}), its foreign keys following. */
    public Table withSchemaRenamed(String from, String to) {
        TableName movedName = name.schema().equals(from) ? new TableName(to, name.name()) : name;
        List<ForeignKey> movedKeys = foreignKeys.stream()
                .map(fk -> fk.referencedTable().schema().equals(from)
                        ? new ForeignKey(fk.name(), fk.columns(), new TableName(to, fk.referencedTable().name()),
                                fk.referencedColumns(), fk.onDelete())
                        : fk)
                .toList();
        return new Table(movedName, columns, primaryKey, uniqueConstraints, indexes, movedKeys, checks, renamedFrom);
    }

    /**
     * Whether the primary key or a unique constraint covers exactly {@code keyColumns} (in any order), which is
     * what PostgreSQL requires of the columns a foreign key refers to. Unique indexes without a WHERE predicate
     * count too, as they do for PostgreSQL.
     */
    public boolean hasUniqueKeyOn(List<String> keyColumns) {
        Set<String> wanted = Set.copyOf(keyColumns);
        if (primaryKey.isPresent() && Set.copyOf(primaryKey.get().columns()).equals(wanted)) {
            return true;
        }
        return uniqueConstraints.stream().anyMatch(unique -> Set.copyOf(unique.columns()).equals(wanted))
                || indexes.stream().anyMatch(index -> index.unique() && index.where().isEmpty()
                        && Set.copyOf(index.columns()).equals(wanted));
    }

    private static <T> List<T> sortedByName(List<T> items, Function<T, String> nameOf, String what) {
        Objects.requireNonNull(items, what);
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(nameOf));
        return List.copyOf(sorted);
    }

    private static void requireColumns(String owner, String what, List<String> used, Set<String> columnNames) {
        for (String column : used) {
            if (!columnNames.contains(column)) {
                throw new IllegalArgumentException(owner + ": " + what + " uses column " + column
                        + ", which the table does not have");
            }
        }
    }

    private static void requireDistinctName(String owner, String objectName, Set<String> seen) {
        if (!seen.add(objectName)) {
            throw new IllegalArgumentException(owner + ": the name " + objectName
                    + " is used by two constraints or indexes; give one of them another name");
        }
    }

    /** Collects a table's parts; {@link #build()} validates them all at once. */
    public static final class Builder {
        private final TableName name;
        private final List<Column> columns = new ArrayList<>();
        private PrimaryKey primaryKey;
        private final List<UniqueConstraint> uniqueConstraints = new ArrayList<>();
        private final List<Index> indexes = new ArrayList<>();
        private final List<ForeignKey> foreignKeys = new ArrayList<>();
        private final List<CheckConstraint> checks = new ArrayList<>();
        private String renamedFrom;

        private Builder(TableName name) {
            this.name = Objects.requireNonNull(name, "table name");
        }

        /** Appends a column. */
        public Builder column(Column column) {
            columns.add(column);
            return this;
        }

        /** Replaces the column of the same name, keeping its position. */
        public Builder replaceColumn(Column column) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).name().equals(column.name())) {
                    columns.set(i, column);
                    return this;
                }
            }
            throw new IllegalArgumentException("table " + name + " has no column " + column.name() + " to replace");
        }

        /** Removes the column called {@code columnName}. */
        public Builder removeColumn(String columnName) {
            columns.removeIf(column -> column.name().equals(columnName));
            return this;
        }

        /** Sets the primary key ({@code null} for none). */
        public Builder primaryKey(PrimaryKey key) {
            this.primaryKey = key;
            return this;
        }

        /** Adds a UNIQUE constraint. */
        public Builder unique(UniqueConstraint unique) {
            uniqueConstraints.add(unique);
            return this;
        }

        /** Adds an index. */
        public Builder index(Index index) {
            indexes.add(index);
            return this;
        }

        /** Adds a foreign key. */
        public Builder foreignKey(ForeignKey foreignKey) {
            foreignKeys.add(foreignKey);
            return this;
        }

        /** Adds a CHECK constraint. */
        public Builder check(CheckConstraint check) {
            checks.add(check);
            return this;
        }

        /** Removes every constraint or index called {@code objectName}. */
        public Builder removeConstraint(String objectName) {
            if (primaryKey != null && primaryKey.name().equals(objectName)) {
                primaryKey = null;
            }
            uniqueConstraints.removeIf(unique -> unique.name().equals(objectName));
            indexes.removeIf(index -> index.name().equals(objectName));
            foreignKeys.removeIf(foreignKey -> foreignKey.name().equals(objectName));
            checks.removeIf(check -> check.name().equals(objectName));
            return this;
        }

        /** Marks the table as renamed from {@code previousName} in the same schema ({@code null} for none). */
        public Builder renamedFrom(String previousName) {
            this.renamedFrom = previousName;
            return this;
        }

        /** Builds and validates the table. */
        public Table build() {
            return new Table(name, columns, Optional.ofNullable(primaryKey), uniqueConstraints, indexes, foreignKeys,
                    checks, Optional.ofNullable(renamedFrom));
        }
    }
}
