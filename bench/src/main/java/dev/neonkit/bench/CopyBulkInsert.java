package dev.neonkit.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * {@code COPY bench_item (name, quantity, price) FROM STDIN} through pgjdbc's {@code CopyManager}: the fastest way
 * to load rows into PostgreSQL, and the reference the other bulk inserts are measured against. COPY reports only
 * how many rows it loaded, never their generated keys, so {@link #insertAll} returns an empty list.
 */
public final class CopyBulkInsert implements BulkInsert {

    static final String COPY = "COPY bench_item (name, quantity, price) FROM STDIN";

    private final DataSource dataSource;

    public CopyBulkInsert(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<Long> insertAll(List<BenchItem> items) throws SQLException {
        byte[] data = textFormat(items);
        try (Connection connection = dataSource.getConnection()) {
            long loaded = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn(COPY, new ByteArrayInputStream(data));
            if (loaded != items.size()) {
                throw new IllegalStateException("COPY loaded " + loaded + " rows of " + items.size());
            }
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** COPY's text format: tab-separated, one row per line, backslash escapes in text values. */
    static byte[] textFormat(List<BenchItem> items) {
        StringBuilder text = new StringBuilder(items.size() * 32);
        for (BenchItem item : items) {
            escape(item.name(), text);
            text.append('\t').append(item.quantity()).append('\t').append(item.price().toPlainString()).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void escape(String value, StringBuilder text) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}
