package dev.neonkit.runtime.migrate;

import dev.neonkit.schema.migrations.MigrationFile;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.internal.scanner.Scanner;

/**
 * Finds the drafts among the SQL scripts of a Flyway configuration's locations: scripts whose first line is still
 * {@value MigrationFile#DRAFT_MARKER} ({@link MigrationFile#isDraft}). Applying one would put a script in the
 * history whose checksum changes when it is accepted, and Flyway would then refuse that database.
 *
 * <p>The scripts are found with Flyway's own scanner, on the configuration Flyway then runs with, so the files
 * checked are exactly the files Flyway would apply, from {@code filesystem:} and {@code classpath:} locations
 * (directories and jars) alike. The scanner is Flyway's internal API; {@code MigratorTest} notices when an
 * upgrade changes it.
 */
final class DraftGuard {

    private DraftGuard() {
    }

    /** The drafts in {@code configuration}'s locations, each as Flyway names the resource, by path. */
    static List<String> draftsIn(Configuration configuration) {
        Scanner<JavaMigration> scanner = new Scanner<>(JavaMigration.class, configuration,
                configuration.getLocations());
        Collection<LoadableResource> scripts = scanner.getResources("", configuration.getSqlMigrationSuffixes());
        List<String> drafts = new ArrayList<>();
        for (LoadableResource script : scripts.stream().sorted().toList()) {
            if (MigrationFile.isDraft(firstLine(script))) {
                drafts.add(script.getAbsolutePath());
            }
        }
        return List.copyOf(drafts);
    }

    /**
     * Refuses to go on while {@code configuration}'s locations hold a draft.
     *
     * @throws MigrationException naming every draft and what to do with it
     */
    static void refuseDrafts(String operation, Configuration configuration) {
        List<String> drafts = draftsIn(configuration);
        if (!drafts.isEmpty()) {
            throw new MigrationException(operation + " refused: " + problem(drafts) + " Nothing was applied.",
                    null);
        }
    }

    /** What is wrong with {@code drafts} (at least one) and what to do, as one sentence or a few. */
    static String problem(List<String> drafts) {
        boolean one = drafts.size() == 1;
        return (one ? "the migration " : "the migrations ") + String.join(", ", drafts)
                + (one ? " is a draft" : " are drafts") + " (first line " + MigrationFile.DRAFT_MARKER + "), not "
                + (one ? "an accepted migration. Review it" : "accepted migrations. Review each")
                + ", delete its first line to accept it, and compile again so neonkit records the acceptance; then"
                + " build and migrate again.";
    }

    /** The first line of {@code script} with its line end, or the whole text when it has one line. */
    private static String firstLine(LoadableResource script) {
        StringWriter text = new StringWriter();
        try (Reader reader = script.read()) {
            for (int c = reader.read(); c != -1; c = reader.read()) {
                text.write(c);
                if (c == '\n') {
                    break;
                }
            }
        } catch (IOException e) {
            throw new MigrationException("could not read the migration " + script.getAbsolutePath() + ": "
                    + e.getMessage(), e);
        }
        return text.toString();
    }
}
