package dev.neonkit.bench;

import static org.jooq.impl.DSL.excluded;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record6;
import org.jooq.Row3;
import org.jooq.SQLDialect;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * jOOQ's DSL as an application uses it without generated repositories: on a connection borrowed per call, build
 * the query, let jOOQ render it to SQL, execute and map. Unlike the other stores it renders the SQL text on every
 * call, which is what this side of the benchmark shows. Execute logging is off, as in production.
 */
public final class JooqItemStore implements ItemStore {

    static final Table<?> BENCH_ITEM = DSL.table(DSL.name("bench_item"));
    static final Field<Long> ID = DSL.field(DSL.name("id"), SQLDataType.BIGINT);
    static final Field<String> NAME = DSL.field(DSL.name("name"), SQLDataType.CLOB);
    static final Field<Integer> QUANTITY = DSL.field(DSL.name("quantity"), SQLDataType.INTEGER);
    static final Field<BigDecimal> PRICE = DSL.field(DSL.name("price"), SQLDataType.NUMERIC(12, 2));
    static final Field<OffsetDateTime> CREATED_AT =
            DSL.field(DSL.name("created_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
    static final Field<Long> VERSION = DSL.field(DSL.name("version"), SQLDataType.BIGINT);
    private static final SelectField<?>[] COLUMNS = {ID, NAME, QUANTITY, PRICE, CREATED_AT, VERSION};
    private static final Settings SETTINGS = new Settings().withExecuteLogging(false);

    private final DataSource dataSource;

    public JooqItemStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A DSL context on a connection the caller borrowed and closes. */
    static DSLContext dsl(Connection connection) {
        return DSL.using(connection, SQLDialect.POSTGRES, SETTINGS);
    }

    @Override
    public Optional<BenchItem> findById(long id) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return dsl(connection).select(ID, NAME, QUANTITY, PRICE, CREATED_AT, VERSION).from(BENCH_ITEM)
                    .where(ID.eq(id)).fetchOptional(JooqItemStore::read);
        }
    }

    @Override
    public List<BenchItem> findAllById(List<Long> ids) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return dsl(connection).select(ID, NAME, QUANTITY, PRICE, CREATED_AT, VERSION).from(BENCH_ITEM)
                    .where(ID.eq(DSL.any(ids.toArray(Long[]::new)))).fetch(JooqItemStore::read);
        }
    }

    @Override
    public long count() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return dsl(connection).fetchCount(BENCH_ITEM);
        }
    }

    @Override
    public BenchItem insert(BenchItem item) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return read(dsl(connection).insertInto(BENCH_ITEM, NAME, QUANTITY, PRICE)
                    .values(item.name(), item.quantity(), item.price())
                    .returningResult(ID, NAME, QUANTITY, PRICE, CREATED_AT, VERSION).fetchSingle());
        }
    }

    @Override
    public BenchItem update(BenchItem item) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return dsl(connection).update(BENCH_ITEM)
                    .set(NAME, item.name()).set(QUANTITY, item.quantity()).set(PRICE, item.price())
                    .set(VERSION, VERSION.plus(1L))
                    .where(ID.eq(item.id()).and(VERSION.eq(item.version())))
                    .returningResult(ID, NAME, QUANTITY, PRICE, CREATED_AT, VERSION)
                    .fetchOptional(JooqItemStore::read)
                    .orElseThrow(() -> new IllegalStateException("bench_item " + item.id()
                            + " is gone or is no longer at version " + item.version()));
        }
    }

    @Override
    public BenchItem upsert(BenchItem item) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return read(dsl(connection).insertInto(BENCH_ITEM, ID, NAME, QUANTITY, PRICE)
                    .values(item.id(), item.name(), item.quantity(), item.price())
                    .onConflict(ID).doUpdate()
                    .set(NAME, excluded(NAME)).set(QUANTITY, excluded(QUANTITY)).set(PRICE, excluded(PRICE))
                    .set(VERSION, DSL.field(DSL.name("bench_item", "version"), SQLDataType.BIGINT).plus(1L))
                    .returningResult(ID, NAME, QUANTITY, PRICE, CREATED_AT, VERSION).fetchSingle());
        }
    }

    @Override
    public boolean deleteById(long id) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return dsl(connection).deleteFrom(BENCH_ITEM).where(ID.eq(id)).execute() == 1;
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
            return dsl(connection).insertInto(BENCH_ITEM, NAME, QUANTITY, PRICE).valuesOfRows(rows)
                    .returningResult(ID).fetch(ID);
        }
    }

    private static BenchItem read(Record6<Long, String, Integer, BigDecimal, OffsetDateTime, Long> row) {
        return new BenchItem(row.value1(), row.value2(), row.value3(), row.value4(), row.value5().toInstant(),
                row.value6());
    }
}
