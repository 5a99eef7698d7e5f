package dev.neonkit.schema.sql;

import dev.neonkit.schema.model.TableName;
import java.util.Objects;

/**
 * Something in a rendered migration a person must look at before it is applied.
 *
 * @param kind    what sort of problem it is
 * @param table   the table concerned
 * @param message what the migration does or needs, in words
 */
public record MigrationWarning(Kind kind, TableName table, String message) {

    /** What sort of review a warning asks for. */
    public enum Kind {
        /** A statement that can lose data; it was written commented out under {@code -- REVIEW (destructive)}. */
        DESTRUCTIVE,
        /** A NOT NULL column without a default added to an existing table; it fails if the table has rows. */
        NOT_NULL_WITHOUT_DEFAULT
    }

    /** Validates that every part is present. */
    public MigrationWarning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(message, "message");
    }
}
