package dev.neonkit.cli;

import dev.neonkit.runtime.config.Endpoint;
import dev.neonkit.runtime.config.EnvironmentConfig;
import dev.neonkit.runtime.config.NeonConfig;
import dev.neonkit.runtime.config.PoolSettings;
import dev.neonkit.runtime.config.Setting;
import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code config}: prints the effective configuration as {@code key=value} lines in a fixed order, with every
 * password shown as {@code ****}. Nothing is connected to.
 */
public final class ConfigCommand implements CliCommand {

    @Override
    public String name() {
        return "config";
    }

    @Override
    public String summary() {
        return "print the effective configuration (passwords redacted)";
    }

    @Override
    public String help() {
        StringBuilder help = new StringBuilder()
                .append("Usage: config\n\n")
                .append("Prints the configuration neonkit derives from the environment as key=value lines:\n")
                .append("the JDBC URLs of the primary, direct and read endpoints, the primary's connection\n")
                .append("details, and the pool and retry settings. Passwords print as ****.\n")
                .append("Exit status 2 and one line on standard error when the configuration is invalid.\n\n")
                .append("Environment variables:\n");
        for (Setting setting : Setting.values()) {
            help.append("  ").append(setting.variable());
            setting.defaultValue().ifPresent(value -> help.append(" (default ").append(value).append(')'));
            setting.serverlessDefault().ifPresent(value -> help.append(" (serverless ").append(value).append(')'));
            help.append("\n      ").append(setting.description())
                    .append("\n      Accepts ").append(setting.accepted()).append(".\n");
        }
        return help.toString();
    }

    @Override
    public int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        if (!args.isEmpty()) {
            err.println("neonkit config: unexpected argument '" + args.get(0) + "'; config takes none.");
            return USAGE;
        }
        NeonConfig config = EnvironmentConfig.fromEnvironment(env);
        lines(config).forEach((key, value) -> out.println(key + "=" + value));
        return OK;
    }

    /** The printed configuration, in output order. */
    static Map<String, String> lines(NeonConfig config) {
        Endpoint primary = config.primary();
        PoolSettings pool = config.pool();
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("jdbcUrl", primary.jdbcUrl());
        lines.put("directJdbcUrl", config.direct().jdbcUrl());
        lines.put("readJdbcUrl", config.read().jdbcUrl());
        lines.put("host", primary.host());
        lines.put("port", String.valueOf(primary.port()));
        lines.put("database", primary.database());
        lines.put("user", primary.user());
        lines.put("password", primary.password().redacted());
        lines.put("sslmode", primary.sslMode());
        lines.put("channelBinding", primary.channelBinding());
        lines.put("pooled", String.valueOf(primary.pooled()));
        lines.put("neon", String.valueOf(primary.neon()));
        lines.put("directPooled", String.valueOf(config.direct().pooled()));
        lines.put("readReplica", String.valueOf(config.readReplica().isPresent()));
        lines.put("serverless", String.valueOf(config.serverless()));
        lines.put("maximumPoolSize", String.valueOf(pool.maximumPoolSize()));
        lines.put("minimumIdle", String.valueOf(pool.minimumIdle()));
        lines.put("connectionTimeoutMs", millis(pool.connectionTimeout()));
        lines.put("idleTimeoutMs", millis(pool.idleTimeout()));
        lines.put("maxLifetimeMs", millis(pool.maxLifetime()));
        lines.put("keepaliveTimeMs", millis(pool.keepaliveTime()));
        lines.put("validationTimeoutMs", millis(pool.validationTimeout()));
        lines.put("retryMaxAttempts", String.valueOf(config.retry().maxAttempts()));
        lines.put("retryInitialBackoffMs", millis(config.retry().initialBackoff()));
        lines.put("retryMaxBackoffMs", millis(config.retry().maxBackoff()));
        return lines;
    }

    private static String millis(Duration duration) {
        return String.valueOf(duration.toMillis());
    }
}
