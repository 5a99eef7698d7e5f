package dev.neonkit.schema.snapshot;

import java.util.Objects;

/**
 * One migration that was accepted into the chain the snapshot describes.
 *
 * @param version  the Flyway version number ({@code 3} for {@code V3__add_customer_phone.sql})
 * @param fileName the migration's file name
 * @param checksum the checksum Flyway records for the file, see {@link FlywayChecksum}; comparing it with the file
 *                 on disk shows whether an accepted migration was edited afterwards
 */
public record AcceptedMigration(int version, String fileName, int checksum) {

    /** Validates a positive version and a non-blank file name. */
    public AcceptedMigration {
        if (version < 1) {
            throw new IllegalArgumentException("migration version must be at least 1, got " + version);
        }
        Objects.requireNonNull(fileName, "fileName");
        if (fileName.isBlank() || fileName.contains("/") || fileName.contains("\\")) {
            throw new IllegalArgumentException("migration file name must be a plain file name, got '" + fileName + "'");
        }
    }
}
