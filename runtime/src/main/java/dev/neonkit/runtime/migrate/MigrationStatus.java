package dev.neonkit.runtime.migrate;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of {@link Migrator#info()}: a migration known from the scripts, the history table or both.
 *
 * @param version     the version; empty for a repeatable migration
 * @param description the description
 * @param type        Flyway's migration type, such as {@code SQL}
 * @param state       Flyway's state name: {@code Pending}, {@code Success}, {@code Failed}, {@code Missing},
 *                    {@code Future}, {@code Ignored}, ...
 * @param installedOn when it was applied, if it was
 */
public record MigrationStatus(String version, String description, String type, String state,
                              Optional<Instant> installedOn) {

    /** Checks that every part is present. */
    public MigrationStatus {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(installedOn, "installedOn");
    }

    /** Whether the migration is in the history table as applied successfully. */
    public boolean applied() {
        return installedOn.isPresent() && state.equalsIgnoreCase("success");
    }
}
