package dev.neonkit.schema.model;

import dev.neonkit.schema.naming.Identifiers;
import java.util.List;

/**
 * A UNIQUE table constraint (backed by a unique index of the same name).
 *
 * @param name    the constraint name (PostgreSQL's default is {@code <table>_<columns>_key})
 * @param columns the constrained columns in order
 */
public record UniqueConstraint(String name, List<String> columns) {

    /** Validates the name and the column list. */
    public UniqueConstraint {
        Identifiers.requireValid(name, "unique constraint name");
        columns = ColumnLists.copyOf(columns, "unique constraint " + name);
    }
}
