package dev.neonkit.processor.migration;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A versioned Flyway migration file name, {@code V<version>__<description>.sql}. Any description counts, as it does
 * for Flyway: a hand-named {@code V3__Add-x.sql} takes version 3 like any other.
 *
 * @param version     the version number
 * @param fileName    the whole file name
 */
record MigrationFile(int version, String fileName) {

    private static final Pattern NAME = Pattern.compile("V(\\d{1,9})__(.*)\\.sql");

    /** The first line of every draft; deleting it accepts the draft. */
    static final String DRAFT_MARKER = "-- neonkit:draft (review, then delete this line to accept)";

    /**
     * How the first line of a hand-written migration that changes data, not the schema, starts (a description may
     * follow on the same line); neonkit records such a migration in the chain and leaves the accepted schema as is.
     */
    static final String MANUAL_MARKER = "-- neonkit:manual";

    /** Flyway's per-script configuration file, which sits beside the script. */
    static final String SIDECAR_SUFFIX = ".conf";

    static Optional<MigrationFile> parse(String fileName) {
        Matcher matcher = NAME.matcher(fileName);
        return matcher.matches()
                ? Optional.of(new MigrationFile(Integer.parseInt(matcher.group(1)), fileName))
                : Optional.empty();
    }

    static MigrationFile of(int version, String descriptionSlug) {
        return new MigrationFile(version, "V" + version + "__" + descriptionSlug + ".sql");
    }

    /** The description part of a migration file name: {@code add_x} for {@code V3__add_x.sql}. */
    static String description(String fileName) {
        Matcher matcher = NAME.matcher(fileName);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(fileName + " is not a migration file name");
        }
        return matcher.group(2);
    }

    String sidecarName() {
        return fileName + SIDECAR_SUFFIX;
    }

    /** Whether {@code text} (a migration file's content) is still an unaccepted draft. */
    static boolean isDraft(String text) {
        return startsWithLine(text, DRAFT_MARKER);
    }

    /** Whether {@code text} (a migration file's content) is a hand-written migration marked as such. */
    static boolean isManual(String text) {
        return text.startsWith(MANUAL_MARKER);
    }

    private static boolean startsWithLine(String text, String line) {
        return text.equals(line) || text.startsWith(line + "\n") || text.startsWith(line + "\r\n");
    }
}
