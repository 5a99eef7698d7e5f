package dev.neonkit.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The shaded CLI jar as a user runs it: {@code java -jar neonkit-cli.jar config} in a process whose
 * environment holds only what the test gives it.
 */
class CliJarIT {
    private static final String NEON_URL = "postgresql://alex:AbC123dEf@"
            + "ep-cool-darkness-123456-pooler.us-east-2.aws.neon.tech/neondb?sslmode=require&channel_binding=require";
    private static final String PASSWORD = "AbC123dEf";

    record Result(int status, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    @Test
    void configOfTheNeonConsoleStringShowsPooledAndDirectHostsWithoutThePassword() throws Exception {
        Result result = runJar(Map.of("DATABASE_URL", NEON_URL), "config");

        assertEquals(0, result.status(), result.err());
        List<String> lines = result.outLines();
        assertAll(
                () -> assertTrue(lines.stream().anyMatch(line -> line.startsWith("jdbcUrl=jdbc:postgresql://"
                        + "ep-cool-darkness-123456-pooler.us-east-2.aws.neon.tech:5432/neondb?")), result.out()),
                () -> assertTrue(lines.stream().anyMatch(line -> line.startsWith("directJdbcUrl=jdbc:postgresql://"
                        + "ep-cool-darkness-123456.us-east-2.aws.neon.tech:5432/neondb?")), result.out()),
                () -> assertTrue(lines.contains("channelBinding=require"), result.out()),
                () -> assertTrue(lines.contains("pooled=true"), result.out()),
                () -> assertTrue(lines.contains("user=alex"), result.out()),
                () -> assertTrue(lines.contains("password=****"), result.out()),
                () -> assertFalse(result.out().contains(PASSWORD), "password in stdout"),
                () -> assertFalse(result.err().contains(PASSWORD), "password in stderr"));
    }

    @Test
    void badConfigurationExitsWith2AndOneLineOnStandardError() throws Exception {
        Result result = runJar(Map.of("DATABASE_URL", NEON_URL.replace(".tech/", ".tech:99999/")),
                "config");

        assertEquals(2, result.status());
        assertEquals("", result.out());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().contains("invalid port"), result.err());
        assertFalse(result.err().contains(PASSWORD), result.err());
    }

    @Test
    void unknownCommandExitsWith2() throws Exception {
        Result result = runJar(Map.of(), "frobnicate");

        assertEquals(2, result.status());
        assertEquals(1, result.err().lines().count(), result.err());
    }

    private static Result runJar(Map<String, String> env, String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("neonkit.cliJar", "target/neonkit-cli.jar"));
        assertTrue(Files.isRegularFile(jar), "build the CLI jar first (mvn package): " + jar);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("neonkit-cli", ".out");
        Path err = Files.createTempFile("neonkit-cli", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            // Only the given variables: the build's own DATABASE_URL or PG* variables must not leak in.
            builder.environment().clear();
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the CLI did not finish within 60 s");
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
