package dev.neonkit.example.store;

/**
 * An update named a version the row no longer has: someone else changed it after the caller read it.
 */
public final class VersionConflictException extends RuntimeException {
    private final long currentVersion;

    /** For the row {@code what} (such as {@code "task 7"}), expected at {@code expectedVersion}. */
    public VersionConflictException(String what, long expectedVersion, long currentVersion) {
        super(what + " was changed by someone else: you sent version " + expectedVersion + ", it is now at version "
                + currentVersion + ". Read it again, reapply your change and send the current version.");
        this.currentVersion = currentVersion;
    }

    /** The version the row has now. */
    public long currentVersion() {
        return currentVersion;
    }
}
