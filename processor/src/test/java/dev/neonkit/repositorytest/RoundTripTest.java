package dev.neonkit.repositorytest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neonkit.runtime.NeonDatabase;
import dev.neonkit.testsupport.FaultProxy;
import dev.neonkit.testing.NeonDatabaseTest;
import dev.neonkit.testsupport.TestDatabase;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Round trips per repository operation, counted by a proxy between the pool and the server, on a warm pool.
 *
 * <p>The surefire execution that runs this class sets {@code com.zaxxer.hikari.aliveBypassWindowMs} high, so a
 * stalled machine cannot make HikariCP pre-ping a connection in the middle of a count; the pre-ping's own flight is
 * measured by {@link PrePingRoundTripTest} with HikariCP's default window.
 */
@NeonDatabaseTest
class RoundTripTest {
    private static FaultProxy proxy;
    private static NeonDatabase database;
    private static SampleRepository samples;
    private static TagRepository tags;

    @BeforeAll
    static void open(TestDatabase db) throws Exception {
        Databases.createTables(db);
        proxy = FaultProxy.start(db.host(), db.port());
        database = Databases.open(proxy.libpqUrl(db));
        samples = new SampleRepository(database);
        tags = new TagRepository(database);
    }

    @AfterAll
    static void close() {
        database.close();
        proxy.close();
    }

    /** Uses every operation once, so the pooled connection exists and the driver has seen every statement. */
    @BeforeEach
    void warm() {
        Sample warm = samples.insert(Samples.full("warm-" + UUID.randomUUID().toString().substring(0, 8)));
        samples.insertAll(List.of(Samples.sparse("warm-" + UUID.randomUUID().toString().substring(0, 8))));
        samples.findById(warm.id());
        samples.findAllById(List.of(warm.id()));
        samples.update(warm);
        samples.upsert(Samples.withTitle(samples.findById(warm.id()).orElseThrow(), "warm"));
        samples.deleteById(warm.id());
        samples.existsById(warm.id());
        samples.count();
        samples.count(SampleTable.SAMPLE.CODE.eq("x"));
        database.transaction(() -> tags.upsert(new Tag("warm", 0, null)));
    }

    @Test
    void findByIdIsOneRoundTrip() {
        Sample stored = samples.insert(Samples.full("find"));
        assertEquals(1, roundTripsOf(() -> samples.findById(stored.id())));
    }

    @Test
    void insertIsOneRoundTrip() {
        assertEquals(1, roundTripsOf(() -> samples.insert(Samples.full("insert"))));
    }

    @Test
    void insertAllOfAThousandRowsIsOneRoundTrip() {
        List<Sample> thousand = IntStream.range(0, 1_000).mapToObj(i -> Samples.full("bulk-" + i)).toList();
        assertEquals(1, roundTripsOf(() -> samples.insertAll(thousand)));
    }

    @Test
    void findAllByIdIsOneRoundTrip() {
        List<UUID> ids = samples.insertAll(IntStream.range(0, 100).mapToObj(i -> Samples.sparse("many-" + i))
                .toList()).stream().map(Sample::id).toList();
        assertEquals(1, roundTripsOf(() -> assertEquals(100, samples.findAllById(ids).size())));
    }

    @Test
    void updateUpsertAndDeleteByIdAreOneRoundTripEach() {
        Sample stored = samples.insert(Samples.full("write"));
        assertEquals(1, roundTripsOf(() -> samples.update(Samples.withTitle(stored, "updated"))));
        Sample current = samples.findById(stored.id()).orElseThrow();
        assertEquals(1, roundTripsOf(() -> samples.upsert(Samples.withTitle(current, "upserted"))));
        assertEquals(1, roundTripsOf(() -> samples.deleteById(stored.id())));
    }

    @Test
    void existsAndCountAreOneRoundTripEach() {
        assertEquals(1, roundTripsOf(() -> samples.existsById(UUID.randomUUID())));
        assertEquals(1, roundTripsOf(() -> samples.count()));
        assertEquals(1, roundTripsOf(() -> samples.count(SampleTable.SAMPLE.CODE.eq("x"))));
    }

    @Test
    void aTransactionOfThreeWritesIsFourRoundTrips() {
        long trips = roundTripsOf(() -> database.transaction(() -> {
            tags.insert(new Tag("one", 1, null));
            tags.insert(new Tag("two", 2, null));
            samples.insert(Samples.sparse("three"));
        }));
        assertEquals(4, trips, "BEGIN travels with the first statement; COMMIT is the fourth flight");
    }

    private static long roundTripsOf(Runnable operation) {
        proxy.resetRoundTrips();
        operation.run();
        return proxy.roundTrips();
    }
}
