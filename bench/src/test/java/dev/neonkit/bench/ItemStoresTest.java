package dev.neonkit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neonkit.runtime.NeonDatabase;
import dev.neonkit.testing.NeonDatabaseTest;
import dev.neonkit.testsupport.TestDatabase;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every side of the benchmarks does the same work: each {@link Access} and {@link BulkMethod} reads and writes
 * the same rows with the same effects, checked against the table itself.
 */
@NeonDatabaseTest
class ItemStoresTest {

    private static NeonDatabase neon;
    private static JdbcItemStore reference;

    @BeforeAll
    static void open(TestDatabase database) throws SQLException {
        neon = BenchPool.open(database.libpqUrl());
        BenchSchema.create(neon.dataSource());
        reference = new JdbcItemStore(neon.dataSource());
    }

    @AfterAll
    static void close() {
        neon.close();
    }

    @BeforeEach
    void seed() throws SQLException {
        BenchSchema.truncate(neon.dataSource());
        new CopyBulkInsert(neon.dataSource()).insertAll(SampleItems.items(1, 100));
    }

    @ParameterizedTest
    @EnumSource(Access.class)
    void readsTheSeededRows(Access access) throws SQLException {
        ItemStore store = access.open(neon);

        BenchItem seventh = store.findById(7).orElseThrow();
        assertEquals(new BenchItem(7L, "item 7", 7, new BigDecimal("1.07"), seventh.createdAt(), 0), seventh);
        assertNotNull(seventh.createdAt());
        assertTrue(store.findById(1_000).isEmpty());

        List<BenchItem> some = store.findAllById(List.of(3L, 1L, 2L, 1_000L));
        assertEquals(List.of(1L, 2L, 3L), some.stream().map(BenchItem::id).sorted().toList());
        assertEquals(reference.findById(3).orElseThrow(),
                some.stream().filter(item -> item.id() == 3).findFirst().orElseThrow());

        assertEquals(100, store.count());
    }

    @ParameterizedTest
    @EnumSource(Access.class)
    void writesAsTheJdbcBaselineDoes(Access access) throws SQLException {
        ItemStore store = access.open(neon);

        BenchItem inserted = store.insert(SampleItems.item(500));
        assertEquals(101L, inserted.id());
        assertEquals(0, inserted.version());
        assertEquals(inserted, reference.findById(101).orElseThrow());

        BenchItem original = reference.findById(5).orElseThrow();
        BenchItem updated = store.update(original.withValues("renamed", 42, new BigDecimal("9.99")));
        assertEquals(original.version() + 1, updated.version());
        assertEquals("renamed", updated.name());
        assertEquals(updated, reference.findById(5).orElseThrow());
        assertThrows(RuntimeException.class, () -> store.update(original.withValues("stale", 1, BigDecimal.ONE)),
                "an update from a stale version is refused");
        assertEquals(updated, reference.findById(5).orElseThrow(), "the refused update changed nothing");

        BenchItem upserted = store.upsert(updated.withValues("upserted", 43, new BigDecimal("8.88")));
        assertEquals("upserted", upserted.name());
        assertEquals(upserted, reference.findById(5).orElseThrow());
        assertEquals(101, reference.count(), "the upsert of an existing key added no row");

        assertTrue(store.deleteById(5));
        assertFalse(store.deleteById(5));
        assertTrue(reference.findById(5).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(BulkMethod.class)
    void bulkInsertsLoadEveryRowAndReturnTheirKeysInOrder(BulkMethod method) throws SQLException {
        List<BenchItem> items = SampleItems.items(1_001, 1_000);

        List<Long> keys = method.open(neon).insertAll(items);

        List<Long> newKeys = LongStream.rangeClosed(101, 1_100).boxed().toList();
        if (method == BulkMethod.COPY) {
            assertEquals(List.of(), keys, "COPY returns no keys");
        } else {
            assertEquals(newKeys, keys);
        }
        List<BenchItem> loaded = reference.findAllById(newKeys).stream()
                .sorted(Comparator.comparing(BenchItem::id)).toList();
        assertEquals(1_000, loaded.size());
        for (int i = 0; i < items.size(); i++) {
            BenchItem expected = items.get(i);
            assertEquals(expected.name(), loaded.get(i).name());
            assertEquals(expected.quantity(), loaded.get(i).quantity());
            assertEquals(expected.price(), loaded.get(i).price());
        }
    }
}
