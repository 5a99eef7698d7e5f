package dev.neonkit.runtime;

/**
 * What a unit of work does with the database, which decides where its connection comes from.
 *
 * <p>Inside a {@link NeonDatabase#transaction transaction} both use the transaction's connection (on the primary).
 * Outside one, {@link #READ} borrows from {@link NeonDatabase#readDataSource()} (the replica when
 * {@code DATABASE_URL_RO} is set) and {@link #WRITE} from {@link NeonDatabase#dataSource()}.
 */
public enum Access {
    /** Only reads; may run on a read replica that lags the primary slightly. */
    READ,
    /** Writes, or reads that must see the latest writes: always the primary. */
    WRITE
}
