package dev.neonkit.repositorytest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.neonkit.runtime.NeonDatabase;
import dev.neonkit.testsupport.FaultProxy;
import dev.neonkit.testing.NeonDatabaseTest;
import dev.neonkit.testsupport.TestDatabase;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The one extra round trip of HikariCP's borrow validation: a connection idle for more than 500 ms (HikariCP's
 * default {@code aliveBypassWindowMs}) is checked with an empty query before a repository uses it. Runs in its own
 * surefire execution, with the default window.
 */
@NeonDatabaseTest
class PrePingRoundTripTest {

    @Test
    void aCallAfterMoreThanHalfASecondIdleCostsOneExtraRoundTrip(TestDatabase db) throws Exception {
        assumeTrue(System.getProperty("com.zaxxer.hikari.aliveBypassWindowMs") == null,
                "runs in the surefire execution \"pre-ping\", where HikariCP keeps its default window");
        Databases.createTables(db);
        try (FaultProxy proxy = FaultProxy.start(db.host(), db.port());
             NeonDatabase database = Databases.open(proxy.libpqUrl(db))) {
            SampleRepository samples = new SampleRepository(database);
            Sample stored = samples.insert(Samples.sparse("idle"));
            samples.findById(stored.id());

            // Setup, not a timing assertion: the connection must sit idle past the 500 ms window.
            Thread.sleep(700);
            proxy.resetRoundTrips();
            samples.findById(UUID.randomUUID());
            assertEquals(2, proxy.roundTrips(), "the pre-ping, then the query");
        }
    }
}
