package dev.neonkit.repositorytest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.neonkit.runtime.NeonDatabase;
import dev.neonkit.runtime.OptimisticLockException;
import dev.neonkit.testing.NeonDatabaseTest;
import dev.neonkit.testsupport.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Concurrent writers: optimistic locking lets exactly one of two stale writers win; upserts never collide. */
@NeonDatabaseTest
class ConcurrencyTest {
    private static NeonDatabase database;
    private static SampleRepository samples;

    @BeforeAll
    static void open(TestDatabase db) throws Exception {
        Databases.createTables(db);
        database = Databases.open(db.libpqUrl());
        samples = new SampleRepository(database);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void twoWritersOfTheSameVersionOneWinsOneGetsOptimisticLockException() throws Exception {
        Sample original = samples.insert(Samples.sparse("contended"));
        CyclicBarrier bothRead = new CyclicBarrier(2);
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Sample>> results = new ArrayList<>();
            for (String title : List.of("writer one", "writer two")) {
                results.add(writers.submit(() -> {
                    Sample copy = samples.findById(original.id()).orElseThrow();
                    bothRead.await(10, TimeUnit.SECONDS);
                    return samples.update(Samples.withTitle(copy, title));
                }));
            }
            int won = 0;
            int lost = 0;
            for (Future<Sample> result : results) {
                try {
                    assertEquals(1, result.get(30, TimeUnit.SECONDS).version());
                    won++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertInstanceOf(OptimisticLockException.class, e.getCause());
                    lost++;
                }
            }
            assertEquals(1, won);
            assertEquals(1, lost);
            assertEquals(1, samples.findById(original.id()).orElseThrow().version());
        } finally {
            writers.shutdownNow();
        }
    }

    @Test
    void concurrentUpsertsOfOneKeyAllSucceedAndEachCountsOnce() throws Exception {
        int writers = 8;
        UUID id = UUID.randomUUID();
        Sample template = Samples.sparse("raced");
        CyclicBarrier start = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Sample>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String title = "upsert " + i;
                results.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return samples.upsert(withId(Samples.withTitle(template, title), id));
                }));
            }
            for (Future<Sample> result : results) {
                assertEquals(id, result.get(30, TimeUnit.SECONDS).id());
            }
            Sample stored = samples.findById(id).orElseThrow();
            assertEquals(writers - 1, stored.version(), "one insert, then one increment per conflicting upsert");
            assertEquals(1, samples.count(SampleTable.SAMPLE.ID.eq(id)));
        } finally {
            pool.shutdownNow();
        }
    }

    private static Sample withId(Sample s, UUID id) {
        return new Sample(id, s.ownerId(), s.code(), s.title(), s.note(), s.category(), s.previousCategory(),
                s.active(), s.flagged(), s.level(), s.bonusLevel(), s.rank(), s.bonus(), s.views(), s.likes(),
                s.ratio(), s.share(), s.weight(), s.score(), s.price(), s.discount(), s.attributes(), s.extra(),
                s.payload(), s.day(), s.time(), s.localStamp(), s.happenedAt(), s.confirmedAt(), s.labels(),
                s.aliases(), s.counters(), s.refs(), s.slots(), s.marks(), s.version(), s.createdAt(),
                s.updatedAt(), s.scratch());
    }
}
