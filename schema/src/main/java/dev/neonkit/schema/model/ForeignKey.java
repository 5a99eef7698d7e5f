package dev.neonkit.schema.model;

import dev.neonkit.schema.naming.Identifiers;
import java.util.List;
import java.util.Objects;

/**
 * A FOREIGN KEY constraint.
 *
 * @param name              the constraint name (PostgreSQL's default is {@code <table>_<columns>_fkey})
 * @param columns           the referencing columns of this table, in order
 * @param referencedTable   the table referred to
 * @param referencedColumns the referred-to columns, pairwise with {@code columns}; they must be the primary key
 *                          or a unique constraint of {@code referencedTable} ({@link SchemaModel} checks this)
 * @param onDelete          what happens to referencing rows when a referenced row is deleted
 */
public record ForeignKey(String name, List<String> columns, TableName referencedTable, List<String> referencedColumns,
                         ReferentialAction onDelete) {

    /** Validates names and that both column lists have the same length. */
    public ForeignKey {
        Identifiers.requireValid(name, "foreign key name");
        columns = ColumnLists.copyOf(columns, "foreign key " + name);
        Objects.requireNonNull(referencedTable, () -> "referenced table of foreign key " + name);
        referencedColumns = ColumnLists.copyOf(referencedColumns, "referenced columns of foreign key " + name);
        Objects.requireNonNull(onDelete, () -> "onDelete of foreign key " + name);
        if (columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("foreign key " + name + " has " + columns.size()
                    + " column(s) but references " + referencedColumns.size());
        }
    }
}
