package dev.neonkit.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neonkit.runtime.config.Setting;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CLI run in-process with chosen arguments and environment. */
class NeonCliTest {
    /** The connection string of the acceptance check; AbC123dEf must never be printed. */
    static final String NEON_URL = "postgresql://alex:AbC123dEf@ep-cool-darkness-123456-pooler.us-east-2.aws.neon.tech"
            + "/neondb?sslmode=require&channel_binding=require";
    static final String PASSWORD = "AbC123dEf";

    /** Exit status, standard output and standard error of one run. */
    record Run(int status, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    static Run run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new NeonCli(NeonCli.builtInCommands()).run(List.of(args), env,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void configPrintsTheNeonEndpointsRedacted() {
        Run run = run(Map.of("DATABASE_URL", NEON_URL), "config");

        assertEquals(0, run.status(), run.err());
        assertAll(
                () -> assertTrue(run.outLines().contains("jdbcUrl=jdbc:postgresql://"
                        + "ep-cool-darkness-123456-pooler.us-east-2.aws.neon.tech:5432/neondb?sslmode=require"
                        + "&channelBinding=require&connectTimeout=10&socketTimeout=60&tcpKeepAlive=true"
                        + "&ApplicationName=neonkit"), run.out()),
                () -> assertTrue(run.outLines().contains("directJdbcUrl=jdbc:postgresql://"
                        + "ep-cool-darkness-123456.us-east-2.aws.neon.tech:5432/neondb?sslmode=require"
                        + "&channelBinding=require&connectTimeout=10&socketTimeout=60&tcpKeepAlive=true"
                        + "&ApplicationName=neonkit"), run.out()),
                () -> assertTrue(run.outLines().contains("channelBinding=require"), run.out()),
                () -> assertTrue(run.outLines().contains("sslmode=require"), run.out()),
                () -> assertTrue(run.outLines().contains("pooled=true"), run.out()),
                () -> assertTrue(run.outLines().contains("user=alex"), run.out()),
                () -> assertTrue(run.outLines().contains("password=****"), run.out()),
                () -> assertTrue(run.outLines().contains("serverless=false"), run.out()),
                () -> assertTrue(run.outLines().contains("maximumPoolSize=10"), run.out()),
                () -> assertFalse(run.out().contains(PASSWORD)),
                () -> assertEquals("", run.err()));
    }

    @Test
    void configPrintsKeysInAStableOrder() {
        List<String> keys = run(Map.of("DATABASE_URL", NEON_URL), "config").outLines().stream()
                .map(line -> line.substring(0, line.indexOf('=')))
                .toList();

        assertEquals(List.of("jdbcUrl", "directJdbcUrl", "readJdbcUrl", "host", "port", "database", "user",
                "password", "sslmode", "channelBinding", "pooled", "neon", "directPooled", "readReplica", "serverless",
                "maximumPoolSize", "minimumIdle", "connectionTimeoutMs", "idleTimeoutMs", "maxLifetimeMs",
                "keepaliveTimeMs", "validationTimeoutMs", "retryMaxAttempts", "retryInitialBackoffMs",
                "retryMaxBackoffMs"), keys);
    }

    @Test
    void configShowsAnUnsetPasswordAsEmpty() {
        Run run = run(Map.of("DATABASE_URL", "postgresql://postgres@127.0.0.1/test"), "config");

        assertEquals(0, run.status(), run.err());
        assertTrue(run.outLines().contains("password="), run.out());
        assertTrue(run.outLines().contains("sslmode=prefer"), run.out());
        assertTrue(run.outLines().contains("pooled=false"), run.out());
    }

    @Test
    void badConfigurationIsOneLineOnStandardErrorWithStatus2() {
        Run run = run(Map.of("DATABASE_URL", NEON_URL.replace("sslmode=require", "sslmode=disable")), "config");

        assertEquals(CliCommand.USAGE, run.status());
        assertEquals("", run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("neonkit config: DATABASE_URL: sslmode=disable is refused"), run.err());
        assertFalse(run.err().contains(PASSWORD));
    }

    @Test
    void missingConfigurationNamesTheVariables() {
        Run run = run(Map.of(), "config");

        assertEquals(CliCommand.USAGE, run.status());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("set DATABASE_URL"), run.err());
    }

    @Test
    void unexpectedArgumentIsAUsageError() {
        Run run = run(Map.of("DATABASE_URL", NEON_URL), "config", "--verbose");

        assertEquals(CliCommand.USAGE, run.status());
        assertEquals(1, run.err().lines().count(), run.err());
        assertEquals("", run.out());
    }

    @Test
    void unknownCommandIsOneLineWithStatus2() {
        Run run = run(Map.of(), "migrate-everything");

        assertEquals(CliCommand.USAGE, run.status());
        assertEquals("neonkit: unknown command 'migrate-everything'; commands: config, doctor, migrate, info,"
                + " validate, verify.", run.err().strip());
        assertEquals(1, run.err().lines().count());
    }

    @Test
    void noCommandIsAUsageError() {
        Run run = run(Map.of());

        assertEquals(CliCommand.USAGE, run.status());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void helpListsTheCommandsInEverySpelling() {
        for (String help : List.of("--help", "-h", "help")) {
            Run run = run(Map.of(), help);
            assertEquals(0, run.status(), help);
            assertTrue(run.out().contains("config "), run.out());
            assertTrue(run.out().contains(new ConfigCommand().summary()), run.out());
        }
    }

    @Test
    void commandHelpDescribesEveryVariable() {
        Run run = run(Map.of(), "config", "--help");

        assertEquals(0, run.status());
        for (Setting setting : Setting.values()) {
            assertTrue(run.out().contains(setting.variable()), setting.variable());
        }
        assertTrue(run.out().contains("NEONKIT_POOL_SIZE (default 10) (serverless 2)"), run.out());
    }

    @Test
    void commandsComeFromTheGivenList() {
        CliCommand echo = new CliCommand() {
            @Override
            public String name() {
                return "echo";
            }

            @Override
            public String summary() {
                return "print the arguments";
            }

            @Override
            public String help() {
                return "Usage: echo [words]\n";
            }

            @Override
            public int run(List<String> args, Map<String, String> env, java.io.PrintStream out,
                    java.io.PrintStream err) {
                out.println(String.join(" ", args));
                return FAILED;
            }
        };
        NeonCli cli = new NeonCli(List.of(echo));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);

        assertEquals(CliCommand.FAILED, cli.run(List.of("echo", "a", "b"), Map.of(), print, print));
        assertEquals(CliCommand.USAGE, cli.run(List.of("config"), Map.of(), print, print));
        assertEquals(List.of("a b", "neonkit: unknown command 'config'; commands: echo."),
                out.toString(StandardCharsets.UTF_8).lines().toList());
    }
}
