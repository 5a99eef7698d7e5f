package dev.neonkit.schema.model;

import java.util.Optional;

/**
 * The rule every SQL expression of the model (column defaults, CHECK expressions, partial-index predicates) must
 * follow: it is one expression, so it can be pasted into a DDL statement and a Flyway script without ending that
 * statement or hiding the rest of it.
 *
 * <p>Outside string literals and quoted identifiers an expression may not contain {@code ;} (it would end the
 * statement and start another), {@code --} or {@code /*} (a comment would hide the rest of the statement), or
 * {@code $} (dollar quoting would change where strings end), and its parentheses and quotes must be balanced.
 * Nowhere may it contain {@code $}{@code {}: Flyway replaces placeholders in migrations, even inside strings, which
 * changes the script after its checksum was recorded.
 *
 * <p>The scan follows PostgreSQL's lexer for what matters here: {@code '...'} with {@code ''} inside,
 * {@code E'...'} with backslash escapes, {@code "..."} with {@code ""} inside. A backslash just before the quote
 * that ends a plain {@code '...'} string is refused, because that quote ends the string or not depending on the
 * server setting {@code standard_conforming_strings}.
 */
public final class SqlExpressions {

    private SqlExpressions() {
    }

    /**
     * Returns {@code expression} when it follows the rule above.
     *
     * @param what what the expression is, for the message ({@code "the DEFAULT of column status"})
     * @throws IllegalArgumentException saying what is wrong and what to write instead
     */
    public static String requireSingleExpression(String expression, String what) {
        problem(expression).ifPresent(problem -> {
            throw new IllegalArgumentException(what + " is not a single SQL expression: " + problem + " ("
                    + expression + ")");
        });
        return expression;
    }

    /** What makes {@code expression} break the rule, if anything. */
    public static Optional<String> problem(String expression) {
        if (expression.contains("${")) {
            return Optional.of("it contains ${, which Flyway would replace as a placeholder; write the text another"
                    + " way, for example '$' || '{'");
        }
        int depth = 0;
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (c == '\'') {
                boolean escapes = i > 0 && (expression.charAt(i - 1) == 'E' || expression.charAt(i - 1) == 'e')
                        && (i == 1 || !isIdentifierPart(expression.charAt(i - 2)));
                int end = escapes ? endOfEscapeString(expression, i) : endOfString(expression, i);
                if (end == AMBIGUOUS_BACKSLASH) {
                    return Optional.of("a backslash stands just before the closing quote of a string, which"
                            + " PostgreSQL reads differently depending on standard_conforming_strings; write E'...'"
                            + " with \\\\ for a backslash");
                }
                if (end < 0) {
                    return Optional.of("a string literal ' is not closed");
                }
                i = end + 1;
                continue;
            }
            if (c == '"') {
                int end = endOfQuoted(expression, i, '"');
                if (end < 0) {
                    return Optional.of("a quoted identifier \" is not closed");
                }
                i = end + 1;
                continue;
            }
            if (c == ';') {
                return Optional.of("it contains ; outside quotes, which would end the statement");
            }
            if (expression.startsWith("--", i) || expression.startsWith("/*", i)) {
                return Optional.of("it contains a comment (" + expression.substring(i, i + 2) + "), which would hide"
                        + " the rest of the statement");
            }
            if (c == '$') {
                return Optional.of("it contains $ outside quotes; dollar-quoted strings are not supported, write"
                        + " '...' instead");
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                return Optional.of("a ) closes a parenthesis that was never opened");
            }
            i++;
        }
        return depth == 0 ? Optional.empty() : Optional.of(depth + " parenthesis ( not closed");
    }

    private static final int AMBIGUOUS_BACKSLASH = -2;

    /** The index of the quote ending the plain string that starts at {@code start}, or a negative value. */
    private static int endOfString(String text, int start) {
        int end = endOfQuoted(text, start, '\'');
        for (int i = start + 1; end > 0 && i <= end; i++) {
            if (text.charAt(i) == '\'' && text.charAt(i - 1) == '\\') {
                return AMBIGUOUS_BACKSLASH;
            }
        }
        return end;
    }

    /** The index of the quote ending a {@code quote}-delimited text that starts at {@code start} (doubled inside). */
    private static int endOfQuoted(String text, int start, char quote) {
        int i = start + 1;
        while (i < text.length()) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        return -1;
    }

    /** The index of the quote ending the {@code E'...'} string that starts at {@code start}, or -1. */
    private static int endOfEscapeString(String text, int start) {
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '\'') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    i += 2;
                    continue;
                }
                return i;
            } else {
                i++;
            }
        }
        return -1;
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c >= 0x80;
    }
}
