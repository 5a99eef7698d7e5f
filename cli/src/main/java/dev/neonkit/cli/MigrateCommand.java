package dev.neonkit.cli;

import dev.neonkit.runtime.migrate.AppliedMigration;
import dev.neonkit.runtime.migrate.MigrationResult;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** {@code migrate}: applies the pending Flyway migrations on the direct endpoint. */
public final class MigrateCommand implements CliCommand {

    @Override
    public String name() {
        return "migrate";
    }

    @Override
    public String summary() {
        return "apply pending Flyway migrations on the direct endpoint";
    }

    @Override
    public String help() {
        return """
                Usage: migrate [--location <location>]...

                Applies the pending migrations with Flyway on the direct endpoint (DATABASE_URL_UNPOOLED, else
                DATABASE_URL with -pooler removed), using a session-level lock so CREATE INDEX CONCURRENTLY works.
                Prints each migration applied and the schema version. A location holding a draft (a script whose
                first line is still neonkit's draft marker) is refused before anything is applied: review the
                draft, delete that line, and compile again so the acceptance is recorded.

                """ + LocationOptions.HELP + """

                Exit status: 0 when the database is up to date, 1 for a draft or when a migration or the
                connection failed, 2 for a bad argument or configuration. The password is never printed.
                """;
    }

    @Override
    public int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        return MigrationTarget.run(this, args, env, err, target -> {
            out.println("Migrating " + target.database() + " from " + target.scripts());
            MigrationResult result = target.migrator().migrate();
            String version = result.schemaVersion().orElse("(none)");
            if (result.upToDate()) {
                out.println("Schema is up to date at version " + version + "; no migration applied.");
            } else {
                out.println("Applied " + result.applied().size() + " migration"
                        + (result.applied().size() == 1 ? "" : "s") + "; schema version is now " + version + ":");
                for (AppliedMigration migration : result.applied()) {
                    out.println("  " + migration.script());
                }
            }
            result.warnings().forEach(warning -> out.println("warning: " + warning));
            return OK;
        });
    }
}
