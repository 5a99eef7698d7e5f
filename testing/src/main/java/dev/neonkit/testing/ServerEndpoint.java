package dev.neonkit.testing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where a PostgreSQL server listens and how to log in to it as the user that creates the test databases.
 *
 * @param host           host name or IP literal (no brackets)
 * @param port           TCP port
 * @param adminDatabase  an existing database to connect to for {@code CREATE DATABASE} and {@code DROP DATABASE}
 * @param user           login role; it needs the CREATEDB privilege
 * @param password       its password, {@code ""} when the server does not ask for one
 * @param parameters     connection parameters in libpq spelling (for example {@code sslmode=require}) that every
 *                       connection to this server needs; never holds credentials
 */
record ServerEndpoint(String host, int port, String adminDatabase, String user, String password,
                      Map<String, String> parameters) {

    ServerEndpoint {
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
        if (parameters.containsKey("user") || parameters.containsKey("password")) {
            throw new IllegalArgumentException("parameters must not carry credentials");
        }
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** A description safe for logs and exception messages: the password never appears. */
    @Override
    public String toString() {
        return "ServerEndpoint[" + user + "@" + host + ":" + port + "/" + adminDatabase + " " + parameters + "]";
    }
}
