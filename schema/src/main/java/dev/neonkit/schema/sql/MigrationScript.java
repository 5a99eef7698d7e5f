package dev.neonkit.schema.sql;

import java.util.Objects;

/**
 * One migration file's content.
 *
 * @param descriptionSlug       the description part of the Flyway file name ({@code create_customer} for
 *                              {@code V1__create_customer.sql}): lower case, {@code [a-z0-9_]}, at most
 *                              {@link DescriptionSlugs#MAX_LENGTH} characters
 * @param sqlText               the SQL, ending with a newline
 * @param executeInTransaction  false for a script Flyway must run outside a transaction (CREATE INDEX
 *                              CONCURRENTLY); the file then needs a sidecar {@code <file>.conf} holding
 *                              {@code executeInTransaction=false}
 */
public record MigrationScript(String descriptionSlug, String sqlText, boolean executeInTransaction) {

    /** Validates that the slug and text are present. */
    public MigrationScript {
        Objects.requireNonNull(descriptionSlug, "descriptionSlug");
        Objects.requireNonNull(sqlText, "sqlText");
        if (!descriptionSlug.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("description slug '" + descriptionSlug
                    + "' may only hold lower-case letters, digits and underscores");
        }
    }
}
