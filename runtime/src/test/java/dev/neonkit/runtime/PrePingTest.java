package dev.neonkit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.neonkit.testsupport.WithTestDatabase;
import dev.neonkit.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** HikariCP's borrow validation replaces connections the server closed while they sat idle in the pool. */
@WithTestDatabase
class PrePingTest {

    @Test
    void borrowAfterEveryPooledConnectionWasTerminatedSucceeds(TestDatabase db) throws Exception {
        try (NeonDatabase database = NeonDatabase.create(TestEndpoints.config(TestEndpoints.endpoint(db)))) {
            DataSource pool = database.dataSource();
            Set<Integer> pooledPids = fillPool(pool, 3);
            assertEquals(3, database.poolStatistics().idle());

            // Past HikariCP's 500 ms bypass window, so the next borrow validates: this sleep is setup, not an assertion.
            Thread.sleep(600);
            try (Connection admin = db.connect()) {
                terminate(admin, pooledPids);
            }

            int pid;
            try (Connection connection = pool.getConnection()) {
                pid = backendPid(connection);
            }
            assertFalse(pooledPids.contains(pid), "the borrow got a new connection, not a terminated one");
            assertEquals(1, database.poolStatistics().total(), "the three dead connections were evicted");
        }
    }

    /** Borrows {@code size} connections at once and returns them, so the pool holds {@code size} idle ones. */
    private static Set<Integer> fillPool(DataSource pool, int size) throws SQLException {
        List<Connection> held = new ArrayList<>();
        Set<Integer> pids = new HashSet<>();
        try {
            for (int i = 0; i < size; i++) {
                Connection connection = pool.getConnection();
                held.add(connection);
                pids.add(backendPid(connection));
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        return pids;
    }

    private static void terminate(Connection admin, Set<Integer> pids) throws Exception {
        try (PreparedStatement kill = admin.prepareStatement("SELECT pg_terminate_backend(?)")) {
            for (int pid : pids) {
                kill.setInt(1, pid);
                kill.execute();
            }
        }
        // pg_terminate_backend only signals; wait until the backends are gone so the test checks the pool.
        try (PreparedStatement alive = admin.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE pid = ANY (?)")) {
            alive.setArray(1, admin.createArrayOf("int4", pids.toArray()));
            for (int poll = 0; poll < 500; poll++) {
                try (ResultSet count = alive.executeQuery()) {
                    count.next();
                    if (count.getInt(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(10);
            }
        }
        throw new AssertionError("backends " + pids + " still alive after pg_terminate_backend");
    }

    static int backendPid(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet pid = statement.executeQuery("SELECT pg_backend_pid()")) {
            pid.next();
            return pid.getInt(1);
        }
    }
}
