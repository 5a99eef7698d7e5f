package dev.neonkit.runtime.migrate;

import dev.neonkit.runtime.NeonConnectionException;
import dev.neonkit.runtime.NeonDatabase;
import dev.neonkit.runtime.config.ConfigException;
import dev.neonkit.runtime.config.EnvironmentConfig;
import dev.neonkit.runtime.config.NeonConfig;
import dev.neonkit.runtime.internal.pool.DirectDataSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateOutput;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.output.ValidateOutput;
import org.flywaydb.core.api.output.ValidateResult;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;

/**
 * Runs Flyway against the direct endpoint of a neonkit configuration, with the settings Neon needs.
 *
 * <pre>{@code
 * MigrationResult result = Migrator.fromEnvironment(System.getenv())
 *         .locations("classpath:db/migration")
 *         .migrate();
 * }</pre>
 *
 * <p>Choices made for every run:
 * <ul>
 *   <li>The <b>direct endpoint</b> ({@code DATABASE_URL_UNPOOLED}, else the primary with {@code -pooler}
 *       removed): migrations need a session of their own, which a transaction-mode pooler does not give. A
 *       configuration whose direct endpoint is still pooled is refused.</li>
 *   <li>Flyway's <b>session-level advisory lock</b> ({@code postgresql.transactional.lock=false}). Its default, a
 *       transaction-level lock meant for PgBouncer, is held by an open transaction, and {@code CREATE INDEX
 *       CONCURRENTLY} waits for every open transaction to end: the migration would wait for itself forever.</li>
 *   <li><b>Bounded lock retries</b> ({@link #DEFAULT_LOCK_RETRY_COUNT}): a second migrator waits for the first,
 *       but not forever.</li>
 *   <li>Connections come from the direct endpoint, unpooled ({@link DirectDataSource}, or
 *       {@link NeonDatabase#directDataSource()} for a migrator of a database): a suspended compute is woken with the
 *       cold-start retry, and a connection failure is reported as a classified
 *       {@link NeonConnectionException} (as the cause of a {@link MigrationException}), never with the password.
 *       Flyway's own connect retries are therefore off.</li>
 *   <li>A location that does not exist is an error rather than "no migrations".</li>
 * </ul>
 * A {@code Migrator} is immutable: each setting returns a new one.
 */
public final class Migrator {

    /**
     * How many times Flyway tries again to take its lock while another migrator holds it (Flyway's default is
     * 50). Flyway waits one second between attempts, so this gives up after about 30 s: enough to wait out a
     * concurrent deploy's short migration, small enough to fail a stuck one. Flyway keeps the count in a
     * process-wide setting of the operation that runs; two migrators with different counts in one JVM at the same
     * time may see each other's.
     */
    public static final int DEFAULT_LOCK_RETRY_COUNT = 30;

    /** Where the database comes from for one operation. */
    private interface ConnectionSource {
        <T> T use(Function<DataSource, T> work);
    }

    private final ConnectionSource connections;
    private final List<MigrationLocation> locations;
    private final int lockRetryCount;

    private Migrator(ConnectionSource connections, List<MigrationLocation> locations, int lockRetryCount) {
        this.connections = connections;
        this.locations = List.copyOf(locations);
        this.lockRetryCount = lockRetryCount;
    }

    /**
     * A migrator for {@code config}'s direct endpoint. Each operation opens what it needs and closes it again.
     *
     * @throws ConfigException when the direct endpoint is a transaction-mode pooler
     */
    public static Migrator from(NeonConfig config) {
        Objects.requireNonNull(config, "config");
        requireDirect(config);
        return new Migrator(new ConnectionSource() {
            @Override
            public <T> T use(Function<DataSource, T> work) {
                return work.apply(DirectDataSource.of(config));
            }
        }, List.of(MigrationLocation.DEFAULT), DEFAULT_LOCK_RETRY_COUNT);
    }

    /**
     * A migrator using {@code database}'s direct endpoint; the database stays open and owned by the caller.
     *
     * @throws ConfigException when the direct endpoint is a transaction-mode pooler
     */
    public static Migrator from(NeonDatabase database) {
        Objects.requireNonNull(database, "database");
        requireDirect(database.config());
        return new Migrator(new ConnectionSource() {
            @Override
            public <T> T use(Function<DataSource, T> work) {
                return work.apply(database.directDataSource());
            }
        }, List.of(MigrationLocation.DEFAULT), DEFAULT_LOCK_RETRY_COUNT);
    }

    /**
     * A migrator configured from {@code environment} as {@link EnvironmentConfig#fromEnvironment(Map)} reads it.
     *
     * @throws ConfigException when a variable is missing or malformed, or the direct endpoint is pooled
     */
    public static Migrator fromEnvironment(Map<String, String> environment) {
        return from(EnvironmentConfig.fromEnvironment(environment));
    }

    /**
     * Where the scripts are, replacing the default {@code classpath:db/migration}; each as
     * {@link MigrationLocation#parse(String)} reads it ({@code classpath:...}, {@code filesystem:...} or a
     * directory path).
     *
     * @throws IllegalArgumentException for no location, or one that {@link MigrationLocation#parse} rejects
     */
    public Migrator locations(String... newLocations) {
        if (newLocations.length == 0) {
            throw new IllegalArgumentException("give at least one migration location");
        }
        return new Migrator(connections, Arrays.stream(newLocations).map(MigrationLocation::parse).toList(),
                lockRetryCount);
    }

    /** As {@link #locations(String...)}, with parsed locations. */
    public Migrator locations(List<MigrationLocation> newLocations) {
        if (newLocations.isEmpty()) {
            throw new IllegalArgumentException("give at least one migration location");
        }
        return new Migrator(connections, newLocations, lockRetryCount);
    }

    /**
     * How many times to try again for Flyway's lock while another migrator holds it.
     *
     * @throws IllegalArgumentException for a negative count
     */
    public Migrator lockRetryCount(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("lockRetryCount must be 0 or more, got " + count);
        }
        return new Migrator(connections, locations, count);
    }

    /** The locations scripts are read from. */
    public List<MigrationLocation> locations() {
        return locations;
    }

    /** The lock retry count. */
    public int lockRetryCount() {
        return lockRetryCount;
    }

    /**
     * Applies the pending migrations, each versioned script in its own transaction unless its
     * {@code .sql.conf} sidecar says {@code executeInTransaction=false}.
     *
     * <p>A location holding a draft (a script whose first line is still the processor's draft marker) is refused
     * before anything runs: applied, a draft would be recorded with a checksum that changes when it is accepted.
     *
     * @throws MigrationException when a script is a draft (nothing is applied; the message names the drafts), a
     *                            script fails (earlier ones stay applied), the database cannot be reached or the
     *                            scripts cannot be read
     */
    public MigrationResult migrate() {
        return run("migrate", flyway -> {
            DraftGuard.refuseDrafts("migrate", flyway.getConfiguration());
            MigrateResult result = flyway.migrate();
            List<AppliedMigration> applied = new ArrayList<>();
            for (MigrateOutput output : result.migrations) {
                applied.add(new AppliedMigration(nullToEmpty(output.version), output.description,
                        fileName(output.filepath)));
            }
            return new MigrationResult(Optional.ofNullable(result.initialSchemaVersion),
                    Optional.ofNullable(result.targetSchemaVersion).or(() -> Optional.ofNullable(
                            result.initialSchemaVersion)),
                    applied, result.warnings == null ? List.of() : result.warnings);
        });
    }

    /**
     * Every migration the scripts and the history table know, in Flyway's order, with its state. A draft is listed
     * as any pending script is: {@code info} changes nothing, and shows what {@link #migrate()} would refuse.
     */
    public List<MigrationStatus> info() {
        return run("info", flyway -> {
            List<MigrationStatus> rows = new ArrayList<>();
            for (MigrationInfo migration : flyway.info().all()) {
                rows.add(new MigrationStatus(
                        migration.getVersion() == null ? "" : migration.getVersion().getVersion(),
                        migration.getDescription(),
                        String.valueOf(migration.getType()),
                        migration.getState().getDisplayName(),
                        Optional.ofNullable(migration.getInstalledOn()).map(date -> date.toInstant())));
            }
            return List.copyOf(rows);
        });
    }

    /**
     * Checks the applied migrations against the scripts, as {@code flyway validate} does: changed checksums or
     * descriptions, applied scripts that are missing, failed migrations, and (Flyway's default) scripts not yet
     * applied. A draft among the scripts is a problem too, the first one reported, since {@link #migrate()}
     * refuses it. Run it after {@link #migrate()}, or in CI against a database that should be current.
     */
    public ValidationReport validate() {
        return run("validate", flyway -> {
            List<String> problems = new ArrayList<>();
            List<String> drafts = DraftGuard.draftsIn(flyway.getConfiguration());
            if (!drafts.isEmpty()) {
                problems.add("Refused by migrate: " + DraftGuard.problem(drafts));
            }
            ValidateResult result = flyway.validateWithResult();
            if (result.validationSuccessful) {
                return new ValidationReport(problems);
            }
            int beforeFlyway = problems.size();
            if (result.invalidMigrations != null) {
                for (ValidateOutput invalid : result.invalidMigrations) {
                    problems.add(invalid.errorDetails == null ? "migration " + invalid.version + " is invalid"
                            : invalid.errorDetails.errorMessage.strip());
                }
            }
            if (problems.size() == beforeFlyway && result.errorDetails != null) {
                problems.add(result.errorDetails.errorMessage.strip());
            }
            return new ValidationReport(problems);
        });
    }

    /** The Flyway configuration of every operation, on {@code dataSource}. */
    FluentConfiguration flywayConfiguration(DataSource dataSource) {
        FluentConfiguration configuration = Flyway.configure()
                .dataSource(dataSource)
                .locations(locations.stream().map(MigrationLocation::flywayLocation).toArray(String[]::new))
                .failOnMissingLocations(true)
                .lockRetryCount(lockRetryCount)
                // The data source already retries a waking compute with backoff.
                .connectRetries(0);
        configuration.getPluginRegister().getPlugin(PostgreSQLConfigurationExtension.class)
                .setTransactionalLock(false);
        return configuration;
    }

    private <T> T run(String operation, Function<Flyway, T> work) {
        try {
            return connections.use(dataSource -> work.apply(flywayConfiguration(dataSource).load()));
        } catch (FlywayException | NeonConnectionException failure) {
            // A connection failure reaches here directly from the data source, or wrapped by Flyway.
            Optional<NeonConnectionException> connectionFailure = connectionFailureIn(failure);
            if (connectionFailure.isPresent()) {
                throw new MigrationException(operation + " could not connect: "
                        + connectionFailure.get().getMessage(), connectionFailure.get());
            }
            throw new MigrationException(operation + " failed: " + failure.getMessage().strip(), failure);
        }
    }

    private static Optional<NeonConnectionException> connectionFailureIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof NeonConnectionException classified) {
                return Optional.of(classified);
            }
        }
        return Optional.empty();
    }

    private static void requireDirect(NeonConfig config) {
        if (config.direct().pooled()) {
            throw new ConfigException("Migrations need a direct connection, but the direct endpoint "
                    + config.direct() + " is a transaction-mode pooler: set DATABASE_URL_UNPOOLED to the database's"
                    + " direct connection string (on Neon, the host without -pooler).");
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String fileName(String path) {
        if (path == null) {
            return "";
        }
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    @Override
    public String toString() {
        return "Migrator[locations=" + locations + ", lockRetryCount=" + lockRetryCount + "]";
    }
}
