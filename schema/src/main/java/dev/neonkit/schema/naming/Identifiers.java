package dev.neonkit.schema.naming;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * PostgreSQL identifiers: the 63-byte length limit, deterministic shortening, and quoting for SQL text.
 *
 * <p>This is the one place that decides when an identifier needs double quotes; every SQL renderer calls
 * {@link #quote(String)}.
 */
public final class Identifiers {

    /**
     * The longest identifier PostgreSQL keeps, in bytes of the server encoding (NAMEDATALEN - 1). Longer names are
     * silently truncated by the server, which would make the model and the database disagree.
     */
    public static final int MAX_BYTES = 63;

    /** Length of the hash suffix {@link #shorten(String)} appends: an underscore and eight hex digits. */
    private static final int HASH_SUFFIX_CHARS = 9;

    /**
     * The key words PostgreSQL's own {@code quote_ident} quotes: every key word that is not fully unreserved
     * ({@code pg_get_keywords()} categories R, T and C, as of PostgreSQL 17). Quoting them matches what
     * PostgreSQL's tools print, even where a column-name key word such as {@code time} would parse unquoted.
     */
    private static final Set<String> RESERVED = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization",
            "between", "bigint", "binary", "bit", "boolean", "both", "case", "cast", "char", "character", "check",
            "coalesce", "collate", "collation", "column", "concurrently", "constraint", "create", "cross",
            "current_catalog", "current_date", "current_role", "current_schema", "current_time",
            "current_timestamp", "current_user", "dec", "decimal", "default", "deferrable", "desc", "distinct", "do",
            "else", "end", "except", "exists", "extract", "false", "fetch", "float", "for", "foreign", "freeze",
            "from", "full", "grant", "greatest", "group", "grouping", "having", "ilike", "in", "initially", "inner",
            "inout", "int", "integer", "intersect", "interval", "into", "is", "isnull", "join", "json", "lateral",
            "leading", "least", "left", "like", "limit", "localtime", "localtimestamp", "national", "natural",
            "nchar", "none", "normalize", "not", "notnull", "null", "nullif", "numeric", "offset", "on", "only",
            "or", "order", "out", "outer", "overlaps", "overlay", "placing", "position", "precision", "primary",
            "real", "references", "returning", "right", "row", "select", "session_user", "setof", "similar",
            "smallint", "some", "substring", "symmetric", "system_user", "table", "tablesample", "then", "time",
            "timestamp", "to", "trailing", "treat", "trim", "true", "union", "unique", "user", "using", "values",
            "varchar", "variadic", "verbose", "when", "where", "window", "with", "xmlattributes", "xmlconcat",
            "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot",
            "xmlserialize", "xmltable");

    private Identifiers() {
    }

    /** Length of {@code identifier} in UTF-8 bytes, the unit PostgreSQL's limit counts. */
    public static int byteLength(String identifier) {
        return identifier.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * Checks that {@code identifier} can name a database object as it is: not blank, no NUL character, and at
     * most {@link #MAX_BYTES} bytes.
     *
     * @param what what the identifier names, for the error message ("column name")
     * @return the identifier
     * @throws IllegalArgumentException saying what is wrong and what to do
     */
    public static String requireValid(String identifier, String what) {
        if (identifier == null || identifier.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        if (identifier.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(what + " '" + identifier.replace("\0", "\\0")
                    + "' contains a NUL character, which PostgreSQL does not allow in identifiers");
        }
        int bytes = byteLength(identifier);
        if (bytes > MAX_BYTES) {
            throw new IllegalArgumentException(what + " '" + identifier + "' is " + bytes
                    + " bytes long; PostgreSQL keeps only " + MAX_BYTES
                    + " bytes. Choose a shorter name (or let neonkit derive one with Identifiers.shorten)");
        }
        return identifier;
    }

    /**
     * Returns {@code name} unchanged when it fits in {@link #MAX_BYTES} bytes; otherwise a deterministic shorter
     * name: the longest prefix that fits with room for the suffix (never splitting a character), then {@code _}
     * and the first 8 hex digits of the SHA-256 of the full name. Two long names that share a prefix therefore
     * still get different short names, and the same long name always gets the same one.
     */
    public static String shorten(String name) {
        if (byteLength(name) <= MAX_BYTES) {
            return name;
        }
        int budget = MAX_BYTES - HASH_SUFFIX_CHARS;
        StringBuilder prefix = new StringBuilder();
        int used = 0;
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            int size = byteLength(new String(Character.toChars(codePoint)));
            if (used + size > budget) {
                break;
            }
            prefix.appendCodePoint(codePoint);
            used += size;
            i += Character.charCount(codePoint);
        }
        // A trailing underscore before the suffix would read as "__"; trim it for a tidier name.
        while (prefix.length() > 0 && prefix.charAt(prefix.length() - 1) == '_') {
            prefix.setLength(prefix.length() - 1);
        }
        return prefix + "_" + sha256Hex(name).substring(0, 8);
    }

    /**
     * Renders {@code identifier} for SQL text, adding double quotes only when PostgreSQL would otherwise read it
     * differently or reject it: a key word, upper-case letters (unquoted names fold to lower case), a leading
     * digit, or any character other than lower-case ASCII letters, digits and {@code _}. Embedded quotes are
     * doubled. The result is the same as PostgreSQL's {@code quote_ident}.
     */
    public static String quote(String identifier) {
        return needsQuotes(identifier) ? '"' + identifier.replace("\"", "\"\"") + '"' : identifier;
    }

    /** Whether {@link #quote(String)} would add double quotes to {@code identifier}. */
    public static boolean needsQuotes(String identifier) {
        if (identifier.isEmpty() || RESERVED.contains(identifier)) {
            return true;
        }
        char first = identifier.charAt(0);
        if (!(isLowerAsciiLetter(first) || first == '_')) {
            return true;
        }
        for (int i = 1; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            if (!(isLowerAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_')) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLowerAsciiLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
