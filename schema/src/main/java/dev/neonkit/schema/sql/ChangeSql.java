package dev.neonkit.schema.sql;

import dev.neonkit.schema.diff.Change;
import java.util.Objects;

/**
 * One change and the plain SQL that makes it, as {@link MigrationRenderer#fixSql} renders it for a drift report.
 *
 * @param change the change
 * @param sql    one or more statements, each ending with {@code ;}, separated by newlines
 */
public record ChangeSql(Change change, String sql) {

    /** Validates that both parts are present. */
    public ChangeSql {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(sql, "sql");
    }
}
