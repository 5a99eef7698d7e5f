package dev.neonkit.bench;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The operations the benchmarks time, one implementation per way of talking to the database. Every implementation
 * borrows a connection from the same pool for each call and returns it before the call returns, as an application
 * would; the benchmarks call them through this interface so that each side pays the same dispatch.
 */
public interface ItemStore {

    /** The row with this key, if any. */
    Optional<BenchItem> findById(long id) throws SQLException;

    /** The rows with these keys, in any order; missing keys are skipped. */
    List<BenchItem> findAllById(List<Long> ids) throws SQLException;

    /** Number of rows in the table. */
    long count() throws SQLException;

    /** Inserts a new row and returns it with its generated key, timestamp and version. */
    BenchItem insert(BenchItem item) throws SQLException;

    /**
     * Writes the plain columns of a row that still has {@code item.version()}, and returns it with the next version.
     *
     * @throws IllegalStateException when the row is gone or another writer changed it first
     */
    BenchItem update(BenchItem item) throws SQLException;

    /** Inserts the row with its key, or overwrites the plain columns of the row with that key; returns the row. */
    BenchItem upsert(BenchItem item) throws SQLException;

    /** Deletes the row with this key; true when there was one. */
    boolean deleteById(long id) throws SQLException;
}
