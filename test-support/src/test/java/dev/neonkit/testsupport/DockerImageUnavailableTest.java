package dev.neonkit.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.utility.DockerImageName;

/**
 * A Docker engine that answers but cannot supply the image: a real daemon and an image name that exists nowhere,
 * so the pull fails the way it fails offline (the registry refuses or cannot be reached). Runs where Docker is
 * reachable, as in CI's Testcontainers step.
 */
class DockerImageUnavailableTest {

    /** Far below the minutes Testcontainers' own pull retries take. */
    private static final Duration FAST = Duration.ofSeconds(30);

    private static final DockerImageName MISSING = ContainerServer.image(
            Optional.of("neonkit-test/no-such-postgres:0-does-not-exist"));

    @BeforeAll
    static void dockerAnswers() {
        assumeTrue(ContainerServer.dockerReachable(), "needs a reachable Docker engine (DOCKER_HOST)");
    }

    @Test
    void forcedTestcontainersFailsWithinSecondsSayingWhatToDo() {
        SourceSettings settings = new SourceSettings(Optional.of(ServerSource.TESTCONTAINERS), Optional.empty(),
                MISSING);
        long started = System.nanoTime();

        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> ServerSelection.start(settings));

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(FAST) < 0, "took " + took);
        String message = failure.getMessage();
        assertTrue(message.startsWith("Docker at "), message);
        assertTrue(message.contains(" answers but cannot supply "), message);
        assertTrue(message.contains("set NEONKIT_TEST_DATABASE=embedded to use embedded PostgreSQL without Docker"),
                message);
        if (Boolean.parseBoolean(System.getenv("TESTCONTAINERS_RYUK_DISABLED"))) {
            assertTrue(message.contains("the PostgreSQL image neonkit-test/no-such-postgres:0-does-not-exist"), message);
            assertTrue(message.contains("docker pull neonkit-test/no-such-postgres:0-does-not-exist"), message);
            assertTrue(message.contains("or set NEONKIT_TEST_POSTGRES_IMAGE to an image this Docker has"), message);
        }
    }

    @Test
    void unforcedItFallsBackToEmbeddedWithinSeconds() {
        SourceSettings settings = new SourceSettings(Optional.empty(), Optional.empty(), MISSING);
        long started = System.nanoTime();

        PostgresServer server = ServerSelection.start(settings);
        try {
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertEquals(ServerSource.EMBEDDED, server.source());
            assertTrue(took.compareTo(FAST) < 0, "took " + took);
        } finally {
            server.stop();
        }
    }
}
