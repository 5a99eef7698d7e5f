package dev.neonkit.testing;

import dev.neonkit.runtime.config.ConfigException;
import dev.neonkit.runtime.config.ConnectionUrl;
import dev.neonkit.testsupport.ServerEndpoint;
import dev.neonkit.testsupport.ServerUrlParser;

/**
 * Reads {@code NEONKIT_TEST_DATABASE_URL} with neonkit-runtime's own parser, so a test URL means exactly what the
 * same text in {@code DATABASE_URL} means: libpq parameter names translated to pgjdbc's, unknown parameters refused,
 * a URL without a database refused. Registered for {@link java.util.ServiceLoader} in {@code META-INF/services}.
 */
public final class RuntimeServerUrlParser implements ServerUrlParser {

    @Override
    public ServerEndpoint parse(String url) {
        ConnectionUrl parsed;
        try {
            parsed = ConnectionUrl.parse(url);
        } catch (ConfigException e) {
            // The runtime's messages never repeat the password.
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return new ServerEndpoint(parsed.host(), parsed.port(), parsed.database(), parsed.user(),
                parsed.password().reveal(), parsed.properties());
    }
}
