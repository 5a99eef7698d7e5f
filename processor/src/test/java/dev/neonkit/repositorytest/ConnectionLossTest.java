package dev.neonkit.repositorytest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neonkit.runtime.DatabaseException;
import dev.neonkit.runtime.NeonDatabase;
import dev.neonkit.testsupport.FaultProxy;
import dev.neonkit.testing.NeonDatabaseTest;
import dev.neonkit.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A compute that suspends or restarts closes every connection, also one the pool lent out a moment ago, before
 * HikariCP's pre-ping would look at it again. Reads outside a transaction run once more on a new connection; writes
 * and transactions report the failure, because their first attempt may have taken effect.
 *
 * <p>Runs in the surefire execution whose pre-ping bypass window is long, so the pool hands out the dead connection
 * unchecked, as it does for one used less than 500 ms before.
 */
@NeonDatabaseTest
class ConnectionLossTest {
    private FaultProxy proxy;
    private NeonDatabase database;
    private SampleRepository samples;

    @BeforeAll
    static void createTables(TestDatabase db) throws Exception {
        Databases.createTables(db);
    }

    @BeforeEach
    void open(TestDatabase db) throws Exception {
        Databases.truncate(db);
        proxy = FaultProxy.start(db.host(), db.port());
        database = Databases.open(proxy.libpqUrl(db));
        samples = new SampleRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
        proxy.close();
    }

    @Test
    void aReadOnAConnectionTheComputeClosedRunsAgainOnANewOne() {
        Sample stored = samples.insert(Samples.full("survivor"));
        long connectionsBefore = proxy.acceptedConnections();

        proxy.suspend();

        assertEquals(stored.code(), samples.findById(stored.id()).orElseThrow().code());
        assertEquals(1, samples.count());
        assertEquals(connectionsBefore + 1, proxy.acceptedConnections(), "one new connection replaced the dead one");
    }

    @Test
    void aWriteOnAConnectionTheComputeClosedIsReportedNotRepeated() {
        samples.insert(Samples.full("first"));

        proxy.suspend();

        DatabaseException failure = assertThrows(DatabaseException.class,
                () -> samples.insert(Samples.full("second")));
        assertTrue(failure.sqlState().orElseThrow().startsWith("08"), failure.sqlState().toString());
        assertEquals(1, samples.count(), "the failed insert was not run a second time");
    }

    @Test
    void aReadInsideATransactionIsNotRepeated() {
        Sample stored = samples.insert(Samples.full("inside"));

        assertThrows(DatabaseException.class, () -> database.transaction(() -> {
            samples.findById(stored.id());
            proxy.suspend();
            return samples.findById(stored.id());
        }));
        assertEquals(stored.code(), samples.findById(stored.id()).orElseThrow().code());
    }
}
