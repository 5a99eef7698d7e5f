package dev.neonkit.testing;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Reads and writes the two URL dialects tests meet: libpq URIs ({@code postgresql://user:pw@host:port/db?...},
 * what Neon hands out and what {@code DATABASE_URL} holds) and pgjdbc URLs ({@code jdbc:postgresql://host:port/db?...},
 * which cannot carry credentials before the host).
 *
 * <p>Parameters are kept in libpq spelling; {@link #jdbc} renames the few whose pgjdbc name differs.
 */
final class ConnectionUrls {

    /** libpq parameter name to pgjdbc property name, where they differ. */
    private static final Map<String, String> PGJDBC_NAMES = Map.of(
            "channel_binding", "channelBinding",
            "connect_timeout", "connectTimeout",
            "application_name", "ApplicationName",
            "sslnegotiation", "sslNegotiation");

    private ConnectionUrls() {
    }

    /**
     * Parses a libpq URI or a pgjdbc URL into an endpoint. Credentials may sit in the user-info part (libpq) or in
     * {@code user}/{@code password} query parameters (both dialects).
     *
     * @param url    the URL; its password never appears in an exception message
     * @param origin where the URL came from, named in error messages (for example an environment variable)
     */
    static ServerEndpoint parse(String url, String origin) {
        String rest = stripScheme(url.strip(), origin);
        String userInfo = "";
        int query = indexOrLength(rest, '?');
        int slash = indexOrLength(rest.substring(0, query), '/');
        String authority = rest.substring(0, slash);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            userInfo = authority.substring(0, at);
            authority = authority.substring(at + 1);
        }
        String database = slash < query ? decode(rest.substring(slash + 1, query), origin, "the database name") : "";
        Map<String, String> parameters = query < rest.length()
                ? parseQuery(rest.substring(query + 1), origin) : new LinkedHashMap<>();

        String user = parameters.remove("user");
        String password = parameters.remove("password");
        if (!userInfo.isEmpty()) {
            int colon = userInfo.indexOf(':');
            user = decode(colon >= 0 ? userInfo.substring(0, colon) : userInfo, origin, "the user name");
            if (colon >= 0) {
                password = decode(userInfo.substring(colon + 1), origin, "the password");
            }
        }
        if (user == null || user.isEmpty()) {
            throw new IllegalArgumentException(origin + " names no user: write it as postgresql://USER:PASSWORD@HOST/DATABASE");
        }
        HostAndPort hostAndPort = HostAndPort.parse(authority, origin);
        return new ServerEndpoint(hostAndPort.host(), hostAndPort.port(), database.isEmpty() ? user : database,
                user, password == null ? "" : password, toLibpqNames(parameters));
    }

    /** {@code jdbc:postgresql://host:port/database?params} with pgjdbc parameter names and no credentials. */
    static String jdbc(String host, int port, String database, Map<String, String> libpqParameters) {
        Map<String, String> pgjdbc = new LinkedHashMap<>();
        libpqParameters.forEach((name, value) -> pgjdbc.put(PGJDBC_NAMES.getOrDefault(name, name), value));
        return "jdbc:postgresql://" + hostForUrl(host) + ":" + port + "/" + encode(database) + queryString(pgjdbc);
    }

    /** {@code postgresql://user[:password]@host:port/database?params}, every part percent-encoded. */
    static String libpq(String user, String password, String host, int port, String database,
                        Map<String, String> libpqParameters) {
        String credentials = encode(user) + (password.isEmpty() ? "" : ":" + encode(password));
        return "postgresql://" + credentials + "@" + hostForUrl(host) + ":" + port + "/" + encode(database)
                + queryString(libpqParameters);
    }

    private static String stripScheme(String url, String origin) {
        for (String scheme : new String[] {"jdbc:postgresql://", "postgresql://", "postgres://"}) {
            if (url.regionMatches(true, 0, scheme, 0, scheme.length())) {
                return url.substring(scheme.length());
            }
        }
        throw new IllegalArgumentException(origin + " must start with postgresql://, postgres:// or jdbc:postgresql://"
                + " (for example postgresql://USER:PASSWORD@HOST/DATABASE?sslmode=require)");
    }

    private static Map<String, String> toLibpqNames(Map<String, String> parameters) {
        Map<String, String> libpq = new LinkedHashMap<>();
        parameters.forEach((name, value) -> libpq.put(libpqName(name), value));
        return libpq;
    }

    private static String libpqName(String name) {
        return PGJDBC_NAMES.entrySet().stream()
                .filter(entry -> entry.getValue().equals(name))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(name);
    }

    private static Map<String, String> parseQuery(String query, String origin) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                // Not echoed: a stray fragment of a badly encoded URL could be part of the password.
                throw new IllegalArgumentException(origin + " has a query parameter that is not name=value");
            }
            String name = decode(pair.substring(0, equals), origin, "a parameter name");
            parameters.put(name, decode(pair.substring(equals + 1), origin, "the value of " + name));
        }
        return parameters;
    }

    private static String queryString(Map<String, String> parameters) {
        if (parameters.isEmpty()) {
            return "";
        }
        StringJoiner joined = new StringJoiner("&", "?", "");
        parameters.forEach((name, value) -> joined.add(encode(name) + "=" + encode(value)));
        return joined.toString();
    }

    private static String hostForUrl(String host) {
        return host.indexOf(':') >= 0 ? "[" + host + "]" : host;
    }

    private static int indexOrLength(String text, char c) {
        int index = text.indexOf(c);
        return index >= 0 ? index : text.length();
    }

    private static String decode(String text, String origin, String what) {
        try {
            // URLDecoder turns '+' into a space, which percent-encoding in URIs does not.
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            // URLDecoder's message quotes the characters after the bad '%': in a password, those are password
            // characters. So neither its message nor the exception itself goes along.
            throw new IllegalArgumentException(origin + " has a malformed percent-escape in " + what
                    + "; write '%' as %25 and encode other special characters as %XX");
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private record HostAndPort(String host, int port) {

        static HostAndPort parse(String authority, String origin) {
            if (authority.indexOf(',') >= 0) {
                throw new IllegalArgumentException(origin + " lists several hosts; give exactly one");
            }
            String host;
            String port = "";
            if (authority.startsWith("[")) {
                int close = authority.indexOf(']');
                if (close < 0) {
                    throw new IllegalArgumentException(origin + " has an IPv6 host without its closing ']'");
                }
                host = authority.substring(1, close);
                if (authority.length() > close + 1 && authority.charAt(close + 1) == ':') {
                    port = authority.substring(close + 2);
                }
            } else {
                int colon = authority.lastIndexOf(':');
                host = colon >= 0 ? authority.substring(0, colon) : authority;
                port = colon >= 0 ? authority.substring(colon + 1) : "";
            }
            if (host.isEmpty()) {
                throw new IllegalArgumentException(origin + " names no host: write it as postgresql://USER:PASSWORD@HOST/DATABASE");
            }
            return new HostAndPort(decode(host, origin, "the host"),
                    port.isEmpty() ? 5432 : parsePort(port, origin));
        }

        private static int parsePort(String port, String origin) {
            int number;
            try {
                number = Integer.parseInt(port);
            } catch (NumberFormatException e) {
                // The text is not echoed: in a URL without '@' it could be a password.
                throw new IllegalArgumentException(origin + " has a port that is not a number"
                        + " (is '@' missing between the credentials and the host?)");
            }
            if (number < 1 || number > 65_535) {
                throw new IllegalArgumentException(origin + " has an invalid port: use a number from 1 to 65535");
            }
            return number;
        }
    }
}
