package dev.neonkit.schema.diff;

import dev.neonkit.schema.model.CheckConstraint;
import dev.neonkit.schema.model.Column;
import dev.neonkit.schema.model.ColumnType;
import dev.neonkit.schema.model.ForeignKey;
import dev.neonkit.schema.model.Index;
import dev.neonkit.schema.model.PrimaryKey;
import dev.neonkit.schema.model.Table;
import dev.neonkit.schema.model.TableName;
import dev.neonkit.schema.model.UniqueConstraint;
import java.util.Objects;
import java.util.Optional;

/**
 * One step from one schema to another, as {@link SchemaDiff} finds it. Each step names the table it touches
 * (by its name after the migration) and says whether it can destroy data, and why.
 */
public sealed interface Change {

    /** The table this change touches, by its name after any rename. */
    TableName table();

    /**
     * Why this change can lose data or is part of a change that does (dropping a table or column, narrowing a
     * type), in words for a reviewer; empty for a change that keeps every row and value. Empty unless a change
     * says otherwise.
     */
    default Optional<String> destructiveReason() {
        return Optional.empty();
    }

    /** Whether {@link #destructiveReason()} is present. */
    default boolean destructive() {
        return destructiveReason().isPresent();
    }

    /**
     * Does what {@code visitor} does for this kind of change. Dispatch over changes goes through here, so a new kind
     * of change is a compile error in every visitor until it is handled there.
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per kind of change.
     *
     * @param <R> what the visit produces
     */
    interface Visitor<R> {
        R visit(CreateTable change);

        R visit(DropTable change);

        R visit(RenameTable change);

        R visit(AddColumn change);

        R visit(DropColumn change);

        R visit(RenameColumn change);

        R visit(AlterColumnType change);

        R visit(SetNullability change);

        R visit(SetDefault change);

        R visit(SetIdentity change);

        R visit(AddPrimaryKey change);

        R visit(DropPrimaryKey change);

        R visit(AddUnique change);

        R visit(DropUnique change);

        R visit(CreateIndex change);

        R visit(DropIndex change);

        R visit(AddForeignKey change);

        R visit(DropForeignKey change);

        R visit(AddCheck change);

        R visit(DropCheck change);

        R visit(RenameConstraint change);

        R visit(RenameIndex change);
    }

    /** Creates a table with its columns, keys and checks (and the foreign keys that can be inline). */
    record CreateTable(Table definition) implements Change {
        public CreateTable {
            Objects.requireNonNull(definition, "definition");
        }

        @Override
        public TableName table() {
            return definition.name();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Drops a table and all its rows. */
    record DropTable(Table definition) implements Change {
        public DropTable {
            Objects.requireNonNull(definition, "definition");
        }

        @Override
        public TableName table() {
            return definition.name();
        }

        @Override
        public Optional<String> destructiveReason() {
            return Optional.of("drops table " + definition.name().qualified() + " and every row in it");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Renames a table within its schema, as its {@code renamedFrom} hint asked. */
    record RenameTable(TableName from, TableName to) implements Change {
        public RenameTable {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        @Override
        public TableName table() {
            return to;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Adds a column to an existing table. */
    record AddColumn(TableName table, Column column) implements Change {
        public AddColumn {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Drops a column and its data. */
    record DropColumn(TableName table, Column column) implements Change {
        public DropColumn {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
        }

        @Override
        public Optional<String> destructiveReason() {
            return Optional.of("drops column " + table.qualified() + "." + column.name() + " and its data");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Renames a column, as its {@code renamedFrom} hint asked. */
    record RenameColumn(TableName table, String from, String to) implements Change {
        public RenameColumn {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Changes a column's type, converting stored values with {@code USING column::newType}.
     *
     * @param destructiveReason why the conversion can lose information or fail, if it can
     */
    record AlterColumnType(TableName table, String column, ColumnType from, ColumnType to,
                           Optional<String> destructiveReason) implements Change {
        public AlterColumnType {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(destructiveReason, "destructiveReason");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Makes a column nullable ({@code DROP NOT NULL}) or not ({@code SET NOT NULL}). */
    record SetNullability(TableName table, String column, boolean nullable) implements Change {
        public SetNullability {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Sets, changes or (when {@code to} is empty) drops a column's DEFAULT. */
    record SetDefault(TableName table, String column, Optional<String> from, Optional<String> to) implements Change {
        public SetDefault {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Makes a column {@code GENERATED BY DEFAULT AS IDENTITY}, or drops that. */
    record SetIdentity(TableName table, String column, boolean identity) implements Change {
        public SetIdentity {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Adds a primary key to an existing table. */
    record AddPrimaryKey(TableName table, PrimaryKey key) implements Change {
        public AddPrimaryKey {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(key, "key");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Drops a primary key.
     *
     * @param destructiveReason present when the key goes because a dropped column goes, so the two are reviewed
     *                          together
     */
    record DropPrimaryKey(TableName table, PrimaryKey key, Optional<String> destructiveReason) implements Change {
        public DropPrimaryKey {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(destructiveReason, "destructiveReason");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Adds a UNIQUE constraint to an existing table. */
    record AddUnique(TableName table, UniqueConstraint constraint) implements Change {
        public AddUnique {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(constraint, "constraint");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Drops a UNIQUE constraint.
     *
     * @param destructiveReason present when it goes because a dropped column goes
     */
    record DropUnique(TableName table, UniqueConstraint constraint, Optional<String> destructiveReason)
            implements Change {
        public DropUnique {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(constraint, "constraint");
            Objects.requireNonNull(destructiveReason, "destructiveReason");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Creates an index on an existing table. */
    record CreateIndex(TableName table, Index index) implements Change {
        public CreateIndex {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(index, "index");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Drops an index.
     *
     * @param destructiveReason present when it goes because a dropped column goes
     */
    record DropIndex(TableName table, Index index, Optional<String> destructiveReason) implements Change {
        public DropIndex {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(index, "index");
            Objects.requireNonNull(destructiveReason, "destructiveReason");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Adds a foreign key; to an existing table it is added NOT VALID and then validated. */
    record AddForeignKey(TableName table, ForeignKey foreignKey) implements Change {
        public AddForeignKey {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(foreignKey, "foreignKey");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Drops a foreign key.
     *
     * @param destructiveReason present when it goes because a dropped table or column goes
     */
    record DropForeignKey(TableName table, ForeignKey foreignKey, Optional<String> destructiveReason)
            implements Change {
        public DropForeignKey {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(foreignKey, "foreignKey");
            Objects.requireNonNull(destructiveReason, "destructiveReason");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Adds a CHECK constraint; to an existing table it is added NOT VALID and then validated. */
    record AddCheck(TableName table, CheckConstraint check) implements Change {
        public AddCheck {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(check, "check");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Drops a CHECK constraint (also the first half of rewriting one whose expression changed).
     *
     * @param destructiveReason present when it goes because a dropped column it mentions goes
     */
    record DropCheck(TableName table, CheckConstraint check, Optional<String> destructiveReason) implements Change {
        public DropCheck {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(check, "check");
            Objects.requireNonNull(destructiveReason, "destructiveReason");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Renames a primary key, unique, foreign key or check constraint whose definition did not change, typically
     * because its table or column was renamed and the default name moved with it.
     */
    record RenameConstraint(TableName table, String from, String to) implements Change {
        public RenameConstraint {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Renames an index whose definition did not change. */
    record RenameIndex(TableName table, String from, String to) implements Change {
        public RenameIndex {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }
}
