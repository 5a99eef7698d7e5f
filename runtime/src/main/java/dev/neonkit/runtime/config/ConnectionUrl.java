package dev.neonkit.runtime.config;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A connection URL taken apart: where to connect, who connects, and the remaining parameters already translated to
 * pgjdbc property names. No Neon rules and no defaults are applied yet; {@link EnvironmentConfig} does that when it
 * turns a {@code ConnectionUrl} into an {@link Endpoint}.
 *
 * <p>Accepted forms: libpq URIs {@code postgresql://} and {@code postgres://}, and {@code jdbc:postgresql://}, all as
 * {@code scheme://[user[:password]@]host[:port]/database[?name=value&...]}. User info and parameters are
 * percent-decoded as UTF-8; an IPv6 host is written in brackets ({@code [::1]}); the port defaults to 5432. User and
 * password may also come as {@code user=} and {@code password=} parameters. Error messages never repeat the parts of
 * the URL that could hold the password.
 *
 * @param host       host name or IP literal (IPv6 without brackets)
 * @param port       TCP port
 * @param database   database name
 * @param user       role name
 * @param password   the password, possibly not set
 * @param properties pgjdbc properties from the URL's parameters, in URL order
 */
public record ConnectionUrl(
        String host,
        int port,
        String database,
        String user,
        Secret password,
        Map<String, String> properties) {

    /** PostgreSQL's port, which libpq and pgjdbc both assume when a URL names none. */
    public static final int DEFAULT_PORT = 5432;

    private static final String FORMS = "postgresql://, postgres:// or jdbc:postgresql://";
    private static final String ENCODING_HINT = "If the password contains @ : / ? # or %, percent-encode them as"
            + " %40 %3A %2F %3F %23 %25.";

    public ConnectionUrl {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (host.isBlank() || database.isEmpty() || user.isEmpty()) {
            throw new IllegalArgumentException("host, database and user must not be empty");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be from 1 to 65535, got " + port);
        }
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        if (properties.containsKey("user") || properties.containsKey("password")) {
            throw new IllegalArgumentException("user and password are components, not properties");
        }
    }

    /**
     * Parses {@code url}.
     *
     * @throws ConfigException when the URL is malformed or lacks host, user or database
     */
    public static ConnectionUrl parse(String url) {
        return parse(url, "the connection URL");
    }

    /** Parses {@code url}; {@code source} (such as {@code DATABASE_URL}) starts every error message. */
    static ConnectionUrl parse(String url, String source) {
        String text = url.strip();
        int schemeEnd = text.indexOf("://");
        String scheme = schemeEnd < 0 ? "" : text.substring(0, schemeEnd);
        if (!scheme.matches("[A-Za-z][A-Za-z0-9+.:-]*")) {
            throw new ConfigException(source + " is not a URL of the form "
                    + "postgresql://user:password@host:port/database; it must start with " + FORMS + ".");
        }
        String normalizedScheme = scheme.toLowerCase(Locale.ROOT);
        if (!normalizedScheme.equals("postgresql") && !normalizedScheme.equals("postgres")
                && !normalizedScheme.equals("jdbc:postgresql")) {
            throw new ConfigException(source + " has the unsupported scheme " + scheme + "; use " + FORMS + ".");
        }
        return new UrlParser(source, text.substring(schemeEnd + 3)).parse();
    }

    /** The same URL with another host; the direct endpoint of a Neon pooler is made this way. */
    ConnectionUrl withHost(String otherHost) {
        return new ConnectionUrl(otherHost, port, database, user, password, properties);
    }

    @Override
    public String toString() {
        return "ConnectionUrl[" + user + "@" + JdbcUrls.hostAndPort(host, port) + "/" + database + "]";
    }

    /** The stages of reading what follows {@code scheme://}: split, decode, then check each part. */
    private static final class UrlParser {
        private final String source;
        private final String rest;

        UrlParser(String source, String rest) {
            this.source = source;
            this.rest = rest;
        }

        ConnectionUrl parse() {
            int authorityEnd = indexOfAny(rest, "/?#", 0);
            String authority = rest.substring(0, authorityEnd);
            String afterAuthority = rest.substring(authorityEnd);
            int queryStart = afterAuthority.indexOf('?');
            String path = queryStart < 0 ? afterAuthority : afterAuthority.substring(0, queryStart);
            String query = queryStart < 0 ? "" : afterAuthority.substring(queryStart + 1);

            int at = authority.lastIndexOf('@');
            if (at < 0 && path.indexOf('@') >= 0) {
                throw fail("has an '@' after the host. " + ENCODING_HINT);
            }
            Map<String, String> parameters = parameters(query);
            String userFromUrl = at < 0 ? null : userInfoPart(authority.substring(0, at), true);
            String passwordFromUrl = at < 0 ? null : userInfoPart(authority.substring(0, at), false);
            String user = exactlyOnce("user", userFromUrl, parameters.remove("user"));
            String password = exactlyOnce("password", passwordFromUrl, parameters.remove("password"));
            if (user == null || user.isEmpty()) {
                throw fail("names no user; write postgresql://user:password@host/database. " + ENCODING_HINT);
            }
            String hostAndPort = authority.substring(at + 1);
            String host = host(hostAndPort);
            int port = port(hostAndPort);
            String database = database(path);
            Map<String, String> properties = DriverParameters.translate(source, parameters);
            return new ConnectionUrl(host, port, database, user, Secret.of(password), properties);
        }

        private String userInfoPart(String userInfo, boolean userPart) {
            int colon = userInfo.indexOf(':');
            if (userPart) {
                return decode(colon < 0 ? userInfo : userInfo.substring(0, colon), "the user name");
            }
            return colon < 0 ? null : decode(userInfo.substring(colon + 1), "the password");
        }

        private String exactlyOnce(String name, String inUserInfo, String asParameter) {
            if (inUserInfo != null && asParameter != null) {
                throw fail("gives the " + name + " twice, before the host and as a parameter; keep one.");
            }
            return inUserInfo != null ? inUserInfo : asParameter;
        }

        private String host(String hostAndPort) {
            String host;
            if (hostAndPort.startsWith("[")) {
                int close = hostAndPort.indexOf(']');
                if (close < 0) {
                    throw fail("has an IPv6 host without its closing ']'.");
                }
                host = hostAndPort.substring(1, close);
                if (!host.matches("[0-9A-Fa-f:.]+") || host.indexOf(':') < 0) {
                    throw fail("has an invalid IPv6 address in brackets.");
                }
                return host;
            }
            if (hostAndPort.indexOf(',') >= 0) {
                throw fail("lists several hosts; neonkit connects to one host per URL"
                        + " (use DATABASE_URL_RO for a read replica).");
            }
            int colon = hostAndPort.indexOf(':');
            if (colon >= 0 && hostAndPort.indexOf(':', colon + 1) >= 0) {
                throw fail("has an IPv6 host without brackets; write it as [::1]. " + ENCODING_HINT);
            }
            host = decode(colon < 0 ? hostAndPort : hostAndPort.substring(0, colon), "the host");
            if (host.isEmpty()) {
                throw fail("names no host; write postgresql://user:password@host/database"
                        + " (Unix-domain sockets are not supported).");
            }
            if (!host.matches("[A-Za-z0-9._-]+")) {
                throw fail("has an invalid host name. " + ENCODING_HINT);
            }
            return host;
        }

        private int port(String hostAndPort) {
            int portStart = hostAndPort.startsWith("[")
                    ? hostAndPort.indexOf(']') + 1
                    : hostAndPort.indexOf(':') < 0 ? hostAndPort.length() : hostAndPort.indexOf(':');
            String afterHost = hostAndPort.substring(portStart);
            if (afterHost.isEmpty() || afterHost.equals(":")) {
                return DEFAULT_PORT;
            }
            String digits = afterHost.startsWith(":") ? afterHost.substring(1) : "";
            int port = digits.matches("\\d{1,5}") ? Integer.parseInt(digits) : 0;
            if (port < 1 || port > 65_535) {
                throw fail("has an invalid port: use a number from 1 to 65535 after the host. " + ENCODING_HINT);
            }
            return port;
        }

        private String database(String path) {
            String encoded = path.startsWith("/") ? path.substring(1) : path;
            if (encoded.indexOf('/') >= 0 || encoded.indexOf('@') >= 0 || encoded.indexOf('#') >= 0) {
                throw fail("must have exactly one database name after the host. " + ENCODING_HINT);
            }
            String database = decode(encoded, "the database name");
            if (database.isEmpty()) {
                throw fail("names no database; add it after the host: postgresql://user:password@host/database"
                        + " (there is no default database).");
            }
            return database;
        }

        private Map<String, String> parameters(String query) {
            Map<String, String> parameters = new LinkedHashMap<>();
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                if (equals <= 0) {
                    throw fail("has a query parameter that is not name=value. " + ENCODING_HINT);
                }
                String name = decode(pair.substring(0, equals), "a parameter name");
                if (!name.matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
                    throw fail("has an invalid parameter name.");
                }
                String valueName = DriverParameters.SECRET.contains(name) ? "the " + name : "the value of " + name;
                String value = decode(pair.substring(equals + 1), valueName);
                if (parameters.put(name, value) != null) {
                    throw fail("sets the parameter " + name + " twice; keep one.");
                }
            }
            return parameters;
        }

        /** Strict RFC 3986 percent-decoding as UTF-8 ({@code +} stays a plus sign, as in libpq). */
        private String decode(String encoded, String what) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (int i = 0; i < encoded.length(); i++) {
                char c = encoded.charAt(i);
                if (c != '%') {
                    bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                    continue;
                }
                if (i + 2 >= encoded.length() || hex(encoded.charAt(i + 1)) < 0 || hex(encoded.charAt(i + 2)) < 0) {
                    throw fail("has a '%' in " + what + " that is not followed by two hex digits;"
                            + " write a literal '%' as %25.");
                }
                bytes.write(hex(encoded.charAt(i + 1)) * 16 + hex(encoded.charAt(i + 2)));
                i += 2;
            }
            try {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes.toByteArray()))
                        .toString();
            } catch (CharacterCodingException e) {
                throw fail("has percent-escapes in " + what + " that are not UTF-8.");
            }
        }

        private ConfigException fail(String problem) {
            return new ConfigException(source + " " + problem);
        }

        private static int hex(char c) {
            return Character.digit(c, 16);
        }

        private static int indexOfAny(String text, String characters, int from) {
            for (int i = from; i < text.length(); i++) {
                if (characters.indexOf(text.charAt(i)) >= 0) {
                    return i;
                }
            }
            return text.length();
        }
    }
}
