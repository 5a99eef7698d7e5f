package dev.neonkit.schema.model;

import dev.neonkit.schema.naming.Identifiers;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A B-tree index that is not the backing index of a primary key or unique constraint.
 *
 * @param name    the index name (neonkit's default is {@code <table>_<columns>_idx})
 * @param columns the indexed columns in order
 * @param unique  whether the index is UNIQUE
 * @param where   the predicate of a partial index as SQL text ({@code deleted_at IS NULL}), if any
 */
public record Index(String name, List<String> columns, boolean unique, Optional<String> where) {

    /** Validates the name, the column list and the predicate (one expression: {@link SqlExpressions}). */
    public Index {
        Identifiers.requireValid(name, "index name");
        columns = ColumnLists.copyOf(columns, "index " + name);
        Objects.requireNonNull(where, () -> "where of index " + name + " (use Optional.empty())");
        where.ifPresent(predicate -> {
            if (predicate.isBlank()) {
                throw new IllegalArgumentException("index " + name
                        + " has a blank WHERE predicate; leave it out for a full index");
            }
            SqlExpressions.requireSingleExpression(predicate, "the WHERE predicate of index " + name);
        });
    }

    /** A plain, non-unique, full index. */
    public static Index of(String name, List<String> columns) {
        return new Index(name, columns, false, Optional.empty());
    }
}
