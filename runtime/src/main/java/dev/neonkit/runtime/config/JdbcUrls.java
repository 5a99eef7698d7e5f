package dev.neonkit.runtime.config;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/** Renders pgjdbc URLs; the one place that knows their syntax. */
final class JdbcUrls {
    private JdbcUrls() {
    }

    static String render(Endpoint endpoint) {
        StringBuilder url = new StringBuilder("jdbc:postgresql://")
                .append(hostAndPort(endpoint.host(), endpoint.port()))
                .append('/')
                .append(encode(endpoint.database()));
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        for (Map.Entry<String, String> property : endpoint.driverProperties().entrySet()) {
            if (isSecret(property.getKey())) {
                continue;
            }
            query.add(encode(property.getKey()) + "=" + encode(property.getValue()));
        }
        return url.append(query).toString();
    }

    /** Whether a driver property holds a credential, which never goes into a URL or output. */
    static boolean isSecret(String property) {
        return DriverParameters.SECRET.contains(property);
    }

    static String hostAndPort(String host, int port) {
        String shownHost = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return shownHost + ":" + port;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
