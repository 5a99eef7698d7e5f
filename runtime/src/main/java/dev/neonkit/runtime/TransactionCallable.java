package dev.neonkit.runtime;

/**
 * A transaction body that returns a result, for {@link NeonDatabase#transaction(TransactionCallable)}. It may be run
 * more than once (see the retry rule there), so it must be safe to re-run: no side effects outside the database that
 * a second run would repeat.
 *
 * @param <T> the result
 */
@FunctionalInterface
public interface TransactionCallable<T> {
    /** Does the work; any exception rolls the transaction back. */
    T call() throws Exception;
}
