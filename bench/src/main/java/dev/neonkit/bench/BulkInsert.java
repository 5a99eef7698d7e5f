package dev.neonkit.bench;

import java.sql.SQLException;
import java.util.List;

/** One way of inserting many rows at once, on a connection borrowed from the pool for the call. */
@FunctionalInterface
public interface BulkInsert {

    /**
     * Inserts all rows and returns their generated keys in input order, or an empty list when the method cannot
     * return keys ({@code COPY}).
     */
    List<Long> insertAll(List<BenchItem> items) throws SQLException;
}
