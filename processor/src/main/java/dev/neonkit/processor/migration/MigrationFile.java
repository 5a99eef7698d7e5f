package dev.neonkit.processor.migration;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A versioned Flyway migration file name, {@code V<version>__<description>.sql}.
 *
 * @param version     the version number
 * @param fileName    the whole file name
 */
record MigrationFile(int version, String fileName) {

    private static final Pattern NAME = Pattern.compile("V(\\d{1,9})__([A-Za-z0-9_]+)\\.sql");

    /** The first line of every draft; deleting it accepts the draft. */
    static final String DRAFT_MARKER = "-- neonkit:draft (review, then delete this line to accept)";

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

    String sidecarName() {
        return fileName + SIDECAR_SUFFIX;
    }

    /** Whether {@code text} (a migration file's content) is still an unaccepted draft. */
    static boolean isDraft(String text) {
        return text.equals(DRAFT_MARKER) || text.startsWith(DRAFT_MARKER + "\n") || text.startsWith(DRAFT_MARKER + "\r\n");
    }
}
