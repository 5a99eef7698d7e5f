package dev.neonkit.schema.migrations;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A versioned Flyway migration file name, {@code V<version>__<description>.sql}, and how a file's content says
 * what it is: an unaccepted draft (first line {@value #DRAFT_MARKER}), a hand-written data migration (first line
 * starting {@value #MANUAL_MARKER}), or else an accepted migration. Any description counts, as it does for
 * Flyway: a hand-named {@code V3__Add-x.sql} takes version 3 like any other.
 *
 * <p>The processor's migration workflow writes and accepts files by these rules, and the runtime's migrator
 * refuses a draft by them: one set of rules for every reader of a migrations directory.
 *
 * @param version     the version number
 * @param fileName    the whole file name
 */
public record MigrationFile(int version, String fileName) {

    private static final Pattern NAME = Pattern.compile("V(\\d{1,9})__(.*)\\.sql");

    /** The first line of every draft; deleting it accepts the draft. */
    public static final String DRAFT_MARKER = "-- neonkit:draft (review, then delete this line to accept)";

    /**
     * How the first line of a hand-written migration that changes data, not the schema, starts (a description may
     * follow on the same line); neonkit records such a migration in the chain and leaves the accepted schema as is.
     */
    public static final String MANUAL_MARKER = "-- neonkit:manual";

    /** Flyway's per-script configuration file, which sits beside the script. */
    public static final String SIDECAR_SUFFIX = ".conf";

    /** The migration file {@code fileName} names, or empty for a name that is not {@code V<n>__<description>.sql}. */
    public static Optional<MigrationFile> parse(String fileName) {
        Matcher matcher = NAME.matcher(fileName);
        return matcher.matches()
                ? Optional.of(new MigrationFile(Integer.parseInt(matcher.group(1)), fileName))
                : Optional.empty();
    }

    /** The file name neonkit gives migration {@code version}: {@code V3__add_x.sql} for 3 and {@code add_x}. */
    public static MigrationFile of(int version, String descriptionSlug) {
        return new MigrationFile(version, "V" + version + "__" + descriptionSlug + ".sql");
    }

    /** The description part of a migration file name: {@code add_x} for {@code V3__add_x.sql}. */
    public static String description(String fileName) {
        Matcher matcher = NAME.matcher(fileName);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(fileName + " is not a migration file name");
        }
        return matcher.group(2);
    }

    /** The name of this script's Flyway sidecar: {@code V3__add_x.sql.conf}. */
    public String sidecarName() {
        return fileName + SIDECAR_SUFFIX;
    }

    /** Whether {@code text} (a migration file's content) is still an unaccepted draft. */
    public static boolean isDraft(String text) {
        return startsWithLine(text, DRAFT_MARKER);
    }

    /** Whether {@code text} (a migration file's content) is a hand-written migration marked as such. */
    public static boolean isManual(String text) {
        return text.startsWith(MANUAL_MARKER);
    }

    private static boolean startsWithLine(String text, String line) {
        return text.equals(line) || text.startsWith(line + "\n") || text.startsWith(line + "\r\n");
    }
}
