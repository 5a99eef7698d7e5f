package dev.neonkit.cli;

import dev.neonkit.runtime.config.EnvironmentConfig;
import dev.neonkit.runtime.config.NeonConfig;
import dev.neonkit.runtime.migrate.MigrationException;
import dev.neonkit.runtime.migrate.MigrationLocation;
import dev.neonkit.runtime.migrate.Migrator;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a migration command ({@code info}, {@code migrate}, {@code validate}) works on: the configuration from the
 * environment, the script locations from the arguments and a migrator for both.
 *
 * @param config    the configuration read from the environment
 * @param locations where the scripts are
 * @param migrator  the migrator for the direct endpoint and the locations
 */
record MigrationTarget(NeonConfig config, List<MigrationLocation> locations, Migrator migrator) {

    /** One command's work on its target; a {@link MigrationException} it throws ends the command with exit 1. */
    @FunctionalInterface
    interface Work {
        int run(MigrationTarget target);
    }

    /**
     * The shared course of a migration command: parse the {@code --location} options (exit 2 when malformed), read
     * the configuration, build the migrator, run {@code work}, and turn a migration failure into one line on
     * {@code err} and exit 1.
     */
    static int run(CliCommand command, List<String> args, Map<String, String> env, PrintStream err, Work work) {
        LocationOptions.Parsed options = LocationOptions.parse(command.name(), args);
        if (options.failed()) {
            err.println(options.error());
            return CliCommand.USAGE;
        }
        NeonConfig config = EnvironmentConfig.fromEnvironment(env);
        MigrationTarget target = new MigrationTarget(config, options.locations(),
                Migrator.from(config).locations(options.locations()));
        try {
            return work.run(target);
        } catch (MigrationException failed) {
            err.println(command.name() + ": " + failed.getMessage());
            return CliCommand.FAILED;
        }
    }

    /** The database, as {@code direct alex@host:5432/neondb}, without credentials. */
    String database() {
        return config.direct().description();
    }

    /** The script locations, as Flyway names them. */
    String scripts() {
        return locations.stream().map(MigrationLocation::flywayLocation).collect(Collectors.joining(", "));
    }
}
