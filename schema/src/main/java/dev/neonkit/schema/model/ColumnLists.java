package dev.neonkit.schema.model;

import dev.neonkit.schema.naming.Identifiers;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Validation shared by every constraint that names a list of columns. */
final class ColumnLists {

    private ColumnLists() {
    }

    /** An immutable copy of {@code columns}, checked to be non-empty, valid identifiers and free of repeats. */
    static List<String> copyOf(List<String> columns, String owner) {
        Objects.requireNonNull(columns, () -> "columns of " + owner);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException(owner + " must name at least one column");
        }
        Set<String> seen = new HashSet<>();
        for (String column : columns) {
            Identifiers.requireValid(column, "column name in " + owner);
            if (!seen.add(column)) {
                throw new IllegalArgumentException(owner + " names column " + column + " twice");
            }
        }
        return List.copyOf(columns);
    }
}
