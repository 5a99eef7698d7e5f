package dev.neonkit.runtime.config;

import java.util.Map;
import java.util.Objects;

/**
 * One PostgreSQL endpoint, fully resolved: where it is, who connects, and every pgjdbc property the
 * driver gets (Neon-aware defaults already applied). User and password are kept apart from the
 * properties: they travel to the driver as connection properties, never inside a JDBC URL.
 *
 * @param host             host name or IP literal (IPv6 without brackets)
 * @param port             TCP port
 * @param database         database name
 * @param user             role name
 * @param password         the password; prints as {@code ****}
 * @param kind             pooled or direct
 * @param neon             whether the host is a Neon endpoint (under {@code neon.tech})
 * @param driverProperties pgjdbc properties other than user and password, in a stable order
 *                         (for example {@code sslmode}, {@code channelBinding}, {@code connectTimeout})
 */
public record Endpoint(
        String host,
        int port,
        String database,
        String user,
        Secret password,
        EndpointKind kind,
        boolean neon,
        Map<String, String> driverProperties) {

    public Endpoint {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(kind, "kind");
        driverProperties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(driverProperties));
        if (driverProperties.containsKey("user") || driverProperties.containsKey("password")) {
            throw new IllegalArgumentException("user and password are not driver properties of an Endpoint");
        }
    }

    public boolean pooled() {
        return kind == EndpointKind.POOLED;
    }

    /** The value of {@code sslmode} as pgjdbc will use it. */
    public String sslMode() {
        return driverProperties.getOrDefault("sslmode", "prefer");
    }

    /**
     * The JDBC URL: {@code jdbc:postgresql://host:port/database?prop=value&...} with every driver
     * property percent-encoded, and no user or password. Safe to print.
     */
    public String jdbcUrl() {
        return JdbcUrls.render(this);
    }

    @Override
    public String toString() {
        return "Endpoint[" + kind.label() + " " + user + "@" + JdbcUrls.hostAndPort(host, port) + "/" + database + "]";
    }
}
