package dev.neonkit.bench;

import dev.neonkit.runtime.NeonDatabase;

/** The ways of running single-row operations that the benchmarks compare, all on the same pool. */
public enum Access {
    /** Hand-written JDBC: {@link JdbcItemStore}. */
    JDBC {
        @Override
        public ItemStore open(NeonDatabase database) {
            return new JdbcItemStore(database.dataSource());
        }
    },
    /** neonkit's generated {@code BenchItemRepository}: {@link RepositoryItemStore}. */
    REPOSITORY {
        @Override
        public ItemStore open(NeonDatabase database) {
            return new RepositoryItemStore(database);
        }
    },
    /** jOOQ's DSL, rendering the SQL on every call: {@link JooqItemStore}. */
    JOOQ_DSL {
        @Override
        public ItemStore open(NeonDatabase database) {
            return new JooqItemStore(database.dataSource());
        }
    };

    /** A store of this kind on {@code database}'s pool. */
    public abstract ItemStore open(NeonDatabase database);
}
