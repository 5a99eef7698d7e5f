package dev.neonkit.example;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The packaged service with {@code DATABASE_URL} unset: it starts an embedded PostgreSQL, says so, and on SIGTERM
 * stops that server and deletes its data.
 */
class TaskTrackerIT extends TaskTrackerScenario {
    private Path dataDirectory;
    private long postgresPid;

    @Override
    Map<String, String> environment() {
        return Map.of();
    }

    @Override
    String expectedEndpointKind() {
        return "direct";
    }

    @Override
    void assertCleanedUp() throws Exception {
        // pg_ctl stop returns once the server removed its pid file, a moment before the process ends.
        Optional<ProcessHandle> postgres = ProcessHandle.of(postgresPid);
        if (postgres.isPresent()) {
            try {
                postgres.get().onExit().get(10, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                fail("the embedded postgres process " + postgresPid + " still runs after the service stopped");
            }
        }
        assertFalse(Files.exists(dataDirectory), "the embedded data directory is deleted: " + dataDirectory);
    }

    @Override
    void afterStart() throws Exception {
        String line = service.line("Database: embedded PostgreSQL on localhost:");
        assertTrue(service.output().contains("THROWN AWAY when the service stops"), service.output());
        dataDirectory = Path.of(line.substring(line.indexOf("data in ") + "data in ".length()).strip());
        // postmaster.pid's first line is the server's process id.
        postgresPid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
        assertTrue(ProcessHandle.of(postgresPid).map(ProcessHandle::isAlive).orElse(false));
    }
}
