package dev.neonkit.runtime.migrate;

import java.util.Objects;

/**
 * One migration that {@link Migrator#migrate()} ran.
 *
 * @param version     the version, such as {@code 3}; empty for a repeatable migration
 * @param description the description from the file name ({@code create customer})
 * @param script      the script's file name, such as {@code V3__create_customer.sql}
 */
public record AppliedMigration(String version, String description, String script) {

    /** Checks that every part is present. */
    public AppliedMigration {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(script, "script");
    }
}
