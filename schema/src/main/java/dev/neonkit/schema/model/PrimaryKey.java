package dev.neonkit.schema.model;

import dev.neonkit.schema.naming.Identifiers;
import java.util.List;

/**
 * A table's primary key.
 *
 * @param name    the constraint name (PostgreSQL's default is {@code <table>_pkey}; see
 *                {@code dev.neonkit.schema.naming.ConstraintNames})
 * @param columns the key columns in key order
 */
public record PrimaryKey(String name, List<String> columns) {

    /** Validates the name and the column list. */
    public PrimaryKey {
        Identifiers.requireValid(name, "primary key name");
        columns = ColumnLists.copyOf(columns, "primary key " + name);
    }
}
