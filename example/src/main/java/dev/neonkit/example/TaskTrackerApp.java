package dev.neonkit.example;

import com.sun.net.httpserver.HttpServer;
import dev.neonkit.example.api.HealthEndpoint;
import dev.neonkit.example.api.ProjectEndpoints;
import dev.neonkit.example.api.TaskEndpoints;
import dev.neonkit.example.database.DatabaseChoice;
import dev.neonkit.example.database.EmbeddedPostgresServer;
import dev.neonkit.example.http.JsonCodec;
import dev.neonkit.example.http.Route;
import dev.neonkit.example.http.Router;
import dev.neonkit.example.model.CommentRepository;
import dev.neonkit.example.model.NeonkitSchema;
import dev.neonkit.example.model.ProjectRepository;
import dev.neonkit.example.model.TaskRepository;
import dev.neonkit.runtime.DatabaseException;
import dev.neonkit.runtime.NeonDatabase;
import dev.neonkit.runtime.config.ConfigException;
import dev.neonkit.runtime.config.Endpoint;
import dev.neonkit.runtime.drift.Drift;
import dev.neonkit.runtime.drift.DriftReport;
import dev.neonkit.runtime.drift.SchemaVerifier;
import dev.neonkit.runtime.migrate.AppliedMigration;
import dev.neonkit.runtime.migrate.MigrationException;
import dev.neonkit.runtime.migrate.MigrationResult;
import dev.neonkit.runtime.migrate.Migrator;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The task tracker service: {@code java -jar neonkit-example.jar}.
 *
 * <p>Start-up, each stage printed: choose the database ({@code DATABASE_URL}, else an embedded PostgreSQL whose
 * data is thrown away on exit), apply the packaged migrations on the direct endpoint, compare the live schema with
 * the entities, serve HTTP on {@code PORT} (8080). SIGTERM or Ctrl-C stops the HTTP server, closes the pool and
 * stops the embedded database, in that order. A start-up failure prints one message and exits with status 1.
 */
public final class TaskTrackerApp {
    /** The port when {@code PORT} is not set. */
    public static final int DEFAULT_PORT = 8080;
    /** Threads serving requests; more than the default pool size of 10 so a slow query does not block /health. */
    private static final int HTTP_THREADS = 16;

    private final PrintStream out;
    private final ShutdownSequence shutdown;

    private TaskTrackerApp(PrintStream out, ShutdownSequence shutdown) {
        this.out = out;
        this.shutdown = shutdown;
    }

    public static void main(String[] args) {
        ShutdownSequence shutdown = new ShutdownSequence(System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown::run, "neonkit-example-shutdown"));
        try {
            new TaskTrackerApp(System.out, shutdown).start(System.getenv());
        } catch (StartupException e) {
            System.err.println("neonkit-example could not start: " + e.getMessage());
            System.exit(1);
        }
    }

    private void start(Map<String, String> environment) {
        int port = port(environment);
        out.println("neonkit example: task tracker");
        NeonDatabase database = openDatabase(environment);
        migrate(database);
        DriftReport drift = checkDrift(database);
        serve(port, database, drift);
    }

    private static int port(Map<String, String> environment) {
        String value = environment.get("PORT");
        if (value == null || value.isBlank()) {
            return DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(value.strip());
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // Reported below, with the accepted range.
        }
        throw new StartupException("PORT='" + value + "' is not a port; set it to a number from 1 to 65535"
                + " (0 picks a free one), or unset it for " + DEFAULT_PORT + ".");
    }

    private NeonDatabase openDatabase(Map<String, String> environment) {
        Map<String, String> effective = environment;
        if (DatabaseChoice.wantsEmbedded(environment)) {
            out.println("Database: DATABASE_URL is not set, so starting an embedded PostgreSQL ...");
            EmbeddedPostgresServer embedded;
            try {
                embedded = EmbeddedPostgresServer.start();
            } catch (IOException | RuntimeException e) {
                throw new StartupException("the embedded PostgreSQL did not start (" + e.getMessage()
                        + "). Set DATABASE_URL to use a database of your own.", e);
            }
            shutdown.add("embedded PostgreSQL stopped, its data deleted", embedded);
            out.println("Database: embedded PostgreSQL on localhost:" + embedded.port() + ", data in "
                    + embedded.dataDirectory());
            out.println("          This data is THROWN AWAY when the service stops. Set DATABASE_URL (a Neon"
                    + " connection string) to keep it.");
            effective = embedded.environment(environment);
        }
        NeonDatabase database;
        try {
            database = NeonDatabase.fromEnvironment(effective);
        } catch (ConfigException e) {
            throw new StartupException(e.getMessage(), e);
        }
        shutdown.add("connection pool closed", database);
        if (!DatabaseChoice.wantsEmbedded(environment)) {
            out.println("Database: " + describe(database.config().primary()) + " (from the environment)");
        }
        out.println("          migrations and drift check on " + describe(database.directEndpoint()));
        return database;
    }

    /** {@code pooled user@host:port/database}: enough to recognise the database, never the password. */
    private static String describe(Endpoint endpoint) {
        String host = endpoint.host().contains(":") ? "[" + endpoint.host() + "]" : endpoint.host();
        return endpoint.kind().label() + " " + endpoint.user() + "@" + host + ":" + endpoint.port() + "/"
                + endpoint.database();
    }

    private void migrate(NeonDatabase database) {
        MigrationResult result;
        try {
            result = Migrator.from(database).locations("classpath:db/migration").migrate();
        } catch (MigrationException e) {
            throw new StartupException("migrations failed: " + e.getMessage(), e);
        }
        String version = result.schemaVersion().map(v -> "schema version " + v).orElse("no schema version");
        if (result.upToDate()) {
            out.println("Migrations: up to date, " + version + ".");
        } else {
            out.println("Migrations: applied " + result.applied().stream().map(AppliedMigration::script)
                    .collect(Collectors.joining(", ")) + "; now at " + version + ".");
        }
        result.warnings().forEach(warning -> out.println("Migrations: warning: " + warning));
    }

    private DriftReport checkDrift(NeonDatabase database) {
        DriftReport report;
        try {
            report = SchemaVerifier.expecting(NeonkitSchema.model()).verify(database);
        } catch (SQLException | DatabaseException e) {
            throw new StartupException("the schema check could not read the database: " + e.getMessage(), e);
        }
        if (!report.hasDrift()) {
            out.println("Schema drift: none (the database matches the entities).");
        } else {
            // Served anyway: the differences are on /health and here, with the SQL that would fix each.
            out.println("Schema drift: DETECTED, " + report.differences().size() + " difference(s):");
            for (Drift drift : report.differences()) {
                out.println("  - " + drift.description() + (drift.destructive() ? " (fix loses data)" : ""));
                out.println("    fix: " + drift.fixSql().replace("\n", "\n         "));
            }
        }
        return report;
    }

    private void serve(int port, NeonDatabase database, DriftReport drift) {
        ProjectRepository projects = new ProjectRepository(database);
        TaskRepository tasks = new TaskRepository(database);
        CommentRepository comments = new CommentRepository(database);
        List<Route> routes = new ArrayList<>();
        routes.addAll(new ProjectEndpoints(projects).routes());
        routes.addAll(new TaskEndpoints(database, projects, tasks, comments).routes());
        routes.addAll(new HealthEndpoint(database, drift, Instant.now()).routes());

        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(port), 0);
        } catch (IOException e) {
            throw new StartupException("cannot listen on port " + port + " (" + e.getMessage()
                    + "); set PORT to a free port.", e);
        }
        ExecutorService threads = Executors.newFixedThreadPool(HTTP_THREADS, namedThreads());
        server.setExecutor(threads);
        server.createContext("/", new Router(routes, new JsonCodec()));
        server.start();
        shutdown.add("HTTP server stopped", () -> {
            server.stop(1);
            threads.shutdown();
            threads.awaitTermination(5, TimeUnit.SECONDS);
        });
        out.println("Serving http://localhost:" + server.getAddress().getPort()
                + " (PORT to change). Stop with Ctrl-C or SIGTERM.");
    }

    private static java.util.concurrent.ThreadFactory namedThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> new Thread(runnable, "http-" + count.incrementAndGet());
    }

    /** A start-up stage failed; the message says what and what to do. */
    private static final class StartupException extends RuntimeException {
        StartupException(String message) {
            super(message);
        }

        StartupException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
