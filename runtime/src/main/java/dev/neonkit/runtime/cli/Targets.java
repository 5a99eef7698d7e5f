package dev.neonkit.runtime.cli;

import dev.neonkit.runtime.migrate.MigrationLocation;
import java.util.List;
import java.util.stream.Collectors;

/** How the migration commands name the script locations they work on. */
final class Targets {

    private Targets() {
    }

    static String describe(List<MigrationLocation> locations) {
        return locations.stream().map(MigrationLocation::flywayLocation).collect(Collectors.joining(", "));
    }
}
