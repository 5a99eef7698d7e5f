package dev.neonkit.cli;

import dev.neonkit.runtime.config.ConfigException;
import dev.neonkit.runtime.config.Endpoint;
import dev.neonkit.runtime.config.EnvironmentConfig;
import dev.neonkit.runtime.config.NeonConfig;
import dev.neonkit.runtime.doctor.ConnectionDiagnosis;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * {@code doctor}: connects to the configured database step by step (config, DNS, TCP, TLS, authentication,
 * server version, round-trip latency, pooled or direct) and says what to do about the first step that fails.
 * Exit status 0 only when a query succeeded.
 */
public final class DoctorCommand implements CliCommand {

    public DoctorCommand() {
    }

    @Override
    public String name() {
        return "doctor";
    }

    @Override
    public String summary() {
        return "Connect step by step (DNS, TCP, TLS, auth, query) and explain what fails";
    }

    @Override
    public String help() {
        return """
                Usage: doctor [--endpoint primary|read|direct]

                Reads the configuration from the environment (DATABASE_URL and friends, as `config` shows it)
                and connects to one endpoint (default: primary), reporting each step on one line:

                  config    the URL parsed into host, port, database, user and driver properties
                  dns       the host name resolved, with its addresses
                  tcp       a TCP connection to host:port within connectTimeout (default 10 s)
                  tls       whether the server accepts TLS (PostgreSQL SSLRequest); with sslmode=require or
                            verify-* the real handshake and certificate check happen during auth
                  auth      a real pgjdbc connection with the endpoint's driver properties; a sleeping Neon
                            compute is woken with the cold-start retry
                  server    the server version
                  latency   the median of 5 `SELECT 1` round trips
                  endpoint  pooled (transaction-mode pooler) or direct, and what that allows

                A failed step prints `advice:` with what to do. The password is never printed.

                Exit status: 0 when a query succeeded, 1 when a step failed, 2 for a bad argument or configuration.
                """;
    }

    @Override
    public int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        String which = "primary";
        if (args.size() == 2 && args.get(0).equals("--endpoint")) {
            which = args.get(1);
        } else if (!args.isEmpty()) {
            err.println("doctor: unexpected arguments " + args + "; usage: doctor [--endpoint primary|read|direct]");
            return USAGE;
        }
        NeonConfig config;
        try {
            config = EnvironmentConfig.fromEnvironment(env);
        } catch (ConfigException badConfig) {
            out.println("[FAIL] config  " + badConfig.getMessage());
            out.println("advice: fix the variable named above; `config` prints the configuration as parsed.");
            return USAGE;
        }
        Endpoint endpoint;
        switch (which) {
            case "primary" -> endpoint = config.primary();
            case "read" -> endpoint = config.read();
            case "direct" -> endpoint = config.direct();
            default -> {
                err.println("doctor: --endpoint must be primary, read or direct, got '" + which + "'");
                return USAGE;
            }
        }
        boolean querySucceeded = ConnectionDiagnosis.run(endpoint, config.retry(), step -> print(step, out));
        return querySucceeded ? OK : FAILED;
    }

    private static void print(ConnectionDiagnosis.Step step, PrintStream out) {
        String mark = switch (step.outcome()) {
            case OK -> "[ok]";
            case RETRY -> "[retry]";
            case FAIL -> "[FAIL]";
        };
        out.println(mark + " " + step.name() + "  " + step.detail());
        step.advice().ifPresent(advice -> out.println("advice: " + advice));
    }
}
