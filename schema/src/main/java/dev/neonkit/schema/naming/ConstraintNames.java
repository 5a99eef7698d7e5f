package dev.neonkit.schema.naming;

import java.util.List;

/**
 * The names PostgreSQL gives constraints and indexes when none is written, so a schema created from neonkit's
 * migrations looks exactly like one a person would write by hand:
 * {@code <table>_pkey}, {@code <table>_<cols>_key}, {@code <table>_<cols>_fkey}, {@code <table>_<cols>_idx},
 * {@code <table>_<col>_check}.
 *
 * <p>Where the result exceeds {@link Identifiers#MAX_BYTES} it is shortened with {@link Identifiers#shorten}
 * (PostgreSQL truncates differently, but a stable hash suffix keeps long names distinct).
 */
public final class ConstraintNames {

    private ConstraintNames() {
    }

    /** {@code <table>_pkey}. */
    public static String primaryKey(String table) {
        return derive(table, List.of(), "pkey");
    }

    /** {@code <table>_<col1>_<col2>_key}. */
    public static String unique(String table, List<String> columns) {
        return derive(table, columns, "key");
    }

    /** {@code <table>_<col1>_<col2>_fkey}. */
    public static String foreignKey(String table, List<String> columns) {
        return derive(table, columns, "fkey");
    }

    /** {@code <table>_<col1>_<col2>_idx}. */
    public static String index(String table, List<String> columns) {
        return derive(table, columns, "idx");
    }

    /** {@code <table>_<column>_check}. */
    public static String check(String table, String column) {
        return derive(table, List.of(column), "check");
    }

    /**
     * {@code <table>_<column>_not_null_check}: the temporary CHECK that lets {@code SET NOT NULL} skip its table
     * scan. Distinct from PostgreSQL 18's own {@code <table>_<column>_not_null} constraint name.
     */
    public static String notNullCheck(String table, String column) {
        return derive(table, List.of(column), "not_null_check");
    }

    private static String derive(String table, List<String> columns, String suffix) {
        StringBuilder name = new StringBuilder(table);
        for (String column : columns) {
            name.append('_').append(column);
        }
        return Identifiers.shorten(name.append('_').append(suffix).toString());
    }
}
