package dev.neonkit.runtime;

import dev.neonkit.runtime.config.ConfigException;
import dev.neonkit.runtime.config.ConnectionUrl;
import dev.neonkit.testsupport.ServerEndpoint;
import dev.neonkit.testsupport.ServerUrlParser;

/**
 * Reads {@code NEONKIT_TEST_DATABASE_URL} for the runtime's own tests with the runtime's parser, as neonkit-testing's
 * {@code RuntimeServerUrlParser} does for everyone else. The runtime's tests cannot depend on neonkit-testing (it
 * depends on the runtime), hence this second adapter of the same parser; it holds no parsing of its own.
 */
public final class TestServerUrlParser implements ServerUrlParser {

    @Override
    public ServerEndpoint parse(String url) {
        ConnectionUrl parsed;
        try {
            parsed = ConnectionUrl.parse(url);
        } catch (ConfigException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return new ServerEndpoint(parsed.host(), parsed.port(), parsed.database(), parsed.user(),
                parsed.password().reveal(), parsed.properties());
    }
}
