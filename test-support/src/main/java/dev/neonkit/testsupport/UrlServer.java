package dev.neonkit.testsupport;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A server named by {@code NEONKIT_TEST_DATABASE_URL}, for example a Neon branch. It is only connected to, never
 * started or stopped. The URL is read by neonkit-runtime's parser ({@link RuntimeUrls}).
 */
final class UrlServer implements PostgresServer {

    static final String VARIABLE = TestSetting.DATABASE_URL.settingName();

    private final ServerEndpoint endpoint;

    private UrlServer(ServerEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** Parses the URL and checks that the server answers, so a wrong URL fails here with a clear message. */
    static UrlServer connect(String url) {
        ServerEndpoint endpoint;
        try {
            endpoint = RuntimeUrls.parse(url);
        } catch (IllegalArgumentException e) {
            // The parser's message never holds the password; the URL itself is not repeated.
            throw new IllegalStateException(VARIABLE + " is not usable: " + e.getMessage(), e);
        }
        try (Connection connection = DataSources.forDatabase(endpoint, endpoint.adminDatabase()).getConnection()) {
            connection.createStatement().execute("SELECT 1");
        } catch (SQLException e) {
            throw new IllegalStateException(VARIABLE + " is set, but connecting to " + endpoint.host() + ":"
                    + endpoint.port() + "/" + endpoint.adminDatabase() + " as " + endpoint.user() + " failed: "
                    + e.getMessage() + " Fix the URL, or unset " + VARIABLE
                    + " to use Testcontainers or embedded PostgreSQL.", e);
        }
        return new UrlServer(endpoint);
    }

    @Override
    public ServerSource source() {
        return ServerSource.URL;
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
