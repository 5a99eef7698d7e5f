package dev.neonkit.runtime;

/**
 * An update or delete of a {@code @Version}ed entity matched no row: another writer changed or deleted the row since
 * this copy was read. Read the entity again, reapply the change and retry, or report the conflict.
 */
public final class OptimisticLockException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    /**
     * @param table   the table, for the message
     * @param id      the entity's key
     * @param version the version the caller held
     */
    public OptimisticLockException(String table, Object id, Object version) {
        super("No row of " + table + " with id " + id + " and version " + version
                + ": it was changed or deleted by another writer since it was read. Read it again and retry.",
                Kind.OPTIMISTIC_LOCK, null, null, null);
    }
}
