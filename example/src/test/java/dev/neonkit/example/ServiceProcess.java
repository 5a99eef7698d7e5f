package dev.neonkit.example;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code java -jar neonkit-example.jar} as a child process, with its output collected line by line. */
final class ServiceProcess implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("Serving http://localhost:(\\d+) ");
    private static final long START_TIMEOUT_MS = 120_000;

    private final Process process;
    private final Path outputFile;
    private final int port;

    private ServiceProcess(Process process, Path outputFile) throws InterruptedException {
        this.process = process;
        this.outputFile = outputFile;
        this.port = awaitServing();
    }

    /**
     * Starts the jar with exactly {@code environment} (plus the JVM's PATH), {@code PORT=0} so it picks a free
     * port, and waits until it says where it serves.
     */
    static ServiceProcess start(Map<String, String> environment) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("neonkit.example.jar", "target/neonkit-example.jar"));
        if (!Files.isRegularFile(jar)) {
            fail("No " + jar.toAbsolutePath() + ": run through `mvn verify`, which packages the jar first.");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // A file, not a pipe: it keeps every line, also those written while the process exits.
        Path outputFile = Files.createTempFile("neonkit-example-", ".out");
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(outputFile.toFile());
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        builder.environment().putAll(environment);
        builder.environment().put("PORT", "0");
        return new ServiceProcess(builder.start(), outputFile);
    }

    private List<String> lines() {
        try {
            return Files.readAllLines(outputFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the service's output in " + outputFile, e);
        }
    }

    private int awaitServing() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(START_TIMEOUT_MS);
        while (System.nanoTime() < deadline) {
            for (String line : lines()) {
                Matcher serving = SERVING.matcher(line);
                if (serving.find()) {
                    return Integer.parseInt(serving.group(1));
                }
            }
            if (!process.isAlive()) {
                fail("The service exited with " + process.exitValue() + " before serving:\n" + output());
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        fail("The service did not start serving within " + START_TIMEOUT_MS + " ms:\n" + output());
        return -1;
    }

    /** The base URL, {@code http://localhost:<port>}. */
    String baseUrl() {
        return "http://localhost:" + port;
    }

    int port() {
        return port;
    }

    /** Everything printed so far. */
    String output() {
        return String.join("\n", lines());
    }

    /** The first output line containing {@code marker}, or fails. */
    String line(String marker) {
        return lines().stream().filter(line -> line.contains(marker)).findFirst()
                .orElseThrow(() -> new AssertionError("No line with '" + marker + "' in:\n" + output()));
    }

    /** Sends SIGTERM ({@link Process#destroy()} does on Unix) and waits for the exit code. */
    int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("The service did not stop within 60 s of SIGTERM:\n" + output());
        }
        return process.exitValue();
    }

    /** Kills the process if it still runs, and deletes the output file. */
    @Override
    public void close() throws IOException {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
        Files.deleteIfExists(outputFile);
    }
}
