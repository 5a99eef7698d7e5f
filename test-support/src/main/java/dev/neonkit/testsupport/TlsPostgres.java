package dev.neonkit.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL that, like Neon, accepts only TLS connections with SCRAM-SHA-256 password authentication,
 * so tests can prove that a client verifies the server and uses channel binding.
 *
 * <ul>
 *   <li>A test CA and a server certificate for {@code localhost}, {@code 127.0.0.1} and {@code ::1} (EC P-256,
 *       SHA-256) are generated into a temporary directory; {@link #otherCaCertificate()} is an unrelated CA.</li>
 *   <li>{@code pg_hba.conf} allows only {@code hostssl ... scram-sha-256}: a connection without TLS is refused,
 *       and so is a wrong password.</li>
 *   <li>The login role {@link #user()} has a random password and owns the database {@link #database()}.</li>
 * </ul>
 * It always runs embedded, whatever {@code NEONKIT_TEST_DATABASE_URL} says, and each {@link #start()} starts a new
 * server (about a second or two). Test classes usually share the JVM's one {@link #shared()} server, most easily
 * with {@link WithTlsPostgres}.
 *
 * <pre>{@code
 * try (TlsPostgres tls = TlsPostgres.start()) {
 *     String url = "jdbc:postgresql://" + tls.host() + ":" + tls.port() + "/" + tls.database()
 *             + "?sslmode=verify-full&channelBinding=require&sslrootcert=" + tls.caCertificate();
 *     try (Connection connection = DriverManager.getConnection(url, tls.user(), tls.password())) { ... }
 *
 *     String databaseUrl = tls.libpqUrl();   // the same, as a Neon-style DATABASE_URL
 * }
 * }</pre>
 */
public final class TlsPostgres implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TlsPostgres.class);
    private static final String HOST = "localhost";
    private static final String DATABASE = "neondb";
    private static final String USER = "neonkit_tls";
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int PASSWORD_LENGTH = 24;
    /** How long start() waits for the server to apply the TLS-only pg_hba.conf it was told to reload. */
    private static final long LOCKDOWN_TIMEOUT_SECONDS = 30;
    private static final List<String> HBA_RULES = List.of(
            "# Written by neonkit's TlsPostgres: TLS with SCRAM-SHA-256 only, as on Neon.",
            "# TYPE   DATABASE  USER  ADDRESS       METHOD",
            "hostssl  all       all   127.0.0.1/32  scram-sha-256",
            "hostssl  all       all   ::1/128       scram-sha-256");

    private static TlsPostgres shared;
    private static RuntimeException sharedStartFailure;

    private final EmbeddedPostgres postgres;
    private final Path directory;
    private final String password;

    private TlsPostgres(EmbeddedPostgres postgres, Path directory, String password) {
        this.postgres = postgres;
        this.directory = directory;
        this.password = password;
    }

    /**
     * The JVM's shared TLS-only server, started on first use and stopped by a shutdown hook. Do not close it: other
     * test classes use it too. A failed start is remembered, so every later caller sees the same failure at once.
     *
     * @throws IllegalStateException if the server could not be started
     */
    public static synchronized TlsPostgres shared() {
        if (shared == null && sharedStartFailure == null) {
            try {
                shared = start();
                Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "neonkit-tls-postgres-shutdown"));
            } catch (RuntimeException e) {
                sharedStartFailure = e;
            }
        }
        if (sharedStartFailure != null) {
            throw new IllegalStateException(sharedStartFailure.getMessage(), sharedStartFailure);
        }
        return shared;
    }

    /**
     * Generates the certificates, starts the server, creates the role and the database, and returns once
     * connections without TLS are refused.
     *
     * @throws IllegalStateException if the server cannot be started or locked down
     */
    public static TlsPostgres start() {
        Path directory = null;
        EmbeddedPostgres postgres = null;
        try {
            directory = Files.createTempDirectory("neonkit-tls-");
            TestCertificateAuthority ca = TestCertificateAuthority.create("neonkit test CA");
            ca.writeCertificate(directory.resolve("ca.pem"));
            TestCertificateAuthority.create("neonkit unrelated test CA").writeCertificate(directory.resolve("other-ca.pem"));
            ca.issueLocalhostServerCertificate(directory.resolve("server.crt"), directory.resolve("server.key"));

            postgres = EmbeddedPostgres.builder()
                    .setServerConfig("ssl", "on")
                    .setServerConfig("ssl_cert_file", directory.resolve("server.crt").toString())
                    .setServerConfig("ssl_key_file", directory.resolve("server.key").toString())
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .start();
            String password = randomPassword();
            lockDown(postgres, password);
            LOG.info("TLS-only PostgreSQL for tests at {}:{}", HOST, postgres.getPort());
            return new TlsPostgres(postgres, directory, password);
        } catch (IOException | SQLException | RuntimeException e) {
            closeQuietly(postgres);
            deleteQuietly(directory);
            throw new IllegalStateException("Could not start the TLS-only embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    /**
     * Creates the role and database while the server still trusts local connections, then replaces pg_hba.conf
     * with TLS-only rules and waits until a plain connection is refused.
     */
    private static void lockDown(EmbeddedPostgres postgres, String password) throws SQLException, IOException {
        try (Connection admin = postgres.getPostgresDatabase().getConnection();
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE ROLE " + SqlIdentifiers.quote(USER) + " LOGIN PASSWORD '"
                    + password.replace("'", "''") + "'");
            statement.execute("CREATE DATABASE " + SqlIdentifiers.quote(DATABASE) + " OWNER " + SqlIdentifiers.quote(USER));

            Path hbaFile;
            try (ResultSet result = statement.executeQuery("SHOW hba_file")) {
                result.next();
                hbaFile = Path.of(result.getString(1));
            }
            Files.write(hbaFile, HBA_RULES, StandardCharsets.UTF_8);
            try (ResultSet errors = statement.executeQuery(
                    "SELECT line_number, error FROM pg_hba_file_rules WHERE error IS NOT NULL")) {
                if (errors.next()) {
                    throw new IllegalStateException("PostgreSQL rejects line " + errors.getInt(1) + " of the generated "
                            + hbaFile + ": " + errors.getString(2));
                }
            }
            statement.execute("SELECT pg_reload_conf()");
        }
        awaitPlainConnectionsRefused(postgres.getPort());
    }

    /** The reload is asynchronous; the server answers a plain connection with 28000 once it is in force. */
    private static void awaitPlainConnectionsRefused(int port) throws SQLException {
        Properties plain = new Properties();
        plain.setProperty("user", "postgres");
        plain.setProperty("sslmode", "disable");
        String url = ServerUrls.jdbc(HOST, port, "postgres", Map.of());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LOCKDOWN_TIMEOUT_SECONDS);
        while (System.nanoTime() - deadline < 0) {
            try (Connection ignored = DriverManager.getConnection(url, plain)) {
                Thread.sleep(20);
            } catch (SQLException e) {
                if ("28000".equals(e.getSQLState())) {
                    return;
                }
                throw e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the TLS-only rules to apply", e);
            }
        }
        throw new IllegalStateException("The server still accepted connections without TLS "
                + LOCKDOWN_TIMEOUT_SECONDS + " s after its pg_hba.conf was reloaded");
    }

    /** {@code localhost}, the name the server certificate is issued for (it also covers 127.0.0.1 and ::1). */
    public String host() {
        return HOST;
    }

    /** The ephemeral TCP port the server listens on. */
    public int port() {
        return postgres.getPort();
    }

    /** {@code neondb}, owned by {@link #user()}. */
    public String database() {
        return DATABASE;
    }

    /** {@code neonkit_tls}, a login role without superuser rights. */
    public String user() {
        return USER;
    }

    /** The role's random password, stored as a SCRAM-SHA-256 verifier. */
    public String password() {
        return password;
    }

    /** PEM file of the CA that signed the server certificate: the {@code sslrootcert} that verification needs. */
    public Path caCertificate() {
        return directory.resolve("ca.pem");
    }

    /** PEM file of an unrelated CA: {@code sslmode=verify-ca} or {@code verify-full} with it must fail. */
    public Path otherCaCertificate() {
        return directory.resolve("other-ca.pem");
    }

    /**
     * {@code jdbc:postgresql://localhost:<port>/neondb?sslmode=verify-full&sslrootcert=<ca>&channelBinding=require},
     * without credentials.
     */
    public String jdbcUrl() {
        return ServerUrls.jdbc(HOST, port(), DATABASE, neonParameters("channelBinding"));
    }

    /**
     * {@code postgresql://neonkit_tls:<password>@localhost:<port>/neondb?sslmode=verify-full&sslrootcert=<ca>&channel_binding=require}:
     * a Neon-style {@code DATABASE_URL} for this server. It contains the password; do not log it.
     */
    public String libpqUrl() {
        return ServerUrls.libpq(USER, password, HOST, port(), DATABASE, neonParameters("channel_binding"));
    }

    /**
     * What Neon's connection strings ask for. Only channel binding is spelled differently by libpq
     * ({@code channel_binding}) and pgjdbc ({@code channelBinding}); sslmode and sslrootcert are the same in both.
     */
    private Map<String, String> neonParameters(String channelBindingName) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("sslmode", "verify-full");
        parameters.put("sslrootcert", caCertificate().toString());
        parameters.put(channelBindingName, "require");
        return parameters;
    }

    /** Stops the server and deletes its data directory and the generated certificates and keys. */
    @Override
    public void close() {
        closeQuietly(postgres);
        deleteQuietly(directory);
    }

    @Override
    public String toString() {
        return "TlsPostgres[" + USER + "@" + HOST + ":" + port() + "/" + DATABASE + "]";
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("The TLS-only embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }

    /** Deletes only the files this class wrote, then the directory. */
    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try {
            for (String file : List.of("ca.pem", "other-ca.pem", "server.crt", "server.key")) {
                Files.deleteIfExists(directory.resolve(file));
            }
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            LOG.warn("Could not delete the test certificates in {}: {}", directory, e.getMessage());
        }
    }
}
