package dev.neonkit.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The hand-written JDBC baseline: one {@link PreparedStatement} per call, with the statement text neonkit's
 * generated repository sends (so the comparison measures the Java side only), on a connection borrowed from the
 * pool per call. pgjdbc keeps each connection's prepared
 * statements, so after five uses a statement runs server-prepared, as the repository's do.
 */
public final class JdbcItemStore implements ItemStore {

    static final String COLUMNS = "id, name, quantity, price, created_at, version";
    static final String FIND_BY_ID = "SELECT " + COLUMNS + " FROM bench_item WHERE id = ?";
    static final String FIND_ALL_BY_ID = "SELECT " + COLUMNS + " FROM bench_item WHERE id = ANY (?)";
    static final String COUNT = "SELECT count(*) FROM bench_item";
    static final String INSERT = "INSERT INTO bench_item (name, quantity, price, created_at, version)"
            + " VALUES (?, ?, ?, COALESCE(CAST(? AS timestamptz), now()), 0) RETURNING " + COLUMNS;
    static final String UPDATE = "UPDATE bench_item SET name = ?, quantity = ?, price = ?, version = version + 1"
            + " WHERE id = ? AND version = ? RETURNING " + COLUMNS;
    static final String UPSERT = "INSERT INTO bench_item AS existing (id, name, quantity, price, created_at, version)"
            + " VALUES (?, ?, ?, ?, COALESCE(CAST(? AS timestamptz), now()), 0)"
            + " ON CONFLICT (id) DO UPDATE SET name = excluded.name, quantity = excluded.quantity,"
            + " price = excluded.price, version = existing.version + 1 RETURNING " + COLUMNS;
    static final String DELETE_BY_ID = "DELETE FROM bench_item WHERE id = ?";
    static final String INSERT_KEYED_BY_BATCH = "INSERT INTO bench_item (name, quantity, price) VALUES (?, ?, ?)";

    private final DataSource dataSource;

    public JdbcItemStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<BenchItem> findById(long id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(FIND_BY_ID)) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    @Override
    public List<BenchItem> findAllById(List<Long> ids) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(FIND_ALL_BY_ID)) {
            Array keys = connection.createArrayOf("bigint", ids.toArray());
            statement.setArray(1, keys);
            List<BenchItem> items = new ArrayList<>(ids.size());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    items.add(read(rows));
                }
            }
            return items;
        }
    }

    @Override
    public long count() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(COUNT);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public BenchItem insert(BenchItem item) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(INSERT)) {
            statement.setString(1, item.name());
            statement.setInt(2, item.quantity());
            statement.setBigDecimal(3, item.price());
            statement.setObject(4, timestamp(item));
            return single(statement);
        }
    }

    @Override
    public BenchItem update(BenchItem item) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(UPDATE)) {
            statement.setString(1, item.name());
            statement.setInt(2, item.quantity());
            statement.setBigDecimal(3, item.price());
            statement.setLong(4, item.id());
            statement.setLong(5, item.version());
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("bench_item " + item.id() + " is gone or is no longer at version "
                            + item.version());
                }
                return read(rows);
            }
        }
    }

    @Override
    public BenchItem upsert(BenchItem item) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(UPSERT)) {
            statement.setLong(1, item.id());
            statement.setString(2, item.name());
            statement.setInt(3, item.quantity());
            statement.setBigDecimal(4, item.price());
            statement.setObject(5, timestamp(item));
            return single(statement);
        }
    }

    @Override
    public boolean deleteById(long id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(DELETE_BY_ID)) {
            statement.setLong(1, id);
            return statement.executeUpdate() == 1;
        }
    }

    /**
     * {@code addBatch} and {@code executeBatch}, asking for the {@code id} column by name (without a name pgjdbc
     * returns every column). pgjdbc sends the batch in chunks sized by its estimate of the replies.
     */
    public List<Long> insertAllByBatch(List<BenchItem> items) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(INSERT_KEYED_BY_BATCH, new String[] {"id"})) {
            for (BenchItem item : items) {
                statement.setString(1, item.name());
                statement.setInt(2, item.quantity());
                statement.setBigDecimal(3, item.price());
                statement.addBatch();
            }
            statement.executeBatch();
            List<Long> ids = new ArrayList<>(items.size());
            try (ResultSet keys = statement.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
            return ids;
        }
    }

    /** The row's insert time, or null for the column default; as a type pgjdbc binds as timestamptz. */
    private static OffsetDateTime timestamp(BenchItem item) {
        return item.createdAt() == null ? null : item.createdAt().atOffset(ZoneOffset.UTC);
    }

    private static BenchItem single(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            rows.next();
            return read(rows);
        }
    }

    static BenchItem read(ResultSet rows) throws SQLException {
        return new BenchItem(
                rows.getLong(1),
                rows.getString(2),
                rows.getInt(3),
                rows.getBigDecimal(4),
                rows.getObject(5, OffsetDateTime.class).toInstant(),
                rows.getLong(6));
    }
}
