package dev.neonkit.runtime.cli;

import dev.neonkit.runtime.config.Endpoint;
import dev.neonkit.runtime.migrate.MigrationLocation;
import java.util.List;
import java.util.stream.Collectors;

/** How the migration and drift commands name what they work on, without credentials. */
final class Targets {

    private Targets() {
    }

    /** {@code direct alex@host:5432/neondb}. */
    static String describe(Endpoint endpoint) {
        String host = endpoint.host().indexOf(':') >= 0 ? "[" + endpoint.host() + "]" : endpoint.host();
        return endpoint.kind().label() + " " + endpoint.user() + "@" + host + ":" + endpoint.port() + "/"
                + endpoint.database();
    }

    static String describe(List<MigrationLocation> locations) {
        return locations.stream().map(MigrationLocation::flywayLocation).collect(Collectors.joining(", "));
    }
}
