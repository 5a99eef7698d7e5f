package dev.neonkit.processor;

import dev.neonkit.schema.sql.MigrationRenderer;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The processor's {@code -A} options, read and checked once.
 *
 * @param migrationsDirectory {@code neonkit.migrations}: absolute directory holding the migrations, the snapshot and
 *                            SCHEMA.md; empty when not set (then no migration is written)
 * @param checkOnly           {@code neonkit.mode=check}: write nothing and fail when the model differs from the
 *                            accepted history or a draft exists (for CI)
 * @param lintErrors          {@code neonkit.lint=error}: unsafe-migration warnings become errors
 * @param lockTimeout         {@code neonkit.lockTimeout} (default {@code 5s}): the {@code lock_timeout} set at the top
 *                            of each migration, so a DDL statement waiting for a lock fails instead of blocking all
 *                            traffic on the table
 */
public record ProcessorOptions(
        Optional<Path> migrationsDirectory, boolean checkOnly, boolean lintErrors, Duration lockTimeout) {

    static final String MIGRATIONS = "neonkit.migrations";
    static final String MODE = "neonkit.mode";
    static final String LINT = "neonkit.lint";
    static final String LOCK_TIMEOUT = "neonkit.lockTimeout";

    /** The option names, for {@code Processor.getSupportedOptions()}. */
    static final Set<String> NAMES = Set.of(MIGRATIONS, MODE, LINT, LOCK_TIMEOUT);

    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|min)");

    /** The options, or the problems with them (each a complete message). */
    record Parsed(ProcessorOptions options, List<String> problems) {}

    static Parsed parse(Map<String, String> raw) {
        List<String> problems = new ArrayList<>();
        Optional<Path> directory = Optional.empty();
        String migrations = raw.get(MIGRATIONS);
        if (migrations != null && !migrations.isBlank()) {
            try {
                Path path = Path.of(migrations);
                if (path.isAbsolute()) {
                    directory = Optional.of(path.normalize());
                } else {
                    problems.add("-A" + MIGRATIONS + "=" + migrations + " is a relative path, which depends on the directory "
                            + "the compiler runs in. Use an absolute path, for example -A" + MIGRATIONS
                            + "=${project.basedir}/migrations in Maven.");
                }
            } catch (InvalidPathException e) {
                problems.add("-A" + MIGRATIONS + "=" + migrations + " is not a valid path: " + e.getMessage());
            }
        }
        String mode = raw.getOrDefault(MODE, "write");
        if (!mode.equals("write") && !mode.equals("check")) {
            problems.add("-A" + MODE + "=" + mode + " is not a mode; use write (the default) or check.");
        }
        String lint = raw.getOrDefault(LINT, "warn");
        if (!lint.equals("warn") && !lint.equals("error")) {
            problems.add("-A" + LINT + "=" + lint + " is not a lint level; use warn (the default) or error.");
        }
        Duration lockTimeout = MigrationRenderer.DEFAULT_LOCK_TIMEOUT;
        String timeout = raw.get(LOCK_TIMEOUT);
        if (timeout != null) {
            Matcher matcher = DURATION.matcher(timeout.strip());
            if (matcher.matches() && Long.parseLong(matcher.group(1)) > 0) {
                long amount = Long.parseLong(matcher.group(1));
                lockTimeout = switch (matcher.group(2)) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    default -> Duration.ofMinutes(amount);
                };
            } else {
                problems.add("-A" + LOCK_TIMEOUT + "=" + timeout
                        + " is not a positive duration; write it like 5s, 500ms or 1min.");
            }
        }
        return new Parsed(
                new ProcessorOptions(directory, mode.equals("check"), lint.equals("error"), lockTimeout), problems);
    }
}
