package dev.neonkit.runtime.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Turns a {@link ConnectionUrl} into an {@link Endpoint}: decides pooled or direct, enforces TLS to Neon, refuses
 * startup parameters a transaction-mode pooler rejects, and adds the driver defaults the URL does not override.
 */
final class EndpointResolver {
    /** How an endpoint will be used, which decides whether {@code NEONKIT_POOLED} applies to it. */
    enum Role { PRIMARY, READ_REPLICA, DIRECT }

    /** Without TLS, or with a silent fallback to plain text; Neon accepts neither. */
    private static final Set<String> PLAINTEXT_SSL_MODES = Set.of("disable", "allow", "prefer");

    /** Modes that check the server certificate against a root certificate. */
    private static final Set<String> VERIFYING_SSL_MODES = Set.of("verify-ca", "verify-full");

    /** pgjdbc properties sent as startup parameters that PgBouncer refuses, with the parameter's name. */
    private static final Map<String, String> SESSION_STARTUP_PARAMETERS = Map.of(
            "currentSchema", "search_path",
            "options", "options",
            "replication", "replication");

    private static final String POOLER_STARTUP_PARAMETERS =
            "client_encoding, datestyle, timezone, standard_conforming_strings and application_name";

    private final Tuning tuning;

    EndpointResolver(Tuning tuning) {
        this.tuning = tuning;
    }

    Endpoint resolve(String source, ConnectionUrl url, Role role) {
        boolean neon = NeonHost.isNeon(url.host());
        EndpointKind kind = kind(source, url.host(), neon, role);
        Map<String, String> properties = new LinkedHashMap<>(url.properties());
        if (neon) {
            requireTls(source, url.host(), properties);
        }
        if (kind == EndpointKind.POOLED) {
            refuseSessionStartupParameters(source, url.host(), properties);
        }
        tuning.driverDefaults().forEach(properties::putIfAbsent);
        return new Endpoint(url.host(), url.port(), url.database(), url.user(), url.password(), kind, neon,
                properties);
    }

    private EndpointKind kind(String source, String host, boolean neon, Role role) {
        if (!neon) {
            boolean pooled = role != Role.DIRECT && tuning.pooledOverride().orElse(false);
            return pooled ? EndpointKind.POOLED : EndpointKind.DIRECT;
        }
        boolean pooler = NeonHost.isPooler(host);
        if (role == Role.DIRECT && pooler) {
            throw new ConfigException(source + " points at Neon's pooler " + host + ", but it is the direct endpoint"
                    + " for migrations and session work; use the host without -pooler.");
        }
        if (role != Role.DIRECT && tuning.pooledOverride().isPresent() && tuning.pooledOverride().get() != pooler) {
            throw new ConfigException("NEONKIT_POOLED=" + tuning.pooledOverride().get() + " contradicts " + source
                    + ": on Neon the host decides (" + host + " is " + (pooler ? "pooled" : "direct")
                    + "); remove NEONKIT_POOLED, which is for your own PgBouncer.");
        }
        return pooler ? EndpointKind.POOLED : EndpointKind.DIRECT;
    }

    private static void requireTls(String source, String host, Map<String, String> properties) {
        String sslMode = properties.get("sslmode");
        if (sslMode == null) {
            // Neon refuses connections without TLS; pgjdbc's default (prefer) would also allow a downgrade.
            properties.put("sslmode", "require");
            return;
        }
        if (PLAINTEXT_SSL_MODES.contains(sslMode)) {
            String why = sslMode.equals("disable")
                    ? "Neon accepts only TLS connections"
                    : "Neon accepts only TLS connections, and " + sslMode + " would fall back to plain text if"
                            + " TLS failed";
            throw new ConfigException(source + ": sslmode=" + sslMode + " is refused for the Neon host " + host
                    + ": " + why + "; use sslmode=require or verify-full.");
        }
        if (VERIFYING_SSL_MODES.contains(sslMode) && !properties.containsKey("sslrootcert")
                && !properties.containsKey("sslfactory")) {
            // pgjdbc would look for ~/.postgresql/root.crt; Neon's certificates chain to a public root that the
            // JVM's own trust store already holds.
            properties.put("sslfactory", "org.postgresql.ssl.DefaultJavaSSLFactory");
        }
    }

    private static void refuseSessionStartupParameters(String source, String host, Map<String, String> properties) {
        for (Map.Entry<String, String> parameter : SESSION_STARTUP_PARAMETERS.entrySet()) {
            if (properties.containsKey(parameter.getKey())) {
                throw new ConfigException(source + " sets " + parameter.getKey() + ", which pgjdbc sends as the"
                        + " startup parameter " + parameter.getValue() + ", but the pooled endpoint " + host
                        + " accepts only " + POOLER_STARTUP_PARAMETERS + ". Connect through DATABASE_URL_UNPOOLED"
                        + " for it, or set it per transaction (SET LOCAL).");
            }
        }
    }
}
