package dev.neonkit.cli;

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
                (as Flyway does by default) none may be pending. A draft among the scripts, which migrate refuses,
                is a problem too. Prints one line per problem.

                """ + LocationOptions.HELP + """

                Exit status: 0 when valid, 1 when a problem was found or the connection failed, 2 for a bad
                argument or configuration. The password is never printed.
                """;
    }

    @Override
    public int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        return MigrationTarget.run(this, args, env, err, target -> {
            ValidationReport report = target.migrator().validate();
            String checked = target.database() + " against " + target.scripts();
            if (report.valid()) {
                out.println("Valid: the migration history of " + checked + " matches the scripts.");
                return OK;
            }
            out.println("Invalid: " + report.problems().size() + " problem"
                    + (report.problems().size() == 1 ? "" : "s") + " in the migration history of " + checked + ":");
            report.problems().forEach(problem -> out.println("  - " + problem.replace("\n", "\n    ")));
            return FAILED;
        });
    }
}
