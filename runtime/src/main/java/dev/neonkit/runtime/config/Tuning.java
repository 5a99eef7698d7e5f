package dev.neonkit.runtime.config;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code NEONKIT_*} variables, parsed and checked against each other: pool and retry settings, and the driver
 * properties every endpoint gets unless its URL sets them.
 *
 * @param pool           pool settings
 * @param retry          cold-start retry
 * @param serverless     whether serverless defaults apply
 * @param pooledOverride {@code NEONKIT_POOLED} when set
 * @param driverDefaults pgjdbc properties added to every endpoint whose URL does not set them, in a stable order
 */
record Tuning(
        PoolSettings pool,
        RetrySettings retry,
        boolean serverless,
        Optional<Boolean> pooledOverride,
        Map<String, String> driverDefaults) {

    static Tuning from(Environment environment) {
        // Decided first: it chooses the defaults of the other settings.
        boolean serverless = flag(environment, Setting.NEONKIT_SERVERLESS)
                .orElse(environment.isSet(Setting.AWS_LAMBDA_FUNCTION_NAME));
        Reader reader = new Reader(environment, serverless);
        return new Tuning(reader.pool(), reader.retry(), serverless, flag(environment, Setting.NEONKIT_POOLED),
                reader.driverDefaults());
    }

    private static Optional<Boolean> flag(Environment environment, Setting setting) {
        return environment.get(setting).map(value -> setting.format().parseBoolean(setting.variable(), value));
    }

    /** Reads each setting from the environment, or from its default for this kind of process. */
    private static final class Reader {
        private final Environment environment;
        private final boolean serverless;

        Reader(Environment environment, boolean serverless) {
            this.environment = environment;
            this.serverless = serverless;
        }

        private PoolSettings pool() {
            int maximumPoolSize = integer(Setting.NEONKIT_POOL_SIZE);
            int serverlessLimit = Integer.parseInt(Setting.NEONKIT_POOL_SIZE.serverlessDefault().orElseThrow());
            if (serverless && maximumPoolSize > serverlessLimit) {
                throw new ConfigException("NEONKIT_POOL_SIZE=" + maximumPoolSize + " is above the serverless limit of "
                        + serverlessLimit + ": every function instance holds its own pool, so connections multiply"
                        + " with instances. Lower it, or set NEONKIT_SERVERLESS=false if this is a long-running"
                        + " process.");
            }
            int minimumIdle = integer(Setting.NEONKIT_MIN_IDLE);
            if (minimumIdle > maximumPoolSize) {
                throw new ConfigException("NEONKIT_MIN_IDLE=" + minimumIdle + " is above the pool size "
                        + maximumPoolSize + " (NEONKIT_POOL_SIZE); lower it or raise the pool size.");
            }
            Duration connectionTimeout = duration(Setting.NEONKIT_CONNECTION_TIMEOUT);
            Duration idleTimeout = duration(Setting.NEONKIT_IDLE_TIMEOUT);
            Duration maxLifetime = duration(Setting.NEONKIT_MAX_LIFETIME);
            Duration keepaliveTime = duration(Setting.NEONKIT_KEEPALIVE);
            Duration validationTimeout = duration(Setting.NEONKIT_VALIDATION_TIMEOUT);
            // HikariCP ignores an idle timeout within a second of the lifetime and a keepalive at or above it,
            // with only a log line; refusing here keeps the configuration what it says.
            if (idleTimeout.plusSeconds(1).compareTo(maxLifetime) > 0) {
                throw new ConfigException(describe(Setting.NEONKIT_IDLE_TIMEOUT, idleTimeout)
                        + " must be more than a second below " + describe(Setting.NEONKIT_MAX_LIFETIME, maxLifetime)
                        + ".");
            }
            if (keepaliveTime.compareTo(maxLifetime) >= 0) {
                throw new ConfigException(describe(Setting.NEONKIT_KEEPALIVE, keepaliveTime) + " must be below "
                        + describe(Setting.NEONKIT_MAX_LIFETIME, maxLifetime) + ".");
            }
            if (validationTimeout.compareTo(connectionTimeout) >= 0) {
                throw new ConfigException(describe(Setting.NEONKIT_VALIDATION_TIMEOUT, validationTimeout)
                        + " must be below " + describe(Setting.NEONKIT_CONNECTION_TIMEOUT, connectionTimeout) + ".");
            }
            return new PoolSettings(maximumPoolSize, minimumIdle, connectionTimeout, idleTimeout, maxLifetime,
                    keepaliveTime, validationTimeout);
        }

        private RetrySettings retry() {
            int attempts = 1 + integer(Setting.NEONKIT_STARTUP_RETRIES);
            Duration initialBackoff = duration(Setting.NEONKIT_RETRY_INITIAL_BACKOFF);
            Duration maxBackoff = duration(Setting.NEONKIT_RETRY_MAX_BACKOFF);
            if (maxBackoff.compareTo(initialBackoff) < 0) {
                throw new ConfigException(describe(Setting.NEONKIT_RETRY_MAX_BACKOFF, maxBackoff)
                        + " must not be below " + describe(Setting.NEONKIT_RETRY_INITIAL_BACKOFF, initialBackoff)
                        + ".");
            }
            return new RetrySettings(attempts, initialBackoff, maxBackoff);
        }

        /** Driver defaults, each with the reason it is not pgjdbc's own default. */
        private Map<String, String> driverDefaults() {
            Map<String, String> defaults = new LinkedHashMap<>();
            // A cold start takes up to a few seconds; pgjdbc's own default (10 s) is kept explicit and tunable.
            defaults.put("connectTimeout", seconds(Setting.NEONKIT_CONNECT_TIMEOUT));
            // pgjdbc waits forever by default: a connection that Neon dropped (suspend, restart) would hang its
            // thread until the operating system's TCP timeout.
            defaults.put("socketTimeout", seconds(Setting.NEONKIT_SOCKET_TIMEOUT));
            // Lets the operating system notice a dead peer on an idle connection.
            defaults.put("tcpKeepAlive", "true");
            // Names the application in pg_stat_activity and Neon's monitoring.
            defaults.put("ApplicationName", text(Setting.NEONKIT_APPLICATION_NAME));
            // Only when asked for: Neon's pooler supports prepared statements, an old PgBouncer needs 0.
            environment.get(Setting.NEONKIT_PREPARE_THRESHOLD).ifPresent(value -> defaults.put("prepareThreshold",
                    String.valueOf(Setting.NEONKIT_PREPARE_THRESHOLD.format()
                            .parseInt(Setting.NEONKIT_PREPARE_THRESHOLD.variable(), value))));
            return defaults;
        }

        private String raw(Setting setting) {
            return environment.get(setting)
                    .or(() -> serverless ? setting.serverlessDefault() : Optional.empty())
                    .or(setting::defaultValue)
                    .orElseThrow(() -> new IllegalStateException(setting + " has no default"));
        }

        private int integer(Setting setting) {
            return setting.format().parseInt(setting.variable(), raw(setting));
        }

        private Duration duration(Setting setting) {
            return setting.format().parseDuration(setting.variable(), raw(setting));
        }

        private String seconds(Setting setting) {
            return String.valueOf(duration(setting).toSeconds());
        }

        private String text(Setting setting) {
            return raw(setting);
        }

        private static String describe(Setting setting, Duration value) {
            return setting.variable() + "=" + ValueFormat.format(value);
        }
    }
}
