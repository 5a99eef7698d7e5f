package dev.neonkit.runtime.config;

/**
 * The configuration cannot be used as given: a missing or malformed variable or URL, or a setting that cannot
 * work against the endpoint (for example {@code sslmode=disable} to Neon). The message is one line that says what
 * is wrong and what to do, names the variable it came from, and never contains a password.
 */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
