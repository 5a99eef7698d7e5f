package dev.neonkit.runtime.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the {@link NeonConfig} of a process from its environment. The stages: read the {@code NEONKIT_*} tuning
 * variables, pick the source of each endpoint, parse it ({@link ConnectionUrl}), then resolve it into an
 * {@link Endpoint} with Neon's rules and the driver defaults.
 *
 * <p>Sources, by precedence: the primary is {@code DATABASE_URL_RW}, else {@code DATABASE_URL}, else the libpq
 * variables ({@code PGHOST} and friends); the read replica is {@code DATABASE_URL_RO}; the direct endpoint is
 * {@code DATABASE_URL_UNPOOLED}, else the primary with {@code -pooler} removed from a Neon host, else the primary.
 * Without any source this fails; there is no default database. Every variable and default is listed in
 * {@link Setting}.
 */
public final class EnvironmentConfig {
    private EnvironmentConfig() {
    }

    /** The configuration described by the process environment ({@link System#getenv()}). */
    public static NeonConfig fromSystemEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /**
     * The configuration described by {@code environment}.
     *
     * @throws ConfigException when a variable is missing, malformed or does not work with its endpoint
     */
    public static NeonConfig fromEnvironment(Map<String, String> environment) {
        Environment variables = new Environment(environment);
        Tuning tuning = Tuning.from(variables);
        EndpointResolver resolver = new EndpointResolver(tuning);

        Source primarySource = primarySource(variables);
        Endpoint primary = resolver.resolve(primarySource.name(), primarySource.url(), EndpointResolver.Role.PRIMARY);
        Optional<Endpoint> readReplica = urlSource(variables, Setting.DATABASE_URL_RO)
                .map(source -> resolver.resolve(source.name(), source.url(), EndpointResolver.Role.READ_REPLICA));
        Endpoint direct = urlSource(variables, Setting.DATABASE_URL_UNPOOLED)
                .map(source -> resolver.resolve(source.name(), source.url(), EndpointResolver.Role.DIRECT))
                .orElseGet(() -> derivedDirect(resolver, primarySource, primary));
        return new NeonConfig(primary, readReplica, direct, tuning.pool(), tuning.retry(), tuning.serverless());
    }

    /** The configuration for one URL and neonkit's defaults, ignoring the process environment. */
    public static NeonConfig fromUrl(String url) {
        Objects.requireNonNull(url, "url");
        return fromEnvironment(Map.of(Setting.DATABASE_URL.variable(), url));
    }

    /** A parsed source and the name its errors report. */
    private record Source(String name, ConnectionUrl url) {
    }

    private static Source primarySource(Environment variables) {
        return urlSource(variables, Setting.DATABASE_URL_RW)
                .or(() -> urlSource(variables, Setting.DATABASE_URL))
                .or(() -> libpqSource(variables))
                .orElseThrow(() -> new ConfigException("No database configured: set DATABASE_URL (for Neon, the"
                        + " connection string from the console), or DATABASE_URL_RW, or the libpq variables PGHOST,"
                        + " PGDATABASE, PGUSER and PGPASSWORD."));
    }

    private static Optional<Source> urlSource(Environment variables, Setting setting) {
        return variables.get(setting)
                .map(url -> new Source(setting.variable(), ConnectionUrl.parse(url, setting.variable())));
    }

    private static Optional<Source> libpqSource(Environment variables) {
        if (!variables.isSet(Setting.PGHOST)) {
            return Optional.empty();
        }
        String host = variables.get(Setting.PGHOST).orElseThrow().strip();
        if (host.startsWith("/") || host.contains(",")) {
            throw new ConfigException("PGHOST must be one host name or IP address; Unix-domain sockets and host"
                    + " lists are not supported.");
        }
        int port = variables.get(Setting.PGPORT)
                .map(value -> Setting.PGPORT.format().parseInt(Setting.PGPORT.variable(), value))
                .orElse(ConnectionUrl.DEFAULT_PORT);
        String database = required(variables, Setting.PGDATABASE, "there is no default database");
        String user = required(variables, Setting.PGUSER, "neonkit does not guess the role");
        Secret password = Secret.of(variables.get(Setting.PGPASSWORD).orElse(null));

        Map<String, String> parameters = new LinkedHashMap<>();
        variables.get(Setting.PGSSLMODE).ifPresent(value -> parameters.put("sslmode", value.strip()));
        variables.get(Setting.PGCHANNELBINDING).ifPresent(value -> parameters.put("channel_binding", value.strip()));
        variables.get(Setting.PGAPPNAME).ifPresent(value -> parameters.put("application_name", value));
        variables.get(Setting.PGCONNECT_TIMEOUT).ifPresent(value -> parameters.put("connect_timeout", value.strip()));
        variables.get(Setting.PGSSLROOTCERT).ifPresent(value -> parameters.put("sslrootcert", value));
        String name = "the PG* variables";
        Map<String, String> properties = DriverParameters.translate(name, parameters);
        return Optional.of(new Source(name, new ConnectionUrl(host, port, database, user, password, properties)));
    }

    private static String required(Environment variables, Setting setting, String why) {
        return variables.get(setting).orElseThrow(() -> new ConfigException(
                "PGHOST is set but " + setting.variable() + " is not: set it (" + why + ")."));
    }

    /**
     * Migrations need a session of their own. On a Neon pooler the compute's own host is known; elsewhere the primary
     * is all there is, and a pooled one stays marked as pooled so that migrations can refuse it.
     */
    private static Endpoint derivedDirect(EndpointResolver resolver, Source primarySource, Endpoint primary) {
        if (!NeonHost.isPooler(primary.host())) {
            return primary;
        }
        ConnectionUrl directUrl = primarySource.url().withHost(NeonHost.directHost(primary.host()));
        return resolver.resolve(primarySource.name(), directUrl, EndpointResolver.Role.DIRECT);
    }
}
