package dev.neonkit.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One real PostgreSQL server per JVM for tests, on which each test creates its own fresh database.
 *
 * <p>The server is chosen once, on first use, in this order:
 * <ol>
 *   <li>{@code NEONKIT_TEST_DATABASE_URL}, as a system property or an environment variable (the property wins):
 *       a libpq URI such as {@code postgresql://user:password@ep-example-123456.eu-central-1.aws.neon.tech/neondb?sslmode=require}
 *       (a Neon branch is a good choice) or a {@code jdbc:postgresql://} URL with {@code user} and {@code password}
 *       parameters, read by neonkit-runtime's parser (so {@code neonkit-testing} must be on the test classpath;
 *       see {@link RuntimeUrls}). Its role needs the CREATEDB privilege. If it is set but does not answer,
 *       that is an error: there is no silent fallback.</li>
 *   <li>PostgreSQL 17 in Docker through Testcontainers, when a Docker engine answers ({@code postgres:17-alpine},
 *       or the image {@code NEONKIT_TEST_POSTGRES_IMAGE} names). When Docker answers but cannot supply the image,
 *       a warning says how to fix it and the next source is used.</li>
 *   <li>Embedded PostgreSQL 17 (zonky), run from binaries that come as a Maven dependency.</li>
 * </ol>
 * {@code NEONKIT_TEST_DATABASE=url|testcontainers|embedded} (system property or environment variable) forces one
 * source; then a failure of that source is an error, within seconds, never a fallback. A JVM shutdown hook drops
 * the databases still open and stops a server that this JVM started.
 *
 * <pre>{@code
 * try (TestDatabase db = TestPostgres.shared().createDatabase("orders")) {
 *     try (Connection connection = db.connect()) {
 *         connection.createStatement().execute("CREATE TABLE orders (id bigint PRIMARY KEY)");
 *     }
 *     String databaseUrl = db.libpqUrl();   // what DATABASE_URL would hold in production
 * }
 * }</pre>
 *
 * <p>JUnit 5 tests usually take their database from {@link WithTestDatabase} (or, in applications, neonkit-testing's
 * {@code @NeonDatabaseTest}) instead.
 */
public final class TestPostgres {

    private static final Logger LOG = LoggerFactory.getLogger(TestPostgres.class);

    private static TestPostgres shared;
    private static RuntimeException startFailure;

    private final PostgresServer server;
    private final Set<TestDatabase> openDatabases = ConcurrentHashMap.newKeySet();

    private TestPostgres(PostgresServer server) {
        this.server = server;
    }

    /**
     * The server for this JVM, started on the first call.
     *
     * @throws IllegalStateException if no source works; the message explains the three ways to provide a server.
     *                               Later calls fail the same way without trying again.
     */
    public static synchronized TestPostgres shared() {
        if (shared == null && startFailure == null) {
            try {
                shared = new TestPostgres(ServerSelection.start(SourceSettings.read()));
                Runtime.getRuntime().addShutdownHook(new Thread(shared::shutDown, "neonkit-test-postgres-shutdown"));
            } catch (RuntimeException e) {
                startFailure = e;
            }
        }
        if (startFailure != null) {
            throw new IllegalStateException(startFailure.getMessage(), startFailure);
        }
        return shared;
    }

    /**
     * Test databases on the server {@code url} names, read as {@code NEONKIT_TEST_DATABASE_URL} is; for tests of
     * that path. Nothing is stopped or dropped for it at JVM exit: close the databases it creates.
     *
     * @throws IllegalStateException if neonkit-runtime is not on the classpath, the URL is not usable or the
     *                               server does not answer
     */
    public static TestPostgres atUrl(String url) {
        return new TestPostgres(UrlServer.connect(url));
    }

    /** Where the server came from. */
    public ServerSource source() {
        return server.source();
    }

    /**
     * Creates a new, empty database named {@code <prefix>_<random suffix>}, owned by the server's user.
     *
     * @param namePrefix a short readable name, such as the test class name; it is lowercased and every character
     *                   other than a-z, 0-9 and '_' becomes '_'
     * @return the database; {@linkplain TestDatabase#close() close} it to drop it
     */
    public TestDatabase createDatabase(String namePrefix) {
        String name = SqlIdentifiers.uniqueDatabaseName(namePrefix);
        executeAsAdmin("CREATE DATABASE " + SqlIdentifiers.quote(name), "create database " + name);
        TestDatabase database = new TestDatabase(server.endpoint(), name, this::dropDatabase);
        openDatabases.add(database);
        LOG.debug("Created test database {} on the {} server", name, source());
        return database;
    }

    private void dropDatabase(TestDatabase database) {
        // FORCE terminates the database's remaining backends first (PostgreSQL 13 and later).
        executeAsAdmin("DROP DATABASE IF EXISTS " + SqlIdentifiers.quote(database.name()) + " WITH (FORCE)",
                "drop database " + database.name());
        openDatabases.remove(database);
        LOG.debug("Dropped test database {}", database.name());
    }

    private void executeAsAdmin(String sql, String purpose) {
        ServerEndpoint endpoint = server.endpoint();
        try (Connection connection = DataSources.forDatabase(endpoint, endpoint.adminDatabase()).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not " + purpose + " on the " + source() + " PostgreSQL server at "
                    + endpoint.host() + ":" + endpoint.port() + " as " + endpoint.user() + ": " + e.getMessage(), e);
        }
    }

    private void shutDown() {
        for (TestDatabase database : Set.copyOf(openDatabases)) {
            try {
                database.close();
            } catch (RuntimeException e) {
                LOG.warn("Test database {} was left behind: {}", database.name(), e.getMessage());
            }
        }
        server.stop();
    }
}
