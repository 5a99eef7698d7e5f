package dev.neonkit.schema.diff;

import dev.neonkit.schema.model.TableName;
import java.util.Objects;
import java.util.Optional;

/**
 * Something the diff noticed but could not act on, for the processor to report as a warning: a {@code renamedFrom}
 * hint that names a table or column the earlier schema does not have (typically a hint left in place after its
 * rename was accepted), or one that names a table that still exists.
 *
 * @param table   the table the hint is on (its new name)
 * @param column  the column the hint is on, empty for a table-level hint
 * @param message what was found and what to do about it
 */
public record DiffDiagnostic(TableName table, Optional<String> column, String message) {

    /** Validates that every part is present. */
    public DiffDiagnostic {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(message, "message");
    }
}
