package dev.neonkit.runtime.drift;

import java.util.Objects;

/**
 * One difference between a live database and the expected schema.
 *
 * @param description what differs, in words, from the database's point of view ("column public.orders.note is
 *                    missing")
 * @param fixSql      the SQL that makes the database match the expected schema, one or more statements
 * @param destructive whether running {@code fixSql} can lose data (dropping a table or column, narrowing a type);
 *                    review such a fix before running it
 */
public record Drift(String description, String fixSql, boolean destructive) {

    /** Checks that both texts are present. */
    public Drift {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(fixSql, "fixSql");
    }
}
