package dev.neonkit.cli;

import dev.neonkit.runtime.migrate.MigrationLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * The arguments the Flyway commands ({@code migrate}, {@code info}, {@code validate}) share: zero or more
 * {@code --location <location>} (also {@code --location=<location>}), defaulting to
 * {@link MigrationLocation#DEFAULT}.
 */
final class LocationOptions {

    /** The help text for the option, the same in every command. */
    static final String HELP = """
              --location <location>  where the scripts are (repeatable): classpath:<path>, filesystem:<dir> or a
                                     plain directory path. Default: classpath:db/migration
            """;

    private LocationOptions() {
    }

    /** The parsed locations, or a one-line error saying what is wrong. */
    record Parsed(List<MigrationLocation> locations, String error) {
        boolean failed() {
            return error != null;
        }
    }

    static Parsed parse(String command, List<String> args) {
        List<MigrationLocation> locations = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value;
            if (arg.equals("--location")) {
                if (i + 1 == args.size()) {
                    return error(command + ": --location needs a value, such as filesystem:migrations");
                }
                value = args.get(++i);
            } else if (arg.startsWith("--location=")) {
                value = arg.substring("--location=".length());
            } else {
                return error(command + ": unexpected argument '" + arg + "'; usage: " + command
                        + " [--location <location>]...");
            }
            try {
                locations.add(MigrationLocation.parse(value));
            } catch (IllegalArgumentException bad) {
                return error(command + ": " + bad.getMessage());
            }
        }
        return new Parsed(locations.isEmpty() ? List.of(MigrationLocation.DEFAULT) : List.copyOf(locations), null);
    }

    private static Parsed error(String message) {
        return new Parsed(List.of(), message);
    }
}
