package dev.neonkit.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/** PostgreSQL in a Docker container started through Testcontainers. */
final class ContainerServer implements PostgresServer {

    /** The same major version as the embedded server, so both sources behave alike. */
    static final String DEFAULT_IMAGE = "postgres:17-alpine";

    private final PostgreSQLContainer container;
    private final ServerEndpoint endpoint;

    private ContainerServer(PostgreSQLContainer container) {
        this.container = container;
        this.endpoint = new ServerEndpoint(container.getHost(),
                container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT), container.getDatabaseName(),
                container.getUsername(), container.getPassword(), Map.of());
    }

    /**
     * The image to run: {@code NEONKIT_TEST_POSTGRES_IMAGE}, else {@value #DEFAULT_IMAGE}. Another name than
     * {@code postgres} is declared a substitute for it, which is what Testcontainers' PostgreSQL module asks: the
     * image must keep the official image's contract (POSTGRES_USER, POSTGRES_PASSWORD, POSTGRES_DB, port 5432, and
     * "database system is ready to accept connections" logged once by the init server and once by the real one).
     */
    static DockerImageName image(Optional<String> configured) {
        String name = configured.orElse(DEFAULT_IMAGE);
        DockerImageName image;
        try {
            image = DockerImageName.parse(name);
            image.assertValid();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(TestSetting.POSTGRES_IMAGE.settingName() + "=" + name
                    + " is not a Docker image name (" + e.getMessage() + "); use a name such as " + DEFAULT_IMAGE + ".",
                    e);
        }
        return image.isCompatibleWith(DockerImageName.parse("postgres")) ? image : image.asCompatibleSubstituteFor("postgres");
    }

    /**
     * Whether a Docker engine answers. Only asked when a Docker host is configured or a well-known socket exists:
     * without either, Testcontainers' probe of every strategy logs errors and takes a while. Unlike
     * {@code DockerClientFactory.isDockerAvailable()} this starts nothing (that one starts the Ryuk container, and so
     * pulls its image).
     */
    static boolean dockerReachable() {
        if (!dockerConfigured()) {
            return false;
        }
        try {
            DockerClientFactory.instance().getTransportConfig();
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private static boolean dockerConfigured() {
        if (System.getenv("DOCKER_HOST") != null) {
            return true;
        }
        Path home = Path.of(System.getProperty("user.home"));
        List<Path> candidates = new ArrayList<>(List.of(
                home.resolve(".testcontainers.properties"),
                Path.of("/var/run/docker.sock"),
                home.resolve(".docker/run/docker.sock"),
                home.resolve(".docker/desktop/docker.sock"),
                home.resolve(".rd/docker.sock"),
                home.resolve(".colima/default/docker.sock"),
                home.resolve(".orbstack/run/docker.sock")));
        String runtimeDir = System.getenv("XDG_RUNTIME_DIR");
        if (runtimeDir != null) {
            candidates.add(Path.of(runtimeDir, "docker.sock"));
            candidates.add(Path.of(runtimeDir, "podman/podman.sock"));
        }
        return candidates.stream().anyMatch(Files::exists);
    }

    /**
     * Makes sure Docker has the images, then starts the container.
     *
     * @throws IllegalStateException within seconds when Docker cannot supply an image, saying what to do; or when
     *                               the container does not start
     */
    static ContainerServer start(DockerImageName image) {
        DockerImages.requireAvailable(image);
        PostgreSQLContainer container = new PostgreSQLContainer(image);
        try {
            container.start();
        } catch (RuntimeException e) {
            container.stop();
            throw new IllegalStateException("The PostgreSQL container (" + image.asCanonicalNameString()
                    + ") did not start: " + e.getMessage(), e);
        }
        return new ContainerServer(container);
    }

    /** The image the container runs, for log lines. */
    String imageName() {
        return container.getDockerImageName();
    }

    @Override
    public ServerSource source() {
        return ServerSource.TESTCONTAINERS;
    }

    @Override
    public ServerEndpoint endpoint() {
        return endpoint;
    }

    @Override
    public void stop() {
        container.stop();
    }
}
