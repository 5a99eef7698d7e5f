package dev.neonkit.runtime.drift;

/**
 * The live schema holds something neonkit's schema model cannot represent (a column type whose name needs quotes,
 * a key the model's rules reject), so it cannot be compared without reporting false drift. The message names the
 * object and why.
 */
public final class UnsupportedSchemaException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    UnsupportedSchemaException(String message, Throwable cause) {
        super(message, cause);
    }
}
