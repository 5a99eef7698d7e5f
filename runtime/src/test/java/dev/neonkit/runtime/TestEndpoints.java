package dev.neonkit.runtime;

import dev.neonkit.runtime.config.Endpoint;
import dev.neonkit.runtime.config.EndpointKind;
import dev.neonkit.runtime.config.NeonConfig;
import dev.neonkit.runtime.config.PoolSettings;
import dev.neonkit.runtime.config.RetrySettings;
import dev.neonkit.runtime.config.Secret;
import dev.neonkit.testsupport.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Endpoints and configurations for tests, built from a {@link TestDatabase} with explicit settings. */
final class TestEndpoints {
    /** Small and quick: a borrow gives up after 2 s, the retry spans about 5 s. */
    static final PoolSettings POOL = new PoolSettings(3, 0, Duration.ofSeconds(2), Duration.ofSeconds(10),
            Duration.ofMinutes(30), Duration.ZERO, Duration.ofSeconds(1));
    static final RetrySettings RETRY = new RetrySettings(8, Duration.ofMillis(200), Duration.ofMillis(1000));

    private TestEndpoints() {
    }

    /** The test database as a direct endpoint, with the server's own driver properties. */
    static Endpoint endpoint(TestDatabase db) {
        return endpoint(db, db.host(), db.port(), Map.of());
    }

    /** The test database reached through {@code host:port} (a proxy), with extra driver properties. */
    static Endpoint endpoint(TestDatabase db, String host, int port, Map<String, String> extraProperties) {
        Map<String, String> properties = new LinkedHashMap<>(queryOf(db.jdbcUrl()));
        properties.putIfAbsent("connectTimeout", "5");
        properties.putAll(extraProperties);
        return new Endpoint(host, port, db.name(), db.user(), Secret.of(db.password()), EndpointKind.DIRECT, false,
                properties);
    }

    static NeonConfig config(Endpoint primary) {
        return new NeonConfig(primary, Optional.empty(), primary, POOL, RETRY, false);
    }

    static NeonConfig config(Endpoint primary, Optional<Endpoint> replica, PoolSettings pool) {
        return new NeonConfig(primary, replica, primary, pool, RETRY, false);
    }

    static NeonConfig config(Endpoint primary, PoolSettings pool, RetrySettings retry) {
        return new NeonConfig(primary, Optional.empty(), primary, pool, retry, false);
    }

    /** A local port nothing listens on. */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> queryOf(String jdbcUrl) {
        Map<String, String> properties = new LinkedHashMap<>();
        int question = jdbcUrl.indexOf('?');
        if (question < 0) {
            return properties;
        }
        for (String pair : jdbcUrl.substring(question + 1).split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                properties.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return properties;
    }
}
