package dev.neonkit.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A server named by {@value #VARIABLE}, for example a Neon branch. It is only connected to, never started or
 * stopped.
 */
final class EnvironmentServer implements PostgresServer {

    /** The environment variable or system property that names the server; the system property wins. */
    static final String VARIABLE = "NEONKIT_TEST_DATABASE_URL";

    private final ServerEndpoint endpoint;

    private EnvironmentServer(ServerEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** The configured URL, if the system property or the environment variable is set and not blank. */
    static Optional<String> configuredUrl() {
        String url = System.getProperty(VARIABLE);
        if (url == null || url.isBlank()) {
            url = System.getenv(VARIABLE);
        }
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(url);
    }

    /** Parses the URL and checks that the server answers, so a wrong URL fails here with a clear message. */
    static EnvironmentServer connect(String url) {
        ServerEndpoint endpoint = ConnectionUrls.parse(url, VARIABLE);
        try (Connection connection = DataSources.forDatabase(endpoint, endpoint.adminDatabase()).getConnection()) {
            connection.createStatement().execute("SELECT 1");
        } catch (SQLException e) {
            throw new IllegalStateException(VARIABLE + " is set, but connecting to " + endpoint.host() + ":"
                    + endpoint.port() + "/" + endpoint.adminDatabase() + " as " + endpoint.user() + " failed: "
                    + e.getMessage() + " Fix the URL, or unset " + VARIABLE
                    + " to use Testcontainers or embedded PostgreSQL.", e);
        }
        return new EnvironmentServer(endpoint);
    }

    @Override
    public String source() {
        return "environment";
    }

    @Override
    public ServerEndpoint endpoint() {
        return endpoint;
    }

    @Override
    public void stop() {
        // Not ours to stop.
    }
}
