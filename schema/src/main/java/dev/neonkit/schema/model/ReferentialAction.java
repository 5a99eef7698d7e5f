package dev.neonkit.schema.model;

import java.util.Locale;

/** What a foreign key does to referencing rows when the referenced row is deleted. */
public enum ReferentialAction {
    /** The default: the delete fails at the end of the statement if rows still refer to it. */
    NO_ACTION("NO ACTION"),
    /** The delete fails immediately if rows still refer to it. */
    RESTRICT("RESTRICT"),
    /** Referencing rows are deleted too. */
    CASCADE("CASCADE"),
    /** Referencing columns are set to NULL. */
    SET_NULL("SET NULL"),
    /** Referencing columns are set to their defaults. */
    SET_DEFAULT("SET DEFAULT");

    private final String sql;

    ReferentialAction(String sql) {
        this.sql = sql;
    }

    /** The action as SQL: {@code NO ACTION}, {@code SET NULL}, ... */
    public String sql() {
        return sql;
    }

    /**
     * Reads an action from its SQL spelling ({@code "set null"}) or its enum name ({@code "SET_NULL"}).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static ReferentialAction parse(String text) {
        String normalized = text.strip().toUpperCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
        for (ReferentialAction action : values()) {
            if (action.sql.equals(normalized)) {
                return action;
            }
        }
        throw new IllegalArgumentException("'" + text
                + "' is not a referential action; expected one of NO ACTION, RESTRICT, CASCADE, SET NULL, SET DEFAULT");
    }
}
