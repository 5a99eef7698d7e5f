package dev.neonkit.runtime;

/**
 * A transaction body without a result, for {@link NeonDatabase#transaction(TransactionRunnable)}. It may be run more
 * than once (see the retry rule there), so it must be safe to re-run.
 */
@FunctionalInterface
public interface TransactionRunnable {
    /** Does the work; any exception rolls the transaction back. */
    void run() throws Exception;
}
