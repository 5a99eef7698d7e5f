package dev.neonkit.processor.diagnostics;

/**
 * Every message the processor prints starts with one of these stable tags ({@code [neonkit:missing-id] ...}), so
 * builds and documentation can refer to a problem by name.
 */
public enum Tag {
    // On an entity or property
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
    /** Annotations on one property that contradict each other. */
    CONFLICTING_ANNOTATIONS("conflicting-annotations"),
    BAD_SQL_EXPRESSION("bad-sql-expression"),
    ENTITY_SHAPE("entity-shape"),
    NO_CONSTRUCTOR("no-constructor"),
    NO_ACCESSOR("no-accessor"),
    EMPTY_ENUM("empty-enum"),
    INVALID_SCHEMA("invalid-schema"),
    STALE_RENAME("stale-rename"),
    LATE_ENTITY("late-entity"),

    // About the options and the classpath
    MIGRATIONS_OPTION("migrations-option"),
    RUNTIME_VERSION("runtime-version"),

    // About the migrations directory
    /** A draft awaits review, or was removed. */
    DRAFT("draft"),
    /** A draft someone changed without accepting it, which neonkit leaves alone. */
    DRAFT_EDITED("draft-edited"),
    ACCEPTED("accepted"),
    MANUAL_MIGRATION("manual-migration"),
    /** A destructive or NOT NULL step to review. */
    UNSAFE_MIGRATION("unsafe-migration"),
    /** Check mode found work to do. */
    CHECK("check"),
    DUPLICATE_VERSION("duplicate-version"),
    CHAIN_MISMATCH("chain-mismatch"),
    ACCEPTED_CHANGED("accepted-changed"),
    PARTIAL_ACCEPTANCE("partial-acceptance"),
    /** Unreadable or unwritable files, generated sources included. */
    MIGRATIONS("migrations");

    private final String id;

    Tag(String id) {
        this.id = id;
    }

    /** The tag as users see it, for example {@code missing-id}. */
    public String id() {
        return id;
    }

    /** The message prefix, for example {@code [neonkit:missing-id]}. */
    public String prefix() {
        return "[neonkit:" + id + "]";
    }
}
