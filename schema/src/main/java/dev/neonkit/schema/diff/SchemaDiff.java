package dev.neonkit.schema.diff;

import dev.neonkit.schema.diff.Change.AddCheck;
import dev.neonkit.schema.diff.Change.AddColumn;
import dev.neonkit.schema.diff.Change.AddForeignKey;
import dev.neonkit.schema.diff.Change.AddPrimaryKey;
import dev.neonkit.schema.diff.Change.AddUnique;
import dev.neonkit.schema.diff.Change.AlterColumnType;
import dev.neonkit.schema.diff.Change.CreateIndex;
import dev.neonkit.schema.diff.Change.CreateTable;
import dev.neonkit.schema.diff.Change.DropCheck;
import dev.neonkit.schema.diff.Change.DropColumn;
import dev.neonkit.schema.diff.Change.DropForeignKey;
import dev.neonkit.schema.diff.Change.DropIndex;
import dev.neonkit.schema.diff.Change.DropPrimaryKey;
import dev.neonkit.schema.diff.Change.DropTable;
import dev.neonkit.schema.diff.Change.DropUnique;
import dev.neonkit.schema.diff.Change.RenameColumn;
import dev.neonkit.schema.diff.Change.RenameConstraint;
import dev.neonkit.schema.diff.Change.RenameIndex;
import dev.neonkit.schema.diff.Change.RenameTable;
import dev.neonkit.schema.diff.Change.SetDefault;
import dev.neonkit.schema.diff.Change.SetIdentity;
import dev.neonkit.schema.diff.Change.SetNullability;
import dev.neonkit.schema.model.CheckConstraint;
import dev.neonkit.schema.model.Column;
import dev.neonkit.schema.model.ForeignKey;
import dev.neonkit.schema.model.Index;
import dev.neonkit.schema.model.PrimaryKey;
import dev.neonkit.schema.model.SchemaModel;
import dev.neonkit.schema.model.Table;
import dev.neonkit.schema.model.TableName;
import dev.neonkit.schema.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The ordered changes that turn one schema into another, and the diagnostics found on the way.
 *
 * <p>Tables and columns are matched by name. A rename is recognised only through a {@code renamedFrom} hint in the
 * {@code after} model; without one, a missing and a new table or column are a drop and an add, never a guess. A
 * constraint or index whose definition is unchanged but whose name changed (usually because its table or column
 * was renamed) is renamed rather than rebuilt.
 *
 * <p>The order is fixed by dependency, so the changes can be applied one after the other: renames; foreign key
 * drops; other constraint and index drops; table drops (referencing tables first); column drops; table creations
 * (referenced tables first); column additions; column alterations; new keys and checks; new indexes; and last the
 * new foreign keys, once every table and key they need exists. Within a step, tables come in name order.
 *
 * @param changes     the changes in the order to apply them
 * @param diagnostics rename hints that could not be followed
 */
public record SchemaDiff(List<Change> changes, List<DiffDiagnostic> diagnostics) {

    /** Copies both lists. */
    public SchemaDiff {
        changes = List.copyOf(changes);
        diagnostics = List.copyOf(diagnostics);
    }

    /** Whether the two schemas have the same shape. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The changes that can lose data, in order. */
    public List<Change> destructiveChanges() {
        return changes.stream().filter(Change::destructive).toList();
    }

    /** Compares {@code before} (for example the accepted snapshot) with {@code after} (the entities). */
    public static SchemaDiff between(SchemaModel before, SchemaModel after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        return new Differ(before, after).run();
    }

    /** A table and the set of columns of one of its keys. */
    private record KeyColumns(TableName table, Set<String> columns) {
    }

    /** The working state of one comparison. */
    private static final class Differ {
        private final SchemaModel before;
        private final SchemaModel after;
        private final List<DiffDiagnostic> diagnostics = new ArrayList<>();

        private final List<Change> renames = new ArrayList<>();
        private final List<Change> foreignKeyDrops = new ArrayList<>();
        private final List<Change> constraintDrops = new ArrayList<>();
        private final List<Change> tableDrops = new ArrayList<>();
        private final List<Change> columnDrops = new ArrayList<>();
        private final List<Change> tableCreations = new ArrayList<>();
        private final List<Change> columnAdditions = new ArrayList<>();
        private final List<Change> columnAlterations = new ArrayList<>();
        private final List<Change> constraintAdditions = new ArrayList<>();
        private final List<Change> indexCreations = new ArrayList<>();
        private final List<Change> foreignKeyAdditions = new ArrayList<>();

        /** after table name -> the before table it continues. */
        private final Map<TableName, Table> matchedTables = new TreeMap<>();
        /** before table name -> after table name, for every matched table. */
        private final Map<TableName, TableName> tableNameMap = new HashMap<>();
        /** before table name -> (before column name -> after column name), for every matched table. */
        private final Map<TableName, Map<String, String>> columnNameMaps = new HashMap<>();
        private final List<Table> createdTables = new ArrayList<>();
        /** Keys dropped from tables that stay; see {@link #noteRebuiltKey}. */
        private final Set<KeyColumns> rebuiltKeys = new HashSet<>();
        private final List<Table> droppedTables = new ArrayList<>();

        Differ(SchemaModel before, SchemaModel after) {
            this.before = before;
            this.after = after;
        }

        SchemaDiff run() {
            matchTables();
            for (Map.Entry<TableName, Table> pair : matchedTables.entrySet()) {
                matchColumns(pair.getValue(), after.table(pair.getKey()).orElseThrow());
            }
            for (Map.Entry<TableName, Table> pair : matchedTables.entrySet()) {
                compareTable(pair.getValue(), after.table(pair.getKey()).orElseThrow());
            }
            rebuildForeignKeysOnRebuiltKeys();
            dropTables();
            createTables();

            // Keys added by later passes join their step in table order, like everything else.
            foreignKeyDrops.sort((a, b) -> a.table().compareTo(b.table()));
            List<Change> ordered = new ArrayList<>();
            for (List<Change> step : List.of(renames, foreignKeyDrops, constraintDrops, tableDrops, columnDrops,
                    tableCreations, columnAdditions, columnAlterations, constraintAdditions, indexCreations,
                    foreignKeyAdditions)) {
                ordered.addAll(step);
            }
            return new SchemaDiff(ordered, diagnostics);
        }

        private void matchTables() {
            for (Table table : after.tables()) {
                TableName name = table.name();
                Optional<Table> sameName = before.table(name);
                if (sameName.isPresent()) {
                    table.renamedFrom().ifPresent(previous -> diagnostics.add(new DiffDiagnostic(name,
                            Optional.empty(), "table " + name.qualified() + " says it was renamed from " + previous
                            + ", but " + name.qualified() + " already exists in the earlier schema; the rename was"
                            + " applied before, so remove the renamedFrom hint")));
                    match(sameName.get(), table);
                    continue;
                }
                if (table.renamedFrom().isPresent()) {
                    TableName previous = new TableName(name.schema(), table.renamedFrom().get());
                    Optional<Table> source = before.table(previous);
                    if (source.isPresent() && after.table(previous).isEmpty()) {
                        renames.add(new RenameTable(previous, name));
                        match(source.get(), table);
                        continue;
                    }
                    String problem = source.isEmpty()
                            ? "the earlier schema has no table " + previous.qualified()
                            : previous.qualified() + " still exists";
                    diagnostics.add(new DiffDiagnostic(name, Optional.empty(), "table " + name.qualified()
                            + " says it was renamed from " + previous.name() + ", but " + problem
                            + "; it is created as a new table. Fix or remove the renamedFrom hint"));
                }
                createdTables.add(table);
                for (Column column : table.columns()) {
                    column.renamedFrom().ifPresent(previous -> diagnostics.add(new DiffDiagnostic(name,
                            Optional.of(column.name()), "column " + name.qualified() + "." + column.name()
                            + " says it was renamed from " + previous + ", but its table is new; remove the"
                            + " renamedFrom hint")));
                }
            }
            for (Table table : before.tables()) {
                if (!tableNameMap.containsKey(table.name())) {
                    droppedTables.add(table);
                }
            }
        }

        private void match(Table beforeTable, Table afterTable) {
            matchedTables.put(afterTable.name(), beforeTable);
            tableNameMap.put(beforeTable.name(), afterTable.name());
        }

        private void matchColumns(Table beforeTable, Table afterTable) {
            Map<String, String> names = new HashMap<>();
            for (Column column : afterTable.columns()) {
                if (beforeTable.column(column.name()).isPresent()) {
                    column.renamedFrom().ifPresent(previous -> diagnostics.add(new DiffDiagnostic(afterTable.name(),
                            Optional.of(column.name()), "column " + afterTable.name().qualified() + "."
                            + column.name() + " says it was renamed from " + previous + ", but it already exists"
                            + " in the earlier schema; the rename was applied before, so remove the renamedFrom"
                            + " hint")));
                    names.put(column.name(), column.name());
                } else if (column.renamedFrom().isPresent()) {
                    String previous = column.renamedFrom().get();
                    if (beforeTable.column(previous).isPresent()) {
                        renames.add(new RenameColumn(afterTable.name(), previous, column.name()));
                        names.put(previous, column.name());
                    } else {
                        diagnostics.add(new DiffDiagnostic(afterTable.name(), Optional.of(column.name()),
                                "column " + afterTable.name().qualified() + "." + column.name()
                                        + " says it was renamed from " + previous + ", but the earlier table has no"
                                        + " column " + previous + "; it is added as a new column. Fix or remove"
                                        + " the renamedFrom hint"));
                    }
                }
            }
            columnNameMaps.put(beforeTable.name(), names);
        }

        private void compareTable(Table beforeTable, Table afterTable) {
            TableName table = afterTable.name();
            Map<String, String> columnNames = columnNameMaps.get(beforeTable.name());
            Map<String, String> droppedColumns = new LinkedHashMap<>();
            for (Column column : beforeTable.columns()) {
                if (!columnNames.containsKey(column.name())) {
                    droppedColumns.put(column.name(), "goes with dropping column " + table.qualified() + "."
                            + column.name());
                }
            }
            Function<List<String>, List<String>> mapColumns = columns -> columns.stream()
                    .map(column -> columnNames.getOrDefault(column, column)).toList();

            // Foreign keys: referencing and referenced names follow table and column renames.
            List<ForeignKey> beforeKeys = beforeTable.foreignKeys().stream()
                    .map(fk -> new ForeignKey(fk.name(), mapColumns.apply(fk.columns()),
                            tableNameMap.getOrDefault(fk.referencedTable(), fk.referencedTable()),
                            mapReferenced(fk), fk.onDelete()))
                    .toList();
            compareNamed(table, beforeKeys, afterTable.foreignKeys(), ForeignKey::name,
                    (fk, name) -> new ForeignKey(name, fk.columns(), fk.referencedTable(), fk.referencedColumns(),
                            fk.onDelete()),
                    fk -> {
                        Optional<String> reason = reasonFor(fk.columns(), droppedColumns);
                        if (reason.isEmpty() && isDropped(fk.referencedTable())) {
                            reason = Optional.of("goes with dropping table " + fk.referencedTable().qualified());
                        }
                        foreignKeyDrops.add(new DropForeignKey(table, fk, reason));
                    },
                    fk -> foreignKeyAdditions.add(new AddForeignKey(table, fk)),
                    false);

            List<CheckConstraint> beforeChecks = beforeTable.checks();
            compareNamed(table, beforeChecks, afterTable.checks(), CheckConstraint::name,
                    (check, name) -> new CheckConstraint(name, check.expression()),
                    check -> constraintDrops.add(new DropCheck(table, check, mentionedDroppedColumn(check,
                            droppedColumns))),
                    check -> constraintAdditions.add(new AddCheck(table, check)),
                    false);

            List<UniqueConstraint> beforeUniques = beforeTable.uniqueConstraints().stream()
                    .map(unique -> new UniqueConstraint(unique.name(), mapColumns.apply(unique.columns()))).toList();
            compareNamed(table, beforeUniques, afterTable.uniqueConstraints(), UniqueConstraint::name,
                    (unique, name) -> new UniqueConstraint(name, unique.columns()),
                    unique -> {
                        Optional<String> reason = reasonFor(unique.columns(), droppedColumns);
                        constraintDrops.add(new DropUnique(table, unique, reason));
                        noteRebuiltKey(table, unique.columns(), reason);
                    },
                    unique -> constraintAdditions.add(new AddUnique(table, unique)),
                    false);

            List<Index> beforeIndexes = beforeTable.indexes().stream()
                    .map(index -> new Index(index.name(), mapColumns.apply(index.columns()), index.unique(),
                            index.where()))
                    .toList();
            compareNamed(table, beforeIndexes, afterTable.indexes(), Index::name,
                    (index, name) -> new Index(name, index.columns(), index.unique(), index.where()),
                    index -> {
                        Optional<String> reason = reasonFor(index.columns(), droppedColumns);
                        constraintDrops.add(new DropIndex(table, index, reason));
                        if (index.unique() && index.where().isEmpty()) {
                            noteRebuiltKey(table, index.columns(), reason);
                        }
                    },
                    index -> indexCreations.add(new CreateIndex(table, index)),
                    true);

            List<PrimaryKey> beforeKey = beforeTable.primaryKey()
                    .map(pk -> List.of(new PrimaryKey(pk.name(), mapColumns.apply(pk.columns())))).orElse(List.of());
            compareNamed(table, beforeKey, afterTable.primaryKey().map(List::of).orElse(List.of()),
                    PrimaryKey::name, (pk, name) -> new PrimaryKey(name, pk.columns()),
                    pk -> {
                        Optional<String> reason = reasonFor(pk.columns(), droppedColumns);
                        constraintDrops.add(new DropPrimaryKey(table, pk, reason));
                        noteRebuiltKey(table, pk.columns(), reason);
                    },
                    pk -> constraintAdditions.add(new AddPrimaryKey(table, pk)),
                    false);

            for (Column column : beforeTable.columns()) {
                if (droppedColumns.containsKey(column.name())) {
                    columnDrops.add(new DropColumn(table, column));
                }
            }
            for (Column column : afterTable.columns()) {
                Optional<Column> previous = beforeTable.columns().stream()
                        .filter(old -> column.name().equals(columnNames.get(old.name()))).findFirst();
                if (previous.isEmpty()) {
                    columnAdditions.add(new AddColumn(table, column.withoutRenameHint()));
                } else {
                    compareColumn(table, previous.get(), column);
                }
            }
        }

        /**
         * Remembers a primary key, unique constraint or unique index that is dropped while its table stays, so that
         * unchanged foreign keys referring to it can be dropped first and added back afterwards (PostgreSQL refuses
         * to drop a key that a foreign key depends on). Keys that go with a dropped column are written for review
         * together with it and are left alone.
         */
        private void noteRebuiltKey(TableName table, List<String> columns, Optional<String> destructiveReason) {
            if (destructiveReason.isEmpty()) {
                rebuiltKeys.add(new KeyColumns(table, Set.copyOf(columns)));
            }
        }

        private void rebuildForeignKeysOnRebuiltKeys() {
            if (rebuiltKeys.isEmpty()) {
                return;
            }
            Set<String> alreadyDropped = new HashSet<>();
            for (Change change : foreignKeyDrops) {
                alreadyDropped.add(change.table() + "/" + ((DropForeignKey) change).foreignKey().name());
            }
            for (Map.Entry<TableName, Table> pair : matchedTables.entrySet()) {
                Table afterTable = after.table(pair.getKey()).orElseThrow();
                for (ForeignKey fk : afterTable.foreignKeys()) {
                    KeyColumns target = new KeyColumns(fk.referencedTable(), Set.copyOf(fk.referencedColumns()));
                    boolean existedBefore = pair.getValue().foreignKeys().stream()
                            .anyMatch(old -> old.name().equals(fk.name()));
                    if (rebuiltKeys.contains(target) && existedBefore
                            && !alreadyDropped.contains(afterTable.name() + "/" + fk.name())) {
                        foreignKeyDrops.add(new DropForeignKey(afterTable.name(), fk, Optional.empty()));
                        foreignKeyAdditions.add(new AddForeignKey(afterTable.name(), fk));
                    }
                }
            }
        }

        private boolean isDropped(TableName beforeName) {
            return droppedTables.stream().anyMatch(table -> table.name().equals(beforeName));
        }

        private List<String> mapReferenced(ForeignKey fk) {
            Map<String, String> names = columnNameMaps.getOrDefault(fk.referencedTable(), Map.of());
            return fk.referencedColumns().stream().map(column -> names.getOrDefault(column, column)).toList();
        }

        private void compareColumn(TableName table, Column old, Column now) {
            String name = now.name();
            if (!old.type().equals(now.type())) {
                columnAlterations.add(new AlterColumnType(table, name, old.type(), now.type(),
                        TypeConversions.lossReason(old.type(), now.type())));
            }
            if (old.identity() && !now.identity()) {
                columnAlterations.add(new SetIdentity(table, name, false));
            }
            if (!old.defaultSql().equals(now.defaultSql())) {
                columnAlterations.add(new SetDefault(table, name, old.defaultSql(), now.defaultSql()));
            }
            if (old.nullable() != now.nullable()) {
                columnAlterations.add(new SetNullability(table, name, now.nullable()));
            }
            if (!old.identity() && now.identity()) {
                columnAlterations.add(new SetIdentity(table, name, true));
            }
        }

        /**
         * Compares two lists of named things. Same name and same definition: nothing. Same definition under a new
         * name, one to one: a rename. Otherwise the old one is dropped and the new one added.
         */
        private <T> void compareNamed(TableName table, List<T> old, List<T> now, Function<T, String> nameOf,
                                      BiFunction<T, String, T> renamed, Consumer<T> drop,
                                      Consumer<T> add, boolean isIndex) {
            Map<String, T> oldByName = new TreeMap<>();
            old.forEach(item -> oldByName.put(nameOf.apply(item), item));
            Map<String, T> nowByName = new TreeMap<>();
            now.forEach(item -> nowByName.put(nameOf.apply(item), item));

            List<T> onlyOld = new ArrayList<>();
            List<T> onlyNow = new ArrayList<>();
            for (Map.Entry<String, T> entry : oldByName.entrySet()) {
                T current = nowByName.get(entry.getKey());
                if (current == null) {
                    onlyOld.add(entry.getValue());
                } else if (!current.equals(entry.getValue())) {
                    drop.accept(entry.getValue());
                    add.accept(current);
                }
            }
            for (Map.Entry<String, T> entry : nowByName.entrySet()) {
                if (!oldByName.containsKey(entry.getKey())) {
                    onlyNow.add(entry.getValue());
                }
            }
            Set<T> renamedTargets = new HashSet<>();
            for (T oldItem : onlyOld) {
                Optional<T> target = onlyNow.stream()
                        .filter(candidate -> !renamedTargets.contains(candidate))
                        .filter(candidate -> renamed.apply(oldItem, nameOf.apply(candidate)).equals(candidate))
                        .findFirst();
                if (target.isPresent()) {
                    renamedTargets.add(target.get());
                    String from = nameOf.apply(oldItem);
                    String to = nameOf.apply(target.get());
                    renames.add(isIndex ? new RenameIndex(table, from, to) : new RenameConstraint(table, from, to));
                } else {
                    drop.accept(oldItem);
                }
            }
            for (T nowItem : onlyNow) {
                if (!renamedTargets.contains(nowItem)) {
                    add.accept(nowItem);
                }
            }
        }

        private static Optional<String> reasonFor(List<String> columns, Map<String, String> droppedColumns) {
            return columns.stream().filter(droppedColumns::containsKey).findFirst().map(droppedColumns::get);
        }

        private static Optional<String> mentionedDroppedColumn(CheckConstraint check,
                                                               Map<String, String> droppedColumns) {
            for (Map.Entry<String, String> dropped : droppedColumns.entrySet()) {
                Pattern word = Pattern.compile("(?<![\\w$])\"?" + Pattern.quote(dropped.getKey()) + "\"?(?![\\w$])");
                if (word.matcher(check.expression()).find()) {
                    return Optional.of(dropped.getValue());
                }
            }
            return Optional.empty();
        }

        private void dropTables() {
            // Referencing tables go first; a foreign key inside a cycle of dropped tables is dropped before them.
            List<Table> referencedFirst = dependencyOrder(droppedTables);
            Map<TableName, Integer> position = new HashMap<>();
            for (int i = 0; i < referencedFirst.size(); i++) {
                position.put(referencedFirst.get(i).name(), i);
            }
            for (Table table : referencedFirst) {
                for (ForeignKey fk : table.foreignKeys()) {
                    Integer target = position.get(fk.referencedTable());
                    if (target != null && target > position.get(table.name())) {
                        foreignKeyDrops.add(new DropForeignKey(table.name(), fk,
                                Optional.of("goes with dropping table " + table.name().qualified())));
                    }
                }
            }
            for (int i = referencedFirst.size() - 1; i >= 0; i--) {
                tableDrops.add(new DropTable(referencedFirst.get(i)));
            }
        }

        private void createTables() {
            List<Table> ordered = dependencyOrder(createdTables);
            Set<TableName> available = new HashSet<>(matchedTables.keySet());
            for (Table table : ordered) {
                available.add(table.name());
                Table.Builder inline = table.toBuilder();
                for (ForeignKey fk : table.foreignKeys()) {
                    if (!available.contains(fk.referencedTable())) {
                        inline.removeConstraint(fk.name());
                        foreignKeyAdditions.add(new AddForeignKey(table.name(), fk));
                    }
                }
                tableCreations.add(new CreateTable(inline.build().withoutRenameHints()));
            }
            // Keep the deferred keys in table order like every other step.
            foreignKeyAdditions.sort((a, b) -> a.table().compareTo(b.table()));
        }

        /**
         * Orders tables so that a table comes after the tables its foreign keys refer to. Among tables whose order
         * is free, names decide; a cycle is broken at the table with the smallest name.
         */
        private static List<Table> dependencyOrder(List<Table> tables) {
            Map<TableName, Table> remaining = new TreeMap<>();
            tables.forEach(table -> remaining.put(table.name(), table));
            List<Table> ordered = new ArrayList<>();
            while (!remaining.isEmpty()) {
                Table next = remaining.values().stream()
                        .filter(table -> table.foreignKeys().stream().noneMatch(fk ->
                                !fk.referencedTable().equals(table.name())
                                        && remaining.containsKey(fk.referencedTable())))
                        .findFirst()
                        .orElse(remaining.values().iterator().next());
                ordered.add(next);
                remaining.remove(next.name());
            }
            return ordered;
        }
    }
}
