package dev.neonkit.runtime.migrate;

import java.util.Locale;
import java.util.Objects;

/**
 * Where Flyway looks for migration scripts, in Flyway's own spelling: {@code classpath:db/migration} or
 * {@code filesystem:migrations}. A plain directory path ({@code migrations}, {@code /srv/app/migrations}) means
 * {@code filesystem:} that path, which is what people type on a command line.
 *
 * @param flywayLocation the location as Flyway reads it, always with its prefix
 */
public record MigrationLocation(String flywayLocation) {

    /** Flyway's default, and the directory the neonkit processor writes to inside the jar. */
    public static final MigrationLocation DEFAULT = new MigrationLocation("classpath:db/migration");

    private static final String CLASSPATH = "classpath:";
    private static final String FILESYSTEM = "filesystem:";

    /** Validates the prefix and that a path follows it. */
    public MigrationLocation {
        Objects.requireNonNull(flywayLocation, "flywayLocation");
        String lower = flywayLocation.toLowerCase(Locale.ROOT);
        if (!lower.startsWith(CLASSPATH) && !lower.startsWith(FILESYSTEM)) {
            throw new IllegalArgumentException("migration location '" + flywayLocation
                    + "' must start with classpath: or filesystem:; use MigrationLocation.parse for a plain path");
        }
        if (flywayLocation.substring(flywayLocation.indexOf(':') + 1).isBlank()) {
            throw new IllegalArgumentException("migration location '" + flywayLocation + "' names no path");
        }
    }

    /**
     * Reads a location as a user writes it: {@code classpath:...} and {@code filesystem:...} as they are, any
     * other text without a scheme as a directory path.
     *
     * @throws IllegalArgumentException for a blank text or another scheme ({@code s3:}, {@code gcs:}), which
     *                                  neonkit does not support
     */
    public static MigrationLocation parse(String text) {
        Objects.requireNonNull(text, "location");
        String location = text.strip();
        if (location.isEmpty()) {
            throw new IllegalArgumentException("the migration location is empty; give classpath:<package path>,"
                    + " filesystem:<directory> or a directory path");
        }
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.startsWith(CLASSPATH) || lower.startsWith(FILESYSTEM)) {
            return new MigrationLocation(location);
        }
        int colon = location.indexOf(':');
        // A one-letter scheme is a Windows drive (C:\migrations), not a URL scheme.
        if (colon > 1 && location.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
            throw new IllegalArgumentException("migration location '" + location + "' uses the unsupported scheme "
                    + location.substring(0, colon + 1) + "; give classpath:<package path>, filesystem:<directory>"
                    + " or a directory path");
        }
        return new MigrationLocation(FILESYSTEM + location);
    }

    @Override
    public String toString() {
        return flywayLocation;
    }
}
