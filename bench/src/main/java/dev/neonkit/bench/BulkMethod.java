package dev.neonkit.bench;

import dev.neonkit.runtime.NeonDatabase;

/** The ways of inserting many rows that the bulk benchmark compares, all on the same pool. */
public enum BulkMethod {
    /** neonkit's generated {@code insertAll}: {@link RepositoryItemStore#insertAll}. */
    REPOSITORY {
        @Override
        public BulkInsert open(NeonDatabase database) {
            return new RepositoryItemStore(database)::insertAll;
        }
    },
    /** {@code addBatch} and {@code executeBatch}, with generated keys: {@link JdbcItemStore#insertAllByBatch}. */
    JDBC_BATCH {
        @Override
        public BulkInsert open(NeonDatabase database) {
            return new JdbcItemStore(database.dataSource())::insertAllByBatch;
        }
    },
    /** {@code COPY ... FROM STDIN}, without keys: {@link CopyBulkInsert}. */
    COPY {
        @Override
        public BulkInsert open(NeonDatabase database) {
            return new CopyBulkInsert(database.dataSource());
        }
    },
    /** jOOQ's multi-row {@code INSERT ... VALUES ... RETURNING id}: {@link JooqItemStore#insertAllByMultiRowValues}. */
    JOOQ_MULTI_ROW {
        @Override
        public BulkInsert open(NeonDatabase database) {
            return new JooqItemStore(database.dataSource())::insertAllByMultiRowValues;
        }
    };

    /** An inserter of this kind on {@code database}'s pool. */
    public abstract BulkInsert open(NeonDatabase database);
}
