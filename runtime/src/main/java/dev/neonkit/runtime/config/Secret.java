package dev.neonkit.runtime.config;

import java.util.Objects;

/**
 * A password or other credential. It can only be read on purpose, through {@link #reveal()}: its
 * {@code toString()}, {@code equals} and {@code hashCode} never expose the value, so a secret that
 * ends up in a log line, an exception message or a record's {@code toString()} prints as {@code ****}.
 */
public final class Secret {
    private static final Secret NONE = new Secret("");
    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /** The secret holding {@code value}; an empty or null value means "not set". */
    public static Secret of(String value) {
        return value == null || value.isEmpty() ? NONE : new Secret(value);
    }

    public static Secret none() {
        return NONE;
    }

    public boolean isSet() {
        return !value.isEmpty();
    }

    /** The value itself, for the one place that hands it to the driver. */
    public String reveal() {
        return value;
    }

    /** {@code ****} when set, empty when not: the form every output of neonkit uses. */
    public String redacted() {
        return isSet() ? "****" : "";
    }

    @Override
    public String toString() {
        return redacted();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret that && Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }
}
