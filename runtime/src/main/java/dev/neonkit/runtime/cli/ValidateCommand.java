package dev.neonkit.runtime.cli;

import dev.neonkit.runtime.config.EnvironmentConfig;
import dev.neonkit.runtime.config.NeonConfig;
import dev.neonkit.runtime.migrate.MigrationException;
import dev.neonkit.runtime.migrate.Migrator;
import dev.neonkit.runtime.migrate.ValidationReport;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** {@code validate}: Flyway's validation of the applied migrations against the scripts. */
public final class ValidateCommand implements CliCommand {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "check applied migrations against the scripts (checksums, missing, pending)";
    }

    @Override
    public String help() {
        return """
                Usage: validate [--location <location>]...

                Runs Flyway's validation on the direct endpoint: every applied migration must still match its
                script (checksum and description), no applied script may be missing, none may have failed, and
                (as Flyway does by default) none may be pending. Prints one line per problem.

                """ + LocationOptions.HELP + """

                Exit status: 0 when valid, 1 when a problem was found or the connection failed, 2 for a bad
                argument or configuration. The password is never printed.
                """;
    }

    @Override
    public int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        LocationOptions.Parsed options = LocationOptions.parse(name(), args);
        if (options.failed()) {
            err.println(options.error());
            return USAGE;
        }
        NeonConfig config = EnvironmentConfig.fromEnvironment(env);
        ValidationReport report;
        try {
            report = Migrator.from(config).locations(options.locations()).validate();
        } catch (MigrationException failed) {
            err.println("validate: " + failed.getMessage());
            return FAILED;
        }
        String target = config.direct().description() + " against " + Targets.describe(options.locations());
        if (report.valid()) {
            out.println("Valid: the migration history of " + target + " matches the scripts.");
            return OK;
        }
        out.println("Invalid: " + report.problems().size() + " problem" + (report.problems().size() == 1 ? "" : "s")
                + " in the migration history of " + target + ":");
        report.problems().forEach(problem -> out.println("  - " + problem.replace("\n", "\n    ")));
        return FAILED;
    }
}
