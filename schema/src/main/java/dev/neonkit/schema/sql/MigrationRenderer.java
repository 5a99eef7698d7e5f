package dev.neonkit.schema.sql;

import dev.neonkit.schema.diff.Change;
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
import dev.neonkit.schema.diff.SchemaDiff;
import dev.neonkit.schema.model.CheckConstraint;
import dev.neonkit.schema.model.Column;
import dev.neonkit.schema.model.ForeignKey;
import dev.neonkit.schema.model.Index;
import dev.neonkit.schema.model.ReferentialAction;
import dev.neonkit.schema.model.Table;
import dev.neonkit.schema.model.TableName;
import dev.neonkit.schema.naming.ConstraintNames;
import dev.neonkit.schema.naming.Identifiers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a diff's changes into Flyway migration scripts a person can review and apply safely.
 *
 * <p>Every script starts with {@code SET lock_timeout}, so a migration waiting behind a long transaction fails
 * fast instead of queueing every other query behind its lock. New tables are created whole, with their keys,
 * checks and foreign keys inline. For tables that already existed the renderer follows these rules:
 * <ul>
 *   <li>A change that can lose data (dropping a table or column, narrowing a type) is written commented out under
 *       {@code -- REVIEW (destructive): <why>}; a person uncomments it once they have decided to lose the data.</li>
 *   <li>A new NOT NULL column without a default is added as written, which succeeds on an empty table and fails
 *       (without changing anything) on one with rows. A {@code -- REVIEW:} note above it shows the replacement to
 *       use when rows exist: add the column with {@code DEFAULT <value for existing rows>}, then drop the
 *       default.</li>
 *   <li>A new index is built with {@code CREATE INDEX CONCURRENTLY} in a script of its own that runs outside a
 *       transaction ({@link MigrationScript#executeInTransaction()} is false), after first dropping any INVALID
 *       index a failed earlier attempt left behind.</li>
 *   <li>A new primary key or unique constraint is built the same way, as a unique index, and attached with
 *       {@code ADD CONSTRAINT ... USING INDEX} in the final script; a foreign key that refers to it is added
 *       there too, once the key exists.</li>
 *   <li>A new foreign key or CHECK is added {@code NOT VALID}, which needs only a brief lock, and validated in the
 *       final script, which scans the rows without blocking writes.</li>
 *   <li>An existing column made NOT NULL first gets a {@code CHECK (column IS NOT NULL) NOT VALID}; the final
 *       script validates it, sets the column NOT NULL (PostgreSQL then skips its scan under an exclusive lock)
 *       and drops the check. A column that also becomes an identity is set NOT NULL directly, as identity
 *       requires.</li>
 * </ul>
 * Scripts come in the order main, indexes, final (validation and SET NOT NULL, key attachments, late foreign keys). {@link #fixSql(List)} renders the same statements without
 * any of the review comments, for a drift report.
 */
public final class MigrationRenderer {

    /** The default lock timeout: long enough for a busy table's short transactions, short enough to fail fast. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(5);

    private static final String INDENT = "    ";

    private final Duration lockTimeout;

    private MigrationRenderer(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    /** A renderer with {@link #DEFAULT_LOCK_TIMEOUT}. */
    public static MigrationRenderer withDefaults() {
        return new MigrationRenderer(DEFAULT_LOCK_TIMEOUT);
    }

    /**
     * A renderer whose scripts start with {@code SET lock_timeout} set to {@code lockTimeout}.
     *
     * @throws IllegalArgumentException if the timeout is not a positive whole number of milliseconds
     */
    public static MigrationRenderer withLockTimeout(Duration lockTimeout) {
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        if (lockTimeout.isNegative() || lockTimeout.isZero() || lockTimeout.toNanos() % 1_000_000 != 0) {
            throw new IllegalArgumentException("lock timeout must be a positive whole number of milliseconds, got "
                    + lockTimeout + " (zero would mean waiting forever)");
        }
        return new MigrationRenderer(lockTimeout);
    }

    /** The migration scripts and review warnings for a diff. */
    public MigrationPlan render(SchemaDiff diff) {
        return render(diff.changes());
    }

    /** The migration scripts and review warnings for changes in the order {@link SchemaDiff} gives them. */
    public MigrationPlan render(List<Change> changes) {
        Set<TableName> newTables = newTables(changes);
        Set<KeyColumns> keysBuiltConcurrently = keysBuiltConcurrently(changes, newTables);
        // Adding an identity needs the column NOT NULL at once, so those columns keep a plain SET NOT NULL.
        Set<String> identityAdded = changes.stream()
                .filter(change -> change instanceof SetIdentity identity && identity.identity())
                .map(change -> change.table() + "." + ((SetIdentity) change).column())
                .collect(Collectors.toSet());
        List<String> mainBlocks = new ArrayList<>();
        List<Change> mainChanges = new ArrayList<>();
        List<MigrationScript> indexScripts = new ArrayList<>();
        List<String> attachedKeys = new ArrayList<>();
        List<String> attachedKeyNames = new ArrayList<>();
        List<String> lateForeignKeys = new ArrayList<>();
        List<String> validations = new ArrayList<>();
        List<String> validatedNames = new ArrayList<>();
        List<MigrationWarning> warnings = new ArrayList<>();

        for (Change change : changes) {
            boolean existingTable = !newTables.contains(change.table());
            if (change instanceof CreateIndex create && existingTable) {
                indexScripts.add(indexScript(create.table(), create.index()));
                continue;
            }
            if (change instanceof AddUnique add && existingTable) {
                String name = add.constraint().name();
                indexScripts.add(indexScript(add.table(), new Index(name, add.constraint().columns(), true,
                        Optional.empty())));
                attachedKeys.add(alter(add.table().sql(), "ADD " + constraint(name, "UNIQUE USING INDEX "
                        + Identifiers.quote(name))));
                attachedKeyNames.add(name);
                continue;
            }
            if (change instanceof AddPrimaryKey add && existingTable) {
                String name = add.key().name();
                indexScripts.add(indexScript(add.table(), new Index(name, add.key().columns(), true,
                        Optional.empty())));
                attachedKeys.add(alter(add.table().sql(), "ADD " + constraint(name, "PRIMARY KEY USING INDEX "
                        + Identifiers.quote(name))));
                attachedKeyNames.add(name);
                continue;
            }
            if (change instanceof SetNullability nullability && !nullability.nullable() && existingTable
                    && !identityAdded.contains(change.table() + "." + nullability.column())) {
                String guard = ConstraintNames.notNullCheck(change.table().name(), nullability.column());
                String column = Identifiers.quote(nullability.column());
                mainChanges.add(change);
                mainBlocks.add("-- SET NOT NULL would scan the table under an exclusive lock; with a validated CHECK"
                        + " (column IS NOT NULL)\n-- PostgreSQL skips that scan, so the check is added here and the"
                        + " column set NOT NULL in the final script.\n"
                        + alter(change.table().sql(), "ADD " + constraint(guard, "CHECK (" + column + " IS NOT NULL)")
                        + " NOT VALID"));
                validations.add(alter(change.table().sql(), "VALIDATE CONSTRAINT " + Identifiers.quote(guard)) + "\n"
                        + alter(change.table().sql(), "ALTER COLUMN " + column + " SET NOT NULL") + "\n"
                        + dropConstraint(change.table().sql(), guard));
                validatedNames.add(guard);
                continue;
            }
            Statements statements = statements(change, newTables);
            if (change instanceof AddForeignKey add && keysBuiltConcurrently.contains(
                    new KeyColumns(add.foreignKey().referencedTable(), Set.copyOf(add.foreignKey().referencedColumns())))) {
                // The key it refers to only exists once the final script attaches it.
                lateForeignKeys.add(statements.validate().isEmpty() ? statements.main()
                        : statements.main() + "\n" + statements.validate());
                continue;
            } else {
                mainChanges.add(change);
                if (change.destructive()) {
                    String reason = change.destructiveReason().orElseThrow();
                    warnings.add(new MigrationWarning(MigrationWarning.Kind.DESTRUCTIVE, change.table(),
                            "written commented out for review: " + reason));
                    mainBlocks.add("-- REVIEW (destructive): " + reason + "\n" + commentOut(statements.main()));
                } else if (change instanceof AddColumn add && needsValueForExistingRows(add.column())) {
                    warnings.add(new MigrationWarning(MigrationWarning.Kind.NOT_NULL_WITHOUT_DEFAULT, add.table(),
                            notNullWithoutDefault(add)));
                    mainBlocks.add(notNullReviewNote(add) + statements.main());
                } else {
                    mainBlocks.add(statements.main());
                }
            }
            if (!statements.validate().isEmpty()) {
                validations.add(statements.validate());
                validatedNames.add(statements.validatedName());
            }
        }

        List<MigrationScript> scripts = new ArrayList<>();
        if (!mainBlocks.isEmpty()) {
            scripts.add(new MigrationScript(DescriptionSlugs.describe(mainChanges), script(mainBlocks), true));
        }
        scripts.addAll(indexScripts);
        // Final script: validations (and SET NOT NULL) first, so keys attached next find their columns NOT NULL
        // without a scan; then the keys; then the foreign keys that refer to them.
        List<String> finalBlocks = new ArrayList<>();
        if (!validations.isEmpty()) {
            finalBlocks.add("-- Constraints added NOT VALID need only a brief lock; validating them scans the existing"
                    + " rows\n-- without blocking reads or writes.\n" + String.join("\n", validations));
        }
        if (!attachedKeys.isEmpty()) {
            finalBlocks.add("-- The unique indexes built concurrently by the previous migrations become constraints;"
                    + " this takes only a brief lock.\n" + String.join("\n", attachedKeys));
        }
        if (!lateForeignKeys.isEmpty()) {
            finalBlocks.add(String.join("\n", lateForeignKeys));
        }
        if (!finalBlocks.isEmpty()) {
            String slug = attachedKeyNames.isEmpty() ? DescriptionSlugs.of("validate", validatedNames)
                    : DescriptionSlugs.of("add", attachedKeyNames);
            scripts.add(new MigrationScript(slug, script(finalBlocks), true));
        }
        return new MigrationPlan(scripts, warnings);
    }

    /** A table and the columns of a key on it. */
    private record KeyColumns(TableName table, Set<String> columns) {
    }

    /** Primary keys and unique constraints added to existing tables, which are built as concurrent indexes. */
    private static Set<KeyColumns> keysBuiltConcurrently(List<Change> changes, Set<TableName> newTables) {
        Set<KeyColumns> keys = new HashSet<>();
        for (Change change : changes) {
            if (newTables.contains(change.table())) {
                continue;
            }
            if (change instanceof AddUnique add) {
                keys.add(new KeyColumns(add.table(), Set.copyOf(add.constraint().columns())));
            } else if (change instanceof AddPrimaryKey add) {
                keys.add(new KeyColumns(add.table(), Set.copyOf(add.key().columns())));
            }
        }
        return keys;
    }

    private MigrationScript indexScript(TableName table, Index index) {
        return new MigrationScript(DescriptionSlugs.of("create", List.of(index.name())),
                concurrentIndexScript(table, index), false);
    }

    /**
     * Each change with the plain SQL that makes it, without review comments, lock timeout or script splitting;
     * used to show how to fix a drifted database. Destructive statements are included as they are: the caller
     * reports them, it does not run them.
     */
    public List<ChangeSql> fixSql(List<Change> changes) {
        Set<TableName> newTables = newTables(changes);
        List<ChangeSql> fixes = new ArrayList<>();
        for (Change change : changes) {
            String sql;
            if (change instanceof CreateIndex create && !newTables.contains(create.table())) {
                sql = createIndex(create.table(), create.index(), true);
            } else {
                Statements statements = statements(change, newTables);
                sql = statements.validate().isEmpty() ? statements.main()
                        : statements.main() + "\n" + statements.validate();
            }
            fixes.add(new ChangeSql(change, sql));
        }
        return fixes;
    }

    /**
     * The SQL of one change: the statements for the main script, and those for the validation script with the name
     * of the constraint they validate (both empty when there is nothing to validate).
     */
    private record Statements(String main, String validate, String validatedName) {
        static Statements of(String main) {
            return new Statements(main, "", "");
        }
    }

    private Statements statements(Change change, Set<TableName> newTables) {
        return change.accept(new StatementsOf(!newTables.contains(change.table())));
    }

    /** The SQL of each kind of change; {@code existingTable} says whether its table existed before the migration. */
    private static final class StatementsOf implements Change.Visitor<Statements> {
        private final boolean existingTable;

        StatementsOf(boolean existingTable) {
            this.existingTable = existingTable;
        }

        @Override
        public Statements visit(CreateTable change) {
            return Statements.of(createTable(change.definition()));
        }

        @Override
        public Statements visit(DropTable change) {
            return Statements.of("DROP TABLE " + change.table().sql() + ";");
        }

        @Override
        public Statements visit(RenameTable change) {
            return Statements.of("ALTER TABLE " + change.from().sql() + " RENAME TO "
                    + Identifiers.quote(change.to().name()) + ";");
        }

        @Override
        public Statements visit(AddColumn change) {
            return Statements.of(alter(change.table().sql(), "ADD COLUMN " + columnDefinition(change.column())));
        }

        @Override
        public Statements visit(DropColumn change) {
            return Statements.of(alter(change.table().sql(),
                    "DROP COLUMN " + Identifiers.quote(change.column().name())));
        }

        @Override
        public Statements visit(RenameColumn change) {
            return Statements.of(alter(change.table().sql(), "RENAME COLUMN " + Identifiers.quote(change.from())
                    + " TO " + Identifiers.quote(change.to())));
        }

        @Override
        public Statements visit(AlterColumnType change) {
            String column = Identifiers.quote(change.column());
            return Statements.of(alter(change.table().sql(), "ALTER COLUMN " + column + " TYPE " + change.to().sql()
                    + " USING " + column + "::" + change.to().sql()));
        }

        @Override
        public Statements visit(SetNullability change) {
            return Statements.of(alter(change.table().sql(), "ALTER COLUMN " + Identifiers.quote(change.column())
                    + (change.nullable() ? " DROP NOT NULL" : " SET NOT NULL")));
        }

        @Override
        public Statements visit(SetDefault change) {
            String column = Identifiers.quote(change.column());
            return Statements.of(alter(change.table().sql(), "ALTER COLUMN " + column + change.to()
                    .map(expression -> " SET DEFAULT " + expression).orElse(" DROP DEFAULT")));
        }

        @Override
        public Statements visit(SetIdentity change) {
            return Statements.of(setIdentity(change.table(), change));
        }

        @Override
        public Statements visit(AddPrimaryKey change) {
            return Statements.of(alter(change.table().sql(), "ADD CONSTRAINT " + Identifiers.quote(change.key().name())
                    + " PRIMARY KEY " + columnList(change.key().columns())));
        }

        @Override
        public Statements visit(DropPrimaryKey change) {
            return Statements.of(dropConstraint(change.table().sql(), change.key().name()));
        }

        @Override
        public Statements visit(AddUnique change) {
            return Statements.of(alter(change.table().sql(), "ADD CONSTRAINT "
                    + Identifiers.quote(change.constraint().name()) + " UNIQUE "
                    + columnList(change.constraint().columns())));
        }

        @Override
        public Statements visit(DropUnique change) {
            return Statements.of(dropConstraint(change.table().sql(), change.constraint().name()));
        }

        @Override
        public Statements visit(CreateIndex change) {
            return Statements.of(createIndex(change.table(), change.index(), false));
        }

        @Override
        public Statements visit(DropIndex change) {
            return Statements.of("DROP INDEX " + indexName(change.table(), change.index().name()) + ";");
        }

        @Override
        public Statements visit(AddForeignKey change) {
            return addValidated(change.table().sql(), change.foreignKey().name(), foreignKeyClause(change.foreignKey()),
                    existingTable);
        }

        @Override
        public Statements visit(DropForeignKey change) {
            return Statements.of(dropConstraint(change.table().sql(), change.foreignKey().name()));
        }

        @Override
        public Statements visit(AddCheck change) {
            return addValidated(change.table().sql(), change.check().name(), checkClause(change.check()),
                    existingTable);
        }

        @Override
        public Statements visit(DropCheck change) {
            return Statements.of(dropConstraint(change.table().sql(), change.check().name()));
        }

        @Override
        public Statements visit(RenameConstraint change) {
            return Statements.of(alter(change.table().sql(), "RENAME CONSTRAINT " + Identifiers.quote(change.from())
                    + " TO " + Identifiers.quote(change.to())));
        }

        @Override
        public Statements visit(RenameIndex change) {
            return Statements.of("ALTER INDEX " + indexName(change.table(), change.from()) + " RENAME TO "
                    + Identifiers.quote(change.to()) + ";");
        }
    }

    private static String createTable(Table table) {
        List<String> parts = new ArrayList<>();
        for (Column column : table.columns()) {
            parts.add(columnDefinition(column));
        }
        table.primaryKey().ifPresent(pk -> parts.add(constraint(pk.name(), "PRIMARY KEY " + columnList(pk.columns()))));
        table.uniqueConstraints().forEach(unique ->
                parts.add(constraint(unique.name(), "UNIQUE " + columnList(unique.columns()))));
        table.foreignKeys().forEach(fk -> parts.add(constraint(fk.name(), foreignKeyClause(fk))));
        table.checks().forEach(check -> parts.add(constraint(check.name(), checkClause(check))));

        StringBuilder sql = new StringBuilder();
        if (!table.name().inDefaultSchema()) {
            // The model does not track schemas as objects; creating one on demand keeps the script self-contained.
            sql.append("CREATE SCHEMA IF NOT EXISTS ").append(Identifiers.quote(table.name().schema())).append(";\n");
        }
        sql.append("CREATE TABLE ").append(table.name().sql()).append(" (\n");
        sql.append(parts.stream().map(part -> INDENT + part).collect(Collectors.joining(",\n")));
        sql.append("\n);");
        for (Index index : table.indexes()) {
            // The table is new and empty: a plain CREATE INDEX is instant and can share the transaction.
            sql.append('\n').append(createIndex(table.name(), index, false));
        }
        return sql.toString();
    }

    private static String columnDefinition(Column column) {
        StringBuilder sql = new StringBuilder(Identifiers.quote(column.name())).append(' ').append(column.type().sql());
        if (column.identity()) {
            sql.append(" GENERATED BY DEFAULT AS IDENTITY");
        } else {
            if (!column.nullable()) {
                sql.append(" NOT NULL");
            }
            column.defaultSql().ifPresent(expression -> sql.append(" DEFAULT ").append(expression));
        }
        return sql.toString();
    }

    private static String constraint(String name, String clause) {
        return "CONSTRAINT " + Identifiers.quote(name) + " " + clause;
    }

    private static String foreignKeyClause(ForeignKey fk) {
        String clause = "FOREIGN KEY " + columnList(fk.columns()) + " REFERENCES " + fk.referencedTable().sql() + " "
                + columnList(fk.referencedColumns());
        return fk.onDelete() == ReferentialAction.NO_ACTION ? clause : clause + " ON DELETE " + fk.onDelete().sql();
    }

    private static String checkClause(CheckConstraint check) {
        return "CHECK (" + check.expression() + ")";
    }

    private static Statements addValidated(String table, String name, String clause, boolean existingTable) {
        String add = alter(table, "ADD " + constraint(name, clause) + (existingTable ? " NOT VALID" : ""));
        if (!existingTable) {
            return Statements.of(add);
        }
        return new Statements(add, alter(table, "VALIDATE CONSTRAINT " + Identifiers.quote(name)), name);
    }

    private static String setIdentity(TableName table, SetIdentity identity) {
        String column = Identifiers.quote(identity.column());
        if (!identity.identity()) {
            return alter(table.sql(), "ALTER COLUMN " + column + " DROP IDENTITY");
        }
        return alter(table.sql(), "ALTER COLUMN " + column + " ADD GENERATED BY DEFAULT AS IDENTITY") + "\n"
                + "-- Existing rows keep their values; start the identity above them so new rows do not collide.\n"
                + "SELECT setval(pg_get_serial_sequence(" + textLiteral(table.sql()) + ", "
                + textLiteral(identity.column()) + "), coalesce(max(" + column + "), 0) + 1, false) FROM "
                + table.sql() + ";";
    }

    private static String createIndex(TableName table, Index index, boolean concurrently) {
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + (concurrently ? "CONCURRENTLY " : "")
                + Identifiers.quote(index.name()) + " ON " + table.sql() + " " + columnList(index.columns())
                + index.where().map(predicate -> " WHERE " + predicate).orElse("") + ";";
    }

    private String concurrentIndexScript(TableName table, Index index) {
        String block = "-- CREATE INDEX CONCURRENTLY builds the index without blocking writes, but cannot run inside a"
                + " transaction.\n-- A failed build leaves an INVALID index behind; the DROP clears it so this script"
                + " can run again.\n"
                + "DROP INDEX CONCURRENTLY IF EXISTS " + indexName(table, index.name()) + ";\n"
                + createIndex(table, index, true);
        return script(List.of(block));
    }

    /** An index lives in its table's schema, so it is qualified the same way. */
    private static String indexName(TableName table, String index) {
        return table.inDefaultSchema() ? Identifiers.quote(index)
                : Identifiers.quote(table.schema()) + "." + Identifiers.quote(index);
    }

    private static String dropConstraint(String table, String name) {
        return alter(table, "DROP CONSTRAINT " + Identifiers.quote(name));
    }

    private static String alter(String table, String action) {
        return "ALTER TABLE " + table + " " + action + ";";
    }

    private static String columnList(List<String> columns) {
        return columns.stream().map(Identifiers::quote).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String textLiteral(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static boolean needsValueForExistingRows(Column column) {
        return !column.nullable() && column.defaultSql().isEmpty() && !column.identity();
    }

    private static String notNullWithoutDefault(AddColumn add) {
        return "new column " + add.table().qualified() + "." + add.column().name()
                + " is NOT NULL without a default; adding it fails if the table already has rows";
    }

    private static String notNullReviewNote(AddColumn add) {
        Column column = add.column();
        String table = add.table().sql();
        String name = Identifiers.quote(column.name());
        return "-- REVIEW: " + notNullWithoutDefault(add) + ".\n"
                + "-- If it has rows, replace the statement below with these two, filling in the value:\n"
                + "--   " + alter(table, "ADD COLUMN " + name + " " + column.type().sql()
                + " NOT NULL DEFAULT <value for existing rows>") + "\n"
                + "--   " + alter(table, "ALTER COLUMN " + name + " DROP DEFAULT") + "\n";
    }

    private static String commentOut(String sql) {
        return sql.lines().map(line -> "-- " + line).collect(Collectors.joining("\n"));
    }

    private static Set<TableName> newTables(List<Change> changes) {
        return changes.stream().filter(change -> change instanceof CreateTable).map(Change::table)
                .collect(Collectors.toSet());
    }

    private String script(List<String> blocks) {
        return "SET lock_timeout = '" + lockTimeoutText() + "';\n\n" + String.join("\n\n", blocks) + "\n";
    }

    private String lockTimeoutText() {
        long millis = lockTimeout.toMillis();
        return millis % 1000 == 0 ? (millis / 1000) + "s" : millis + "ms";
    }
}
