package dev.neonkit.processor.model;

import java.util.Objects;

/**
 * The attributes of {@code @Column}, or their defaults when the property has none. Empty strings and zeros mean
 * "not set", as in the annotation.
 */
public record ColumnSettings(
        String name, String type, int length, int precision, int scale, boolean unique, String defaultSql, String check) {

    /** The settings of a property without {@code @Column}. */
    public static final ColumnSettings DEFAULTS = new ColumnSettings("", "", 0, 0, 0, false, "", "");

    public ColumnSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultSql, "defaultSql");
        Objects.requireNonNull(check, "check");
    }
}
