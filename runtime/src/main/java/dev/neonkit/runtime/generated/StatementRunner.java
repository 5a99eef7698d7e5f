package dev.neonkit.runtime.generated;

import dev.neonkit.runtime.Access;
import dev.neonkit.runtime.DatabaseException;
import dev.neonkit.runtime.NeonDatabase;
import dev.neonkit.runtime.internal.failure.JooqExceptionTranslator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jooq.DSLContext;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;

/**
 * Runs the SQL of generated repositories with plain JDBC on connections routed by {@link Access} (the current
 * transaction's when there is one). The SQL text is a constant of the generated class, so a call only binds,
 * executes and maps: one statement, one round trip.
 *
 * <p>Every failure is a {@link DatabaseException}: {@link SQLException}s are wrapped, and jOOQ queries on
 * {@link #dsl(Access)} fail with it too rather than with jOOQ's {@code DataAccessException}.
 */
public final class StatementRunner {
    /**
     * Rows per statement of {@link #insertAll}: one {@code text[]} per column, so the size is bounded by memory, not
     * by the 65,535 bind parameters of the protocol.
     */
    public static final int INSERT_CHUNK_ROWS = 5_000;

    /** Rows per fetch of {@link #stream}. */
    public static final int STREAM_FETCH_SIZE = 1_000;

    private final NeonDatabase database;
    private final DSLContext readDsl;
    private final DSLContext writeDsl;

    /** Runs statements on {@code database}. */
    public StatementRunner(NeonDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
        this.readDsl = dsl(database, Access.READ);
        this.writeDsl = dsl(database, Access.WRITE);
    }

    private static DSLContext dsl(NeonDatabase database, Access access) {
        // Statements are logged by the application's own means, not jOOQ's DEBUG execute listener.
        Settings settings = new Settings().withExecuteLogging(false);
        return DSL.using(new DefaultConfiguration()
                .set(new NeonConnectionProvider(database, access))
                .set(SQLDialect.POSTGRES)
                .set(settings)
                .set(new JooqExceptionTranslator()));
    }

    /** The database statements run on. */
    public NeonDatabase database() {
        return database;
    }

    /** A jOOQ context whose queries run on connections routed by {@code access}, joining transactions. */
    public DSLContext dsl(Access access) {
        return access == Access.READ ? readDsl : writeDsl;
    }

    /** The first row of a query, mapped; empty when there is none. */
    public <T> Optional<T> queryOne(Access access, String sql, ParameterBinder binder, RowMapper<T> mapper) {
        return query(access, sql, binder, rows -> rows.next() ? Optional.of(mapper.map(rows)) : Optional.empty());
    }

    /** Every row of a query, mapped, in the order the server returns them. */
    public <T> List<T> queryList(Access access, String sql, ParameterBinder binder, RowMapper<T> mapper) {
        return query(access, sql, binder, rows -> {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        });
    }

    /**
     * Runs a query and reads its rows. A read outside a transaction whose connection turns out to be dead (Neon
     * suspended or restarted the compute since the connection's last use: SQLSTATE class 08 or 57P01-57P03) runs
     * once more on a new connection; HikariCP has already evicted the dead one. The pre-ping on borrow catches
     * most dead connections, but not one used less than 500 ms before. Writes and statements inside a transaction
     * are never repeated: the first attempt may have taken effect.
     */
    private <R> R query(Access access, String sql, ParameterBinder binder, ResultReader<R> reader) {
        boolean repeatable = access == Access.READ && !database.inTransaction();
        try {
            return queryOnce(access, sql, binder, reader);
        } catch (DatabaseException failure) {
            if (repeatable && failure.kind() == DatabaseException.Kind.CONNECTION_LOST) {
                return queryOnce(access, sql, binder, reader);
            }
            throw failure;
        }
    }

    private <R> R queryOnce(Access access, String sql, ParameterBinder binder, ResultReader<R> reader) {
        Connection connection = borrow(access);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                return reader.read(rows);
            }
        } catch (SQLException e) {
            throw new DatabaseException(e);
        } finally {
            giveBack(connection);
        }
    }

    /** Reads a query's rows into its result. */
    @FunctionalInterface
    private interface ResultReader<R> {
        R read(ResultSet rows) throws SQLException;
    }

    /** The {@code long} in the first column of the single row of a query ({@code count(*)}). */
    public long queryLong(Access access, String sql, ParameterBinder binder) {
        return queryOne(access, sql, binder, row -> row.getLong(1)).orElseThrow();
    }

    /** Runs a statement without a result on the primary; returns the number of rows it changed. */
    public int update(String sql, ParameterBinder binder) {
        Connection connection = borrow(Access.WRITE);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new DatabaseException(e);
        } finally {
            giveBack(connection);
        }
    }

    /**
     * Inserts {@code entities} with {@code sql}, an {@code INSERT ... SELECT ... FROM unnest(?::text[], ...) WITH
     * ORDINALITY ... ORDER BY ordinality RETURNING ...} taking one {@code text[]} per column, and returns the stored
     * rows in input order. One statement, one round trip, per {@link #INSERT_CHUNK_ROWS} rows; more than one chunk
     * runs in a transaction (joining the current one), so the insert is all or nothing.
     */
    public <T> List<T> insertAll(
            String sql, int columnCount, Collection<? extends T> entities, ColumnTexts<T> texts, RowMapper<T> mapper) {
        List<T> input = List.copyOf(entities);
        if (input.isEmpty()) {
            return List.of();
        }
        if (input.size() <= INSERT_CHUNK_ROWS) {
            return insertChunk(sql, columnCount, input, texts, mapper);
        }
        return database.transaction(() -> {
            List<T> stored = new ArrayList<>(input.size());
            for (int start = 0; start < input.size(); start += INSERT_CHUNK_ROWS) {
                List<T> chunk = input.subList(start, Math.min(input.size(), start + INSERT_CHUNK_ROWS));
                stored.addAll(insertChunk(sql, columnCount, chunk, texts, mapper));
            }
            return stored;
        });
    }

    private <T> List<T> insertChunk(
            String sql, int columnCount, List<T> chunk, ColumnTexts<T> texts, RowMapper<T> mapper) {
        String[][] columns = new String[columnCount][chunk.size()];
        for (int row = 0; row < chunk.size(); row++) {
            texts.write(chunk.get(row), columns, row);
        }
        List<T> stored = queryList(Access.WRITE, sql, statement -> {
            for (int column = 0; column < columnCount; column++) {
                ValueCodecs.STRING_ARRAY.bind(statement, column + 1, columns[column]);
            }
        }, mapper);
        if (stored.size() != chunk.size()) {
            throw new IllegalStateException("Inserted " + chunk.size() + " rows but " + stored.size() + " came back");
        }
        return stored;
    }

    /**
     * The rows of a query as a lazy stream read through a server-side cursor, {@link #STREAM_FETCH_SIZE} rows per
     * round trip, so a large table is never held in memory. Inside a transaction it reads on the transaction's
     * connection; outside, it holds a read connection in its own read-only transaction (pgjdbc uses a cursor only
     * with auto-commit off) until the stream is closed. Close it: use try-with-resources.
     */
    public <T> Stream<T> stream(String sql, ParameterBinder binder, RowMapper<T> mapper) {
        boolean ownConnection = !database.inTransaction();
        Connection connection = borrow(Access.READ);
        PreparedStatement statement = null;
        try {
            if (ownConnection) {
                connection.setAutoCommit(false);
            }
            statement = connection.prepareStatement(sql);
            statement.setFetchSize(STREAM_FETCH_SIZE);
            binder.bind(statement);
            ResultSet rows = statement.executeQuery();
            PreparedStatement opened = statement;
            return StreamSupport.stream(new RowSpliterator<>(rows, mapper), false)
                    .onClose(() -> closeStream(connection, opened, ownConnection));
        } catch (SQLException | RuntimeException e) {
            if (statement != null) {
                closeQuietly(statement, e);
            }
            if (ownConnection) {
                rollbackQuietly(connection, e);
            }
            giveBack(connection);
            throw e instanceof SQLException failure ? new DatabaseException(failure) : (RuntimeException) e;
        }
    }

    /**
     * Runs a jOOQ query built against a generated table and maps its rows with {@code mapper}; the query must
     * select the columns in the order the mapper reads them.
     */
    public <T> List<T> fetch(ResultQuery<?> query, RowMapper<T> mapper) {
        try (ResultSet rows = query.fetchResultSet()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    private Connection borrow(Access access) {
        try {
            return database.connection(access);
        } catch (SQLException e) {
            throw new DatabaseException("Cannot borrow a connection", e);
        }
    }

    private void giveBack(Connection connection) {
        try {
            database.release(connection);
        } catch (SQLException e) {
            throw new DatabaseException("Cannot release a connection", e);
        }
    }

    private void closeStream(Connection connection, PreparedStatement statement, boolean ownConnection) {
        try {
            statement.close();
            if (ownConnection) {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new DatabaseException(e);
        } finally {
            giveBack(connection);
        }
    }

    private static void closeQuietly(PreparedStatement statement, Exception failure) {
        try {
            statement.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static void rollbackQuietly(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** Walks a result set row by row; a read failure surfaces as {@link DatabaseException}. */
    private static final class RowSpliterator<T> extends Spliterators.AbstractSpliterator<T> {
        private final ResultSet rows;
        private final RowMapper<T> mapper;

        RowSpliterator(ResultSet rows, RowMapper<T> mapper) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.rows = rows;
            this.mapper = mapper;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            try {
                if (!rows.next()) {
                    return false;
                }
                action.accept(mapper.map(rows));
                return true;
            } catch (SQLException e) {
                throw new DatabaseException(e);
            }
        }
    }
}
