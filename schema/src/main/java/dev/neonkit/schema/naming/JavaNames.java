package dev.neonkit.schema.naming;

import java.util.Locale;

/** Converts Java names to the {@code snake_case} SQL names PostgreSQL users expect. */
public final class JavaNames {

    private JavaNames() {
    }

    /**
     * {@code snake_case} of a Java identifier: {@code CustomerOrder} becomes {@code customer_order},
     * {@code HTTPServer} {@code http_server}, {@code userID} {@code user_id}, {@code addressLine2}
     * {@code address_line2}. A word boundary falls before an upper-case letter that follows a lower-case letter or
     * digit, and before the last capital of an acronym that a lower-case letter follows. Existing underscores are
     * kept (never doubled).
     *
     * @throws IllegalArgumentException if {@code javaName} is blank
     */
    public static String toSnakeCase(String javaName) {
        if (javaName == null || javaName.isBlank()) {
            throw new IllegalArgumentException("cannot derive a SQL name from a blank Java name");
        }
        StringBuilder snake = new StringBuilder();
        int length = javaName.length();
        for (int i = 0; i < length; i++) {
            char c = javaName.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean afterLowerOrDigit = i > 0
                        && (Character.isLowerCase(javaName.charAt(i - 1)) || Character.isDigit(javaName.charAt(i - 1)));
                boolean acronymEnd = i > 0 && Character.isUpperCase(javaName.charAt(i - 1))
                        && i + 1 < length && Character.isLowerCase(javaName.charAt(i + 1));
                if ((afterLowerOrDigit || acronymEnd) && snake.length() > 0 && snake.charAt(snake.length() - 1) != '_') {
                    snake.append('_');
                }
                snake.append(Character.toLowerCase(c));
            } else {
                snake.append(c);
            }
        }
        return snake.toString().toLowerCase(Locale.ROOT);
    }
}
