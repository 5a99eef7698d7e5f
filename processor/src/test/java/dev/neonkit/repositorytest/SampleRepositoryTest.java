package dev.neonkit.repositorytest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neonkit.runtime.Access;
import dev.neonkit.runtime.DatabaseException;
import dev.neonkit.runtime.NeonDatabase;
import dev.neonkit.runtime.OptimisticLockException;
import dev.neonkit.testing.NeonDatabaseTest;
import dev.neonkit.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every generated repository operation on a record that uses every mapped type, against a real PostgreSQL. */
@NeonDatabaseTest
class SampleRepositoryTest {
    private static final SampleTable T = SampleTable.SAMPLE;

    private static NeonDatabase database;
    private static SampleRepository samples;
    private static OwnerRepository owners;

    @BeforeAll
    static void open(TestDatabase db) throws Exception {
        Databases.createTables(db);
        database = Databases.open(db.libpqUrl());
        samples = new SampleRepository(database);
        owners = new OwnerRepository(database);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @BeforeEach
    void empty(TestDatabase db) throws Exception {
        Databases.truncate(db);
    }

    @Test
    void insertReturnsTheStoredRowWithGeneratedValuesAndEveryTypeRoundTrips() {
        Sample input = Samples.full("full");
        Sample stored = samples.insert(input);

        assertNotNull(stored.id(), "the key was generated");
        assertEquals(0, stored.version(), "a new row starts at version 0");
        assertNotNull(stored.createdAt());
        assertNotNull(stored.updatedAt());
        Samples.assertStoredAs(input, stored);
        Samples.assertStoredAs(input, samples.findById(stored.id()).orElseThrow());
    }

    @Test
    void nullsAndEmptyArraysRoundTrip() {
        Sample input = Samples.sparse("sparse");
        Sample stored = samples.insert(input);
        Samples.assertStoredAs(input, stored);
        Samples.assertStoredAs(input, samples.findById(stored.id()).orElseThrow());
    }

    @Test
    void valuesThatLookLikeSqlAreStoredVerbatim(TestDatabase db) throws Exception {
        Sample stored = samples.insert(Samples.withTitle(Samples.sparse("sql"), "'; drop table sample; --"));
        assertEquals("'; drop table sample; --", samples.findById(stored.id()).orElseThrow().title());
        assertEquals(List.of(stored.id()), samples.find(T.TITLE.eq("'; drop table sample; --")).stream()
                .map(Sample::id).toList());
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT title FROM sample")) {
            assertTrue(rows.next());
            assertEquals("'; drop table sample; --", rows.getString(1), "stored as text, not run");
        }
    }

    @Test
    void aGivenUuidKeyIsKept() {
        UUID id = UUID.randomUUID();
        Sample input = Samples.sparse("given");
        Sample withId = new Sample(id, null, input.code(), input.title(), null, input.category(), null, false, null,
                (short) 0, null, 0, null, 0L, null, 0f, null, 0d, null, input.price(), null, "{}", null, null,
                input.day(), null, null, input.happenedAt(), null, new String[0], List.of(), new long[0], List.of(),
                new int[0], null, 0, null, null, null);
        assertEquals(id, samples.insert(withId).id());
    }

    @Test
    void insertAllReturnsEveryRowInInputOrderInOneStatement() {
        List<Sample> input = IntStream.range(0, 1_200)
                .mapToObj(i -> Samples.withTitle(i % 2 == 0 ? Samples.full("bulk-" + i) : Samples.sparse("bulk-" + i),
                        "row " + i))
                .toList();
        List<Sample> stored = samples.insertAll(input);

        assertEquals(input.size(), stored.size());
        for (int i = 0; i < input.size(); i++) {
            Samples.assertStoredAs(input.get(i), stored.get(i));
            assertEquals(stored.get(i).code(), samples.findById(stored.get(i).id()).orElseThrow().code(),
                    "the returned key belongs to the row of the same input position");
        }
        assertEquals(1_200, samples.count());
        assertEquals(List.of(), samples.insertAll(List.of()));
    }

    @Test
    void insertAllOfSeveralChunksIsAllOrNothing() {
        List<Sample> input = new ArrayList<>();
        for (int i = 0; i < 5_001; i++) {
            input.add(Samples.sparse("chunk-" + i));
        }
        input.add(Samples.sparse("chunk-0")); // a duplicate unique code in the second chunk
        assertThrows(DatabaseException.class, () -> samples.insertAll(input));
        assertEquals(0, samples.count(), "the first chunk was rolled back with the second");
    }

    @Test
    void findAllByIdExistsAndCount() {
        Sample a = samples.insert(Samples.sparse("a"));
        Sample b = samples.insert(Samples.sparse("b"));
        samples.insert(Samples.sparse("c"));

        assertEquals(List.of("a", "b"), samples.findAllById(List.of(a.id(), b.id(), UUID.randomUUID())).stream()
                .map(Sample::code).sorted().toList());
        assertEquals(List.of(), samples.findAllById(List.of()));
        assertTrue(samples.existsById(a.id()));
        assertFalse(samples.existsById(UUID.randomUUID()));
        assertEquals(Optional.empty(), samples.findById(UUID.randomUUID()));
        assertEquals(3, samples.count());
        assertEquals(2, samples.count(T.CODE.in("a", "c")));
    }

    @Test
    void updateIncrementsTheVersionRefreshesUpdatedAtAndRejectsAStaleCopy() throws Exception {
        Sample stored = samples.insert(Samples.full("versioned"));
        Thread.sleep(5); // now() must move on so the refreshed timestamp differs: setup, not an assertion of time
        Sample updated = samples.update(Samples.withTitle(stored, "changed"));

        assertEquals(1, updated.version());
        assertEquals("changed", updated.title());
        assertEquals(stored.createdAt(), updated.createdAt(), "createdAt is kept");
        assertTrue(updated.updatedAt().isAfter(stored.updatedAt()), "updatedAt is refreshed");
        Samples.assertStoredAs(Samples.withTitle(Samples.full("versioned"), "changed"), updated);

        OptimisticLockException stale = assertThrows(OptimisticLockException.class,
                () -> samples.update(Samples.withTitle(stored, "lost update")));
        assertTrue(stale.getMessage().contains("version 0"), stale.getMessage());
        assertEquals("changed", samples.findById(stored.id()).orElseThrow().title());
    }

    @Test
    void deleteHonoursTheVersion() {
        Sample stored = samples.insert(Samples.sparse("delete"));
        Sample updated = samples.update(stored);
        assertThrows(OptimisticLockException.class, () -> samples.delete(stored));
        assertTrue(samples.existsById(stored.id()));
        assertTrue(samples.delete(updated));
        assertFalse(samples.existsById(stored.id()));
        assertFalse(samples.deleteById(stored.id()));
    }

    @Test
    void deleteById() {
        Sample stored = samples.insert(Samples.sparse("gone"));
        assertTrue(samples.deleteById(stored.id()));
        assertFalse(samples.deleteById(stored.id()));
    }

    @Test
    void upsertInsertsThenUpdates() {
        Sample inserted = samples.upsert(new Sample(UUID.randomUUID(), null, "upsert", "first", null, Category.BOOK,
                null, false, null, (short) 0, null, 0, null, 0L, null, 0f, null, 0d, null, new java.math.BigDecimal(
                        "1.000"), null, "{}", null, null, java.time.LocalDate.of(2020, 1, 1), null, null,
                java.time.Instant.parse("2020-01-01T00:00:00Z"), null, new String[0], List.of(), new long[0],
                List.of(), new int[0], null, 0, null, null, null));
        assertEquals(0, inserted.version());

        Sample updated = samples.upsert(Samples.withTitle(inserted, "second"));
        assertEquals(inserted.id(), updated.id());
        assertEquals("second", updated.title());
        assertEquals(1, updated.version(), "the conflict path increments the version");
        assertEquals(inserted.createdAt(), updated.createdAt());
        assertEquals(1, samples.count());
    }

    @Test
    void findersFromTheModel() {
        Owner owner = owners.insert(new Owner("ann@example.com", "Ann"));
        Sample first = samples.insert(Samples.withOwner(Samples.full("first"), owner.getId()));
        samples.insert(Samples.withOwner(Samples.sparse("second"), owner.getId()));
        samples.insert(Samples.sparse("third"));

        assertEquals(Optional.of(first.id()), samples.findByCode("first").map(Sample::id), "unique: Optional");
        assertEquals(Optional.empty(), samples.findByCode("none"));
        assertEquals(List.of("first", "second"), samples.findByOwnerId(owner.getId()).stream().map(Sample::code)
                .sorted().toList(), "foreign key: List");
        assertEquals(List.of("second", "third"), samples.findByCategory(Category.FILM).stream().map(Sample::code)
                .sorted().toList(), "indexed: List");
    }

    @Test
    void keysetPaginationVisitsEveryRowOnceInKeyOrder() {
        List<UUID> ids = samples.insertAll(IntStream.range(0, 25).mapToObj(i -> Samples.sparse("page-" + i))
                .toList()).stream().map(Sample::id).sorted(Comparator.comparing(UUID::toString)).toList();

        // PostgreSQL orders uuids by their unsigned bytes, as their text sorts; Java's compareTo is signed.
        List<UUID> visited = new ArrayList<>();
        List<Sample> page = samples.findPage(10);
        while (!page.isEmpty()) {
            page.forEach(sample -> visited.add(sample.id()));
            page = samples.findPageAfter(page.get(page.size() - 1).id(), 10);
        }
        assertEquals(ids, visited);
    }

    @Test
    void streamReadsThroughACursorInsideAndOutsideATransaction() {
        samples.insertAll(IntStream.range(0, 2_500).mapToObj(i -> Samples.sparse("stream-" + i)).toList());

        try (Stream<Sample> all = samples.streamAll()) {
            assertEquals(2_500, all.count());
        }
        long inTransaction = database.transaction(() -> {
            try (Stream<Sample> all = samples.streamAll()) {
                return all.filter(sample -> sample.code().endsWith("7")).count();
            }
        });
        assertEquals(250, inTransaction);
        assertEquals(0, database.poolStatistics().active(), "the stream gave its connection back when closed");
    }

    @Test
    void typedCustomQueries() {
        samples.insert(Samples.withTitle(Samples.full("q1"), "alpha"));
        samples.insert(Samples.withTitle(Samples.full("q2"), "beta"));
        samples.insert(Samples.withTitle(Samples.sparse("q3"), "gamma"));

        assertEquals(List.of("q1", "q2"), samples.find(T.CATEGORY.eq(Category.MUSIC)).stream().map(Sample::code)
                .sorted().toList());
        assertEquals(List.of("gamma", "beta"), samples.find(T.ACTIVE.isTrue().or(T.CATEGORY.eq(Category.FILM)),
                List.of(T.TITLE.desc()), 2).stream().map(Sample::title).toList());
        assertEquals(2, samples.count(T.NOTE.isNotNull()));
        assertEquals(3, samples.dsl(Access.READ).fetchCount(T));
        assertNotEquals(0, samples.dsl(Access.WRITE).update(T).set(T.NOTE, "touched").where(T.CODE.eq("q3"))
                .execute());
        assertEquals("touched", samples.findByCode("q3").orElseThrow().note());
    }

    // Every way a repository reaches the database fails with DatabaseException, whose kind, SQLSTATE and constraint
    // are PostgreSQL's: its own statements, the jOOQ finders and counts, and queries on dsl().

    @Test
    void aUniqueViolationNamesItsConstraint(TestDatabase db) throws Exception {
        owners.insert(new Owner("ann@example.com", null));

        DatabaseException failure = assertThrows(DatabaseException.class,
                () -> owners.insert(new Owner("ann@example.com", "again")));

        assertEquals(DatabaseException.Kind.UNIQUE_VIOLATION, failure.kind());
        assertEquals("23505", failure.sqlState().orElseThrow());
        assertEquals(uniqueConstraintOf(db, "owner"), failure.constraint().orElseThrow());
    }

    @Test
    void aFinderByConditionFailsWithDatabaseExceptionNotJooqs() {
        DatabaseException failure = assertThrows(DatabaseException.class,
                () -> samples.find(DSL.condition("no_such_column = 1")));

        assertEquals("42703", failure.sqlState().orElseThrow(), failure.getMessage());
        assertEquals(DatabaseException.Kind.OTHER, failure.kind());
        assertTrue(failure.getMessage().contains("no_such_column"), failure.getMessage());
    }

    @Test
    void aCountByConditionFailsWithDatabaseExceptionNotJooqs() {
        DatabaseException failure = assertThrows(DatabaseException.class,
                () -> samples.count(DSL.condition("no_such_column = 1")));

        assertEquals("42703", failure.sqlState().orElseThrow());
    }

    @Test
    void queriesOnTheRepositoryDslFailWithDatabaseExceptionToo() {
        DatabaseException failure = assertThrows(DatabaseException.class,
                () -> samples.dsl(Access.READ).fetch("SELECT 1 / 0"));

        assertEquals("22012", failure.sqlState().orElseThrow());
        assertEquals(DatabaseException.Kind.INVALID_DATA, failure.kind());
    }

    @Test
    void aStaleVersionIsADatabaseExceptionOfItsOwnKind() {
        Sample stored = samples.insert(Samples.full("versioned"));
        samples.update(stored);

        DatabaseException failure = assertThrows(DatabaseException.class, () -> samples.update(stored));

        assertTrue(failure instanceof OptimisticLockException, failure.toString());
        assertEquals(DatabaseException.Kind.OPTIMISTIC_LOCK, failure.kind());
        assertTrue(failure.sqlState().isEmpty());
    }

    /** The name PostgreSQL gave the unique constraint of {@code table}, read from the catalog. */
    private static String uniqueConstraintOf(TestDatabase db, String table) throws Exception {
        try (Connection connection = db.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT conname FROM pg_constraint WHERE contype = 'u'"
                     + " AND conrelid = '" + table + "'::regclass")) {
            assertTrue(row.next(), "the table has a unique constraint");
            String name = row.getString(1);
            assertNotNull(name);
            return name;
        }
    }
}
