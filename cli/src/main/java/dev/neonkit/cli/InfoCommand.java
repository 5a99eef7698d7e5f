package dev.neonkit.cli;

import dev.neonkit.runtime.migrate.MigrationStatus;
import java.io.PrintStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code info}: a table of every migration Flyway knows, with its state. */
public final class InfoCommand implements CliCommand {

    private static final DateTimeFormatter INSTALLED_ON =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final List<String> HEADINGS = List.of("Version", "Description", "Type", "State", "Installed on");

    @Override
    public String name() {
        return "info";
    }

    @Override
    public String summary() {
        return "list migrations with their versions, descriptions and states";
    }

    @Override
    public String help() {
        return """
                Usage: info [--location <location>]...

                Prints one row per migration known from the scripts or the history table of the direct endpoint:
                version, description, type, state (Pending, Success, Failed, Missing, Future, ...) and when it was
                applied (UTC).

                """ + LocationOptions.HELP + """

                Exit status: 0 when the table was printed, 1 when the connection failed, 2 for a bad argument or
                configuration. The password is never printed.
                """;
    }

    @Override
    public int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        return MigrationTarget.run(this, args, env, err, target -> {
            List<MigrationStatus> migrations = target.migrator().info();
            out.println("Migrations of " + target.database() + " in " + target.scripts() + ":");
            if (migrations.isEmpty()) {
                out.println("(no migrations found)");
                return OK;
            }
            List<List<String>> rows = new ArrayList<>();
            rows.add(HEADINGS);
            for (MigrationStatus migration : migrations) {
                rows.add(List.of(migration.version().isEmpty() ? "R" : migration.version(), migration.description(),
                        migration.type(), migration.state(),
                        migration.installedOn().map(INSTALLED_ON::format).orElse("")));
            }
            printTable(rows, out);
            return OK;
        });
    }

    private static void printTable(List<List<String>> rows, PrintStream out) {
        int[] widths = new int[HEADINGS.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(String.format("%-" + widths[i] + "s", row.get(i)));
                if (i < row.size() - 1) {
                    line.append("  ");
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
