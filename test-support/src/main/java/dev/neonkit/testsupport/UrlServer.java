package dev.neonkit.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * A server named by {@code NEONKIT_TEST_DATABASE_URL}, for example a Neon branch. It is only connected to, never
 * started or stopped. The URL is read by the one {@link ServerUrlParser} on the classpath.
 */
final class UrlServer implements PostgresServer {

    static final String VARIABLE = TestSetting.DATABASE_URL.settingName();

    private final ServerEndpoint endpoint;

    private UrlServer(ServerEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** Parses the URL with the classpath's parser and checks that the server answers. */
    static UrlServer connect(String url) {
        return connect(url, parser());
    }

    /** Parses the URL and checks that the server answers, so a wrong URL fails here with a clear message. */
    static UrlServer connect(String url, ServerUrlParser parser) {
        ServerEndpoint endpoint;
        try {
            endpoint = parser.parse(url);
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

    /**
     * The one parser the classpath provides.
     *
     * @throws IllegalStateException when there is none or more than one
     */
    static ServerUrlParser parser() {
        List<ServerUrlParser> parsers = ServiceLoader.load(ServerUrlParser.class).stream()
                .map(ServiceLoader.Provider::get)
                .toList();
        if (parsers.isEmpty()) {
            throw new IllegalStateException(VARIABLE + " is set, but nothing on the test classpath can read it:"
                    + " add the test dependency dev.neonkit:neonkit-testing, which reads it with neonkit-runtime's"
                    + " URL parser (or unset " + VARIABLE + " to use Testcontainers or embedded PostgreSQL).");
        }
        if (parsers.size() > 1) {
            throw new IllegalStateException("Several readers of " + VARIABLE + " are on the test classpath ("
                    + parsers.stream().map(parser -> parser.getClass().getName()).collect(Collectors.joining(", "))
                    + "); keep one " + ServerUrlParser.class.getName() + " implementation.");
        }
        return parsers.get(0);
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
