package dev.neonkit.runtime.config;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.postgresql.PGProperty;

/**
 * Turns connection parameters as people write them (libpq names from a {@code postgresql://} URL or the PG*
 * variables, or pgjdbc names from a {@code jdbc:postgresql://} URL) into pgjdbc properties.
 *
 * <p>pgjdbc silently ignores names it does not know, so a libpq spelling such as {@code channel_binding} would
 * quietly switch a protection off. Hence every name is either translated, kept because pgjdbc knows it, or refused
 * with an explanation; nothing passes unchecked.
 */
final class DriverParameters {
    /** libpq names whose pgjdbc property has another name. */
    private static final Map<String, String> RENAMED = Map.of(
            "channel_binding", "channelBinding",
            "connect_timeout", "connectTimeout",
            "application_name", "ApplicationName",
            "sslnegotiation", "sslNegotiation",
            "target_session_attrs", "targetServerType",
            "gssencmode", "gssEncMode",
            "krbsrvname", "kerberosServerName",
            "keepalives", "tcpKeepAlive");

    /** Where to connect belongs in the URL's authority and path, where neonkit applies its Neon rules. */
    private static final Set<String> LOCATION = Set.of("host", "hostaddr", "port", "dbname", "PGHOST", "PGPORT",
            "PGDBNAME");

    /** libpq parameters pgjdbc has no equivalent for. */
    private static final Set<String> LIBPQ_ONLY = Set.of("passfile", "service", "require_auth", "sslcompression",
            "sslcrl", "sslcrldir", "sslsni", "sslcertmode", "requirepeer", "ssl_min_protocol_version",
            "ssl_max_protocol_version", "min_protocol_version", "max_protocol_version", "keepalives_idle",
            "keepalives_interval", "keepalives_count", "tcp_user_timeout", "load_balance_hosts",
            "fallback_application_name", "client_encoding", "gsslib", "gssdelegation", "sslkeylogfile");

    /** libpq target_session_attrs values and the pgjdbc targetServerType that checks the same thing. */
    private static final Map<String, String> TARGET_SERVER_TYPES = Map.of(
            "any", "any",
            "read-write", "primary",
            "primary", "primary",
            "read-only", "secondary",
            "standby", "secondary",
            "prefer-standby", "preferSecondary");

    private static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca",
            "verify-full");

    /** Properties whose values are credentials: never printed, never put in a JDBC URL. */
    static final Set<String> SECRET = Set.of("password", "sslpassword");

    private DriverParameters() {
    }

    /**
     * The pgjdbc properties for {@code given}, in the given order.
     *
     * @param source names where the parameters came from, for error messages
     * @param given  parameters other than user and password, by libpq or pgjdbc name
     */
    static Map<String, String> translate(String source, Map<String, String> given) {
        Map<String, String> properties = new LinkedHashMap<>();
        Map<String, String> spelledAs = new LinkedHashMap<>();
        for (Map.Entry<String, String> parameter : given.entrySet()) {
            String name = parameter.getKey();
            String property = propertyName(source, name);
            String value = translateValue(source, name, property, parameter.getValue());
            String earlier = spelledAs.putIfAbsent(property, name);
            if (earlier != null) {
                throw new ConfigException(source + ": " + earlier + " and " + name
                        + " both set the pgjdbc property " + property + "; keep one of them.");
            }
            properties.put(property, value);
        }
        applyLegacySslFlag(properties);
        return properties;
    }

    private static String propertyName(String source, String name) {
        if (RENAMED.containsKey(name)) {
            return RENAMED.get(name);
        }
        if (LOCATION.contains(name)) {
            throw new ConfigException(source + ": the parameter " + name + " is not supported; put host, port and"
                    + " database in the URL itself (postgresql://user:password@host:port/database).");
        }
        if (LIBPQ_ONLY.contains(name)) {
            throw new ConfigException(source + ": the libpq parameter " + name
                    + " has no pgjdbc equivalent; remove it.");
        }
        if (PGProperty.forName(name) == null) {
            throw new ConfigException(source + ": unknown parameter " + name + "; use a libpq parameter such as"
                    + " sslmode or channel_binding, or a pgjdbc property (names are case-sensitive).");
        }
        return name;
    }

    private static String translateValue(String source, String name, String property, String value) {
        return switch (property) {
            case "sslmode" -> oneOf(source, name, value, SSL_MODES);
            case "channelBinding" -> oneOf(source, name, value, Set.of("disable", "prefer", "require"));
            case "sslNegotiation" -> oneOf(source, name, value, Set.of("postgres", "direct"));
            case "gssEncMode" -> oneOf(source, name, value, Set.of("disable", "allow", "prefer", "require"));
            case "connectTimeout" -> nonNegativeInteger(source, name, value);
            case "targetServerType" -> name.equals("target_session_attrs")
                    ? TARGET_SERVER_TYPES.get(oneOf(source, name, value, TARGET_SERVER_TYPES.keySet()))
                    : value;
            case "tcpKeepAlive" -> name.equals("keepalives")
                    ? oneOf(source, name, value, Set.of("0", "1")).equals("1") ? "true" : "false"
                    : value;
            default -> value;
        };
    }

    /**
     * pgjdbc reads {@code ssl=true} without {@code sslmode} as verify-full; spelling that out keeps one source of
     * truth for the TLS rules and for what {@code config} prints.
     */
    private static void applyLegacySslFlag(Map<String, String> properties) {
        String ssl = properties.get("ssl");
        if (ssl != null && !properties.containsKey("sslmode")) {
            boolean on = ssl.isEmpty() || ssl.equalsIgnoreCase("true");
            properties.put("sslmode", on ? "verify-full" : "prefer");
        }
    }

    private static String oneOf(String source, String name, String value, Set<String> accepted) {
        String normalized = value.toLowerCase(Locale.ROOT);
        if (!accepted.contains(normalized)) {
            throw new ConfigException(source + ": " + name + "=" + value + " is not accepted; use one of "
                    + String.join(", ", accepted.stream().sorted().toList()) + ".");
        }
        return normalized;
    }

    private static String nonNegativeInteger(String source, String name, String value) {
        if (!value.matches("\\d{1,9}")) {
            throw new ConfigException(source + ": " + name + "=" + value
                    + " is not accepted; use a whole number of seconds, such as 10.");
        }
        return String.valueOf(Integer.parseInt(value));
    }
}
