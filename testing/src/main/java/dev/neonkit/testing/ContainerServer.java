package dev.neonkit.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** PostgreSQL in a Docker container started through Testcontainers. */
final class ContainerServer implements PostgresServer {

    /** The same major version as the embedded server, so both sources behave alike. */
    static final String IMAGE = "postgres:17-alpine";

    private final PostgreSQLContainer container;
    private final ServerEndpoint endpoint;

    private ContainerServer(PostgreSQLContainer container) {
        this.container = container;
        this.endpoint = new ServerEndpoint(container.getHost(),
                container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT), container.getDatabaseName(),
                container.getUsername(), container.getPassword(), Map.of());
    }

    /**
     * Whether a Docker engine answers. Testcontainers' own probe logs errors and takes a while when there is no
     * engine at all, so it only runs when a Docker host is configured or a well-known socket exists.
     */
    static boolean dockerAvailable() {
        return dockerConfigured() && DockerClientFactory.instance().isDockerAvailable();
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

    static ContainerServer start() {
        PostgreSQLContainer container = new PostgreSQLContainer(IMAGE);
        try {
            container.start();
        } catch (RuntimeException e) {
            container.stop();
            throw e;
        }
        return new ContainerServer(container);
    }

    @Override
    public String source() {
        return "testcontainers";
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
