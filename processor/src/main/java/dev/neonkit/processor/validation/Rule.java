package dev.neonkit.processor.validation;

/**
 * Every check neonkit makes, each with a stable tag that starts its messages ({@code [neonkit:missing-id] ...}), so
 * builds and documentation can refer to a problem by name.
 */
public enum Rule {
    MISSING_ID("missing-id"),
    DUPLICATE_ID("duplicate-id"),
    ID_STRATEGY("id-strategy"),
    UNSUPPORTED_TYPE("unsupported-type"),
    NULLABLE_PRIMITIVE("nullable-primitive"),
    NULLABLE_ID("nullable-id"),
    DUPLICATE_TABLE("duplicate-table"),
    DUPLICATE_COLUMN("duplicate-column"),
    IDENTIFIER_TOO_LONG("identifier-too-long"),
    UNKNOWN_INDEX_PROPERTY("unknown-index-property"),
    BAD_REFERENCE("bad-reference"),
    BAD_VERSION("bad-version"),
    BAD_TIMESTAMP("bad-timestamp"),
    BAD_JSON("bad-json"),
    BAD_COLUMN("bad-column"),
    BAD_SQL_EXPRESSION("bad-sql-expression"),
    ENTITY_SHAPE("entity-shape"),
    NO_CONSTRUCTOR("no-constructor"),
    NO_ACCESSOR("no-accessor"),
    EMPTY_ENUM("empty-enum"),
    INVALID_SCHEMA("invalid-schema"),
    STALE_RENAME("stale-rename"),
    LATE_ENTITY("late-entity"),
    MIGRATIONS_OPTION("migrations-option"),
    MIGRATIONS("migrations"),
    RUNTIME_VERSION("runtime-version");


    private final String tag;

    Rule(String tag) {
        this.tag = tag;
    }

    /** The message prefix, for example {@code [neonkit:missing-id]}. */
    public String prefix() {
        return "[neonkit:" + tag + "]";
    }
}
