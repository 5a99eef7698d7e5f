package dev.neonkit.bench;

import static org.jooq.impl.DSL.excluded;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Record6;
import org.jooq.Row3;
import org.jooq.SQLDialect;
import org.jooq.SelectJoinStep;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * jOOQ's DSL as an application uses it with neonkit's generated {@link BenchItemTable} but without the generated
 * repository: on a connection borrowed per call, build the query, let jOOQ render it to SQL, execute and map.
 * Unlike the other stores it renders the SQL text on every call, which is what this side of the benchmark shows.
 * Execute logging is off, as in production.
 */
public final class JooqItemStore implements ItemStore {

    private static final BenchItemTable ITEM = BenchItemTable.BENCH_ITEM;
    private static final Settings SETTINGS = new Settings().withExecuteLogging(false);

    private final DataSource dataSource;

    public JooqItemStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A DSL context on a connection the caller borrowed and closes. */
    private static DSLContext dsl(Connection connection) {
        return DSL.using(connection, SQLDialect.POSTGRES, SETTINGS);
    }

    private static SelectJoinStep<Record6<Long, String, Integer, BigDecimal, Instant, Long>> selectItems(
            Connection connection) {
        return dsl(connection)
                .select(ITEM.ID, ITEM.NAME, ITEM.QUANTITY, ITEM.PRICE, ITEM.CREATED_AT, ITEM.VERSION)
                .from(ITEM);
    }

    @Override
    public Optional<BenchItem> findById(long id) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return selectItems(connection).where(ITEM.ID.eq(id)).fetchOptional(JooqItemStore::read);
        }
    }

    @Override
    public List<BenchItem> findAllById(List<Long> ids) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return selectItems(connection).where(ITEM.ID.eq(DSL.any(ids.toArray(Long[]::new))))
                    .fetch(JooqItemStore::read);
        }
    }

    @Override
    public long count() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return dsl(connection).fetchCount(ITEM);
        }
    }

    @Override
    public BenchItem insert(BenchItem item) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return read(dsl(connection).insertInto(ITEM, ITEM.NAME, ITEM.QUANTITY, ITEM.PRICE)
                    .values(item.name(), item.quantity(), item.price())
                    .returningResult(ITEM.ID, ITEM.NAME, ITEM.QUANTITY, ITEM.PRICE, ITEM.CREATED_AT, ITEM.VERSION)
                    .fetchSingle());
        }
    }

    @Override
    public BenchItem update(BenchItem item) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return dsl(connection).update(ITEM)
                    .set(ITEM.NAME, item.name())
                    .set(ITEM.QUANTITY, item.quantity())
                    .set(ITEM.PRICE, item.price())
                    .set(ITEM.VERSION, ITEM.VERSION.plus(1L))
                    .where(ITEM.ID.eq(item.id()).and(ITEM.VERSION.eq(item.version())))
                    .returningResult(ITEM.ID, ITEM.NAME, ITEM.QUANTITY, ITEM.PRICE, ITEM.CREATED_AT, ITEM.VERSION)
                    .fetchOptional(JooqItemStore::read)
                    .orElseThrow(() -> new IllegalStateException("bench_item " + item.id()
                            + " is gone or is no longer at version " + item.version()));
        }
    }

    @Override
    public BenchItem upsert(BenchItem item) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return read(dsl(connection).insertInto(ITEM, ITEM.ID, ITEM.NAME, ITEM.QUANTITY, ITEM.PRICE)
                    .values(item.id(), item.name(), item.quantity(), item.price())
                    .onConflict(ITEM.ID).doUpdate()
                    .set(ITEM.NAME, excluded(ITEM.NAME))
                    .set(ITEM.QUANTITY, excluded(ITEM.QUANTITY))
                    .set(ITEM.PRICE, excluded(ITEM.PRICE))
                    .set(ITEM.VERSION, ITEM.VERSION.plus(1L))
                    .returningResult(ITEM.ID, ITEM.NAME, ITEM.QUANTITY, ITEM.PRICE, ITEM.CREATED_AT, ITEM.VERSION)
                    .fetchSingle());
        }
    }

    @Override
    public boolean deleteById(long id) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return dsl(connection).deleteFrom(ITEM).where(ITEM.ID.eq(id)).execute() == 1;
        }
    }

    /**
     * One multi-row {@code INSERT ... VALUES (...), (...) RETURNING id}: one statement and one round trip, three
     * bind values per row (the protocol allows 65,535 per statement).
     */
    public List<Long> insertAllByMultiRowValues(List<BenchItem> items) throws SQLException {
        List<Row3<String, Integer, BigDecimal>> rows = items.stream()
                .map(item -> DSL.row(item.name(), item.quantity(), item.price())).toList();
        try (Connection connection = dataSource.getConnection()) {
            return dsl(connection).insertInto(ITEM, ITEM.NAME, ITEM.QUANTITY, ITEM.PRICE).valuesOfRows(rows)
                    .returningResult(ITEM.ID).fetch(ITEM.ID);
        }
    }

    private static BenchItem read(Record6<Long, String, Integer, BigDecimal, Instant, Long> row) {
        return new BenchItem(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(), row.value6());
    }
}
