package dev.neonkit.testsupport;

import java.security.SecureRandom;
import java.util.Locale;

/** Names for the databases this module creates, and the quoting that makes any name safe in SQL. */
final class SqlIdentifiers {

    /** PostgreSQL truncates identifiers longer than 63 bytes. */
    private static final int MAX_IDENTIFIER_LENGTH = 63;
    private static final int SUFFIX_LENGTH = 12;
    private static final int MAX_PREFIX_LENGTH = MAX_IDENTIFIER_LENGTH - 1 - SUFFIX_LENGTH;
    private static final String SUFFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SqlIdentifiers() {
    }

    /**
     * {@code <prefix>_<12 random characters>}. The prefix is lowercased, every character other than a-z, 0-9 and
     * '_' becomes '_', a prefix that does not start with a letter gets {@code db_} in front, and it is cut to fit
     * PostgreSQL's 63-byte limit. The random suffix (36^12 values) keeps concurrent test runs that share one
     * server, such as several CI jobs on one Neon branch, apart.
     */
    static String uniqueDatabaseName(String prefix) {
        if (prefix == null || prefix.isBlank()) {
            throw new IllegalArgumentException("namePrefix must not be blank: pass a short name such as the test class name");
        }
        String safe = prefix.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (!Character.isLetter(safe.charAt(0))) {
            safe = "db_" + safe;
        }
        if (safe.length() > MAX_PREFIX_LENGTH) {
            safe = safe.substring(0, MAX_PREFIX_LENGTH);
        }
        StringBuilder name = new StringBuilder(safe).append('_');
        for (int i = 0; i < SUFFIX_LENGTH; i++) {
            name.append(SUFFIX_ALPHABET.charAt(RANDOM.nextInt(SUFFIX_ALPHABET.length())));
        }
        return name.toString();
    }

    /** The identifier as a double-quoted SQL identifier, with embedded quotes doubled. */
    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
