package dev.neonkit.runtime.config;

import java.util.Collections;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

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
 *                         (for example {@code sslmode}, {@code channelBinding}, {@code connectTimeout}); a
 *                         credential among them ({@code sslpassword}) is left out of {@link #jdbcUrl()} and
 *                         printed only by way of {@link #redactedDriverProperties()}
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
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be from 1 to 65535, got " + port);
        }
        driverProperties = Collections.unmodifiableMap(new LinkedHashMap<>(driverProperties));
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

    /** The value of {@code channelBinding} as pgjdbc will use it. */
    public String channelBinding() {
        return driverProperties.getOrDefault("channelBinding", "prefer");
    }

    /**
     * Everything the driver needs besides the URL: user, password (when set) and every driver property, credentials
     * included. Connect with {@code DriverManager.getConnection(jdbcUrl(), connectionProperties())}, or hand the same
     * to a DataSource. The returned object holds the password: do not log it.
     */
    public Properties connectionProperties() {
        Properties properties = new Properties();
        properties.putAll(driverProperties);
        properties.setProperty("user", user);
        if (password.isSet()) {
            properties.setProperty("password", password.reveal());
        }
        return properties;
    }

    /** Every credential this endpoint holds: the password and credential driver properties ({@code sslpassword}). */
    public List<Secret> credentials() {
        List<Secret> credentials = new ArrayList<>();
        credentials.add(password);
        driverProperties.forEach((name, value) -> {
            if (JdbcUrls.isSecret(name)) {
                credentials.add(Secret.of(value));
            }
        });
        return List.copyOf(credentials);
    }

    /**
     * The endpoint as people read it, without credentials: {@code pooled alex@host:5432/neondb}, an IPv6 host in
     * brackets.
     */
    public String description() {
        return kind.label() + " " + user + "@" + JdbcUrls.hostAndPort(host, port) + "/" + database;
    }

    /** The driver properties with every credential shown as {@code ****}: safe to print. */
    public Map<String, String> redactedDriverProperties() {
        Map<String, String> redacted = new LinkedHashMap<>(driverProperties);
        redacted.replaceAll((name, value) -> JdbcUrls.isSecret(name) ? Secret.of(value).redacted() : value);
        return Collections.unmodifiableMap(redacted);
    }

    /**
     * The JDBC URL: {@code jdbc:postgresql://host:port/database?prop=value&...} with every driver
     * property percent-encoded, and no user, password or other credential. Safe to print.
     */
    public String jdbcUrl() {
        return JdbcUrls.render(this);
    }

    @Override
    public String toString() {
        return "Endpoint[" + description() + "]";
    }
}
