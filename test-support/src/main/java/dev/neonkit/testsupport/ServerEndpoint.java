package dev.neonkit.testsupport;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where a PostgreSQL server listens and how to log in to it as the role that creates the test databases.
 *
 * @param host             host name or IP literal (no brackets)
 * @param port             TCP port
 * @param adminDatabase    an existing database to connect to for {@code CREATE DATABASE} and {@code DROP DATABASE}
 * @param user             login role; it needs the CREATEDB privilege
 * @param password         its password, {@code ""} when the server does not ask for one
 * @param driverProperties pgjdbc properties (for example {@code sslmode=require}, {@code channelBinding=require})
 *                         that every connection to this server needs, by their pgjdbc names; never credentials
 */
public record ServerEndpoint(String host, int port, String adminDatabase, String user, String password,
                             Map<String, String> driverProperties) {

    public ServerEndpoint {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(adminDatabase, "adminDatabase");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be between 1 and 65535, got " + port);
        }
        if (adminDatabase.isEmpty() || user.isEmpty()) {
            throw new IllegalArgumentException("adminDatabase and user must not be empty");
        }
        if (driverProperties.containsKey("user") || driverProperties.containsKey("password")) {
            throw new IllegalArgumentException("driverProperties must not carry credentials");
        }
        if (driverProperties.containsKey("sslpassword")) {
            // It would end up in jdbcUrl(), which promises to hold no credentials.
            throw new IllegalArgumentException("a client key protected by sslpassword is not supported for the test"
                    + " server; use a key without a passphrase, or a password");
        }
        driverProperties = Collections.unmodifiableMap(new LinkedHashMap<>(driverProperties));
    }

    /** A description safe for logs and exception messages: the password never appears. */
    @Override
    public String toString() {
        return "ServerEndpoint[" + user + "@" + host + ":" + port + "/" + adminDatabase + " " + driverProperties + "]";
    }
}
