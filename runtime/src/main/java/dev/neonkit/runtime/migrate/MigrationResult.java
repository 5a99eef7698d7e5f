package dev.neonkit.runtime.migrate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Migrator#migrate()} did.
 *
 * @param initialVersion the schema version before, empty for a database without migration history
 * @param schemaVersion  the schema version after, empty when no versioned migration has ever been applied
 * @param applied        the migrations run, in the order they ran; empty when the database was up to date
 * @param warnings       Flyway's warnings, if any
 */
public record MigrationResult(Optional<String> initialVersion, Optional<String> schemaVersion,
                              List<AppliedMigration> applied, List<String> warnings) {

    /** Copies the lists. */
    public MigrationResult {
        Objects.requireNonNull(initialVersion, "initialVersion");
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        applied = List.copyOf(applied);
        warnings = List.copyOf(warnings);
    }

    /** Whether the database was already up to date. */
    public boolean upToDate() {
        return applied.isEmpty();
    }
}
