package dev.neonkit.schema.model;

import dev.neonkit.schema.naming.Identifiers;
import java.util.Comparator;

/**
 * A table's schema-qualified name.
 *
 * @param schema the schema, never empty: tables in the default schema say {@value #DEFAULT_SCHEMA}
 * @param name   the table name as stored in the catalog (unquoted, case preserved)
 */
public record TableName(String schema, String name) implements Comparable<TableName> {

    /** The schema PostgreSQL creates in every database and puts first on the default search path. */
    public static final String DEFAULT_SCHEMA = "public";

    private static final Comparator<TableName> ORDER =
            Comparator.comparing(TableName::schema).thenComparing(TableName::name);

    /** Validates both parts as PostgreSQL identifiers. */
    public TableName {
        Identifiers.requireValid(schema, "schema name");
        Identifiers.requireValid(name, "table name");
    }

    /** A table in the {@value #DEFAULT_SCHEMA} schema. */
    public static TableName of(String name) {
        return new TableName(DEFAULT_SCHEMA, name);
    }

    /** Whether the table lives in the {@value #DEFAULT_SCHEMA} schema. */
    public boolean inDefaultSchema() {
        return schema.equals(DEFAULT_SCHEMA);
    }

    /** {@code schema.name}, unquoted; used for ordering and messages. */
    public String qualified() {
        return schema + "." + name;
    }

    /**
     * The name as SQL: quoted where needed, and qualified only outside the {@value #DEFAULT_SCHEMA} schema so
     * migrations stay short and readable for the common case.
     */
    public String sql() {
        return inDefaultSchema() ? Identifiers.quote(name) : Identifiers.quote(schema) + "." + Identifiers.quote(name);
    }

    @Override
    public int compareTo(TableName other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return qualified();
    }
}
