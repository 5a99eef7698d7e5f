package dev.neonkit.testsupport;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Writes the two URL dialects tests hand to code under test: pgjdbc URLs ({@code jdbc:postgresql://host:port/db?...},
 * which carry no credentials) and libpq URIs ({@code postgresql://user:pw@host:port/db?...}, what
 * {@code DATABASE_URL} holds). It only writes: reading URLs is neonkit-runtime's job (see {@link RuntimeUrls}).
 * Parameters are written under the names they are given.
 */
final class ServerUrls {

    private ServerUrls() {
    }

    /** {@code jdbc:postgresql://host:port/database?params}, without credentials. */
    static String jdbc(String host, int port, String database, Map<String, String> parameters) {
        return "jdbc:postgresql://" + hostForUrl(host) + ":" + port + "/" + encode(database) + queryString(parameters);
    }

    /** {@code postgresql://user[:password]@host:port/database?params}, every part percent-encoded. */
    static String libpq(String user, String password, String host, int port, String database,
                        Map<String, String> parameters) {
        String credentials = encode(user) + (password.isEmpty() ? "" : ":" + encode(password));
        return "postgresql://" + credentials + "@" + hostForUrl(host) + ":" + port + "/" + encode(database)
                + queryString(parameters);
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

    private static String encode(String text) {
        // URLEncoder writes a space as '+', which a URI's percent-decoding (libpq's, the runtime's) keeps as '+'.
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
