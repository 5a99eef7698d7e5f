package dev.neonkit.runtime.config;

import java.time.Duration;
import java.util.Optional;

/**
 * Every environment variable neonkit reads, with its default and the reason for it: the one table that the code,
 * {@code config --help} and the README's configuration table come from. Blank values count as unset.
 */
public enum Setting {
    DATABASE_URL(Group.CONNECTION, url(), null, null,
            "Primary endpoint: writes, and reads when there is no replica. Neon's pooled URL is the usual choice."),
    DATABASE_URL_RW(Group.CONNECTION, url(), null, null,
            "Replaces DATABASE_URL as the primary when set."),
    DATABASE_URL_RO(Group.CONNECTION, url(), null, null,
            "Read replica: reads go there when set."),
    DATABASE_URL_UNPOOLED(Group.CONNECTION, url(), null, null,
            "Direct endpoint for migrations and session-level work. Unset: the primary, with -pooler removed from a"
                    + " Neon host."),
    PGHOST(Group.LIBPQ, ValueFormat.text("a host name or IP address"), null, null,
            "Used with the other PG* variables only when neither DATABASE_URL nor DATABASE_URL_RW is set."),
    PGPORT(Group.LIBPQ, ValueFormat.integer(1, 65_535), "5432", null, "Port of PGHOST."),
    PGDATABASE(Group.LIBPQ, ValueFormat.text("a database name"), null, null,
            "Database; required with PGHOST (there is no default database)."),
    PGUSER(Group.LIBPQ, ValueFormat.text("a role name"), null, null, "Role; required with PGHOST."),
    PGPASSWORD(Group.LIBPQ, ValueFormat.text("a password"), null, null, "Password of PGUSER; never printed."),
    PGSSLMODE(Group.LIBPQ, ValueFormat.text("disable, allow, prefer, require, verify-ca or verify-full"), null, null,
            "As sslmode in a URL."),
    PGCHANNELBINDING(Group.LIBPQ, ValueFormat.text("disable, prefer or require"), null, null,
            "As channel_binding in a URL."),
    PGAPPNAME(Group.LIBPQ, ValueFormat.text("any text"), null, null, "As application_name in a URL."),
    PGCONNECT_TIMEOUT(Group.LIBPQ, ValueFormat.integer(0, Integer.MAX_VALUE), null, null,
            "As connect_timeout in a URL, in seconds."),
    PGSSLROOTCERT(Group.LIBPQ, ValueFormat.text("a file path"), null, null, "As sslrootcert in a URL."),
    AWS_LAMBDA_FUNCTION_NAME(Group.PLATFORM, ValueFormat.text("any text"), null, null,
            "Set by AWS Lambda; turns the serverless defaults on unless NEONKIT_SERVERLESS=false."),

    NEONKIT_POOL_SIZE(Group.TUNING, ValueFormat.integer(1, 10_000), "10", "2",
            "Maximum connections per pool. Neon's pooler takes 10,000 clients; a direct 0.25 CU compute has"
                    + " 104 - 7 slots, about 9 instances of 10. Serverless: each instance holds its own pool, so a"
                    + " value above 2 is refused rather than multiplied by the instance count."),
    NEONKIT_MIN_IDLE(Group.TUNING, ValueFormat.integer(0, 10_000), "0", null,
            "Idle connections kept open. 0 lets an idle application drain its pool."),
    NEONKIT_CONNECTION_TIMEOUT(Group.TUNING, ValueFormat.duration(Duration.ofMillis(250), false), "20s", null,
            "How long a borrow waits for a connection. Spans a cold start: one 10 s connect attempt while the"
                    + " compute wakes, with room to spare."),
    NEONKIT_IDLE_TIMEOUT(Group.TUNING, ValueFormat.duration(Duration.ofSeconds(10), false), "60s", "15s",
            "An idle connection is closed after this. Well below Neon's 5-minute suspend, which closes every"
                    + " connection anyway; a short burst still reuses warm connections. Serverless: a frozen"
                    + " instance should not hold connections for long after it thaws."),
    NEONKIT_MAX_LIFETIME(Group.TUNING, ValueFormat.duration(Duration.ofSeconds(30), false), "30m", null,
            "Every connection is replaced after this, so none outlives a compute restart by long."),
    NEONKIT_KEEPALIVE(Group.TUNING, ValueFormat.duration(Duration.ofSeconds(30), true), "0", null,
            "Interval of a keepalive query on idle connections; off by default because any query keeps the"
                    + " Neon compute awake, and billed."),
    NEONKIT_VALIDATION_TIMEOUT(Group.TUNING, ValueFormat.duration(Duration.ofMillis(250), false), "5s", null,
            "How long the check of a connection on borrow may take."),
    NEONKIT_CONNECT_TIMEOUT(Group.TUNING, ValueFormat.wholeSeconds(1, false), "10s", null,
            "pgjdbc connectTimeout: one TCP and TLS connect. Neon recommends at least 10 s for cold starts."),
    NEONKIT_SOCKET_TIMEOUT(Group.TUNING, ValueFormat.wholeSeconds(1, true), "60s", null,
            "pgjdbc socketTimeout: the longest wait for a reply. Without it a connection that Neon dropped hangs"
                    + " until the operating system's TCP timeout (minutes). Raise it for longer statements."),
    NEONKIT_APPLICATION_NAME(Group.TUNING, ValueFormat.text("any text"), "neonkit", null,
            "application_name shown in pg_stat_activity; application_name in the URL wins."),
    NEONKIT_PREPARE_THRESHOLD(Group.TUNING, ValueFormat.integer(-1, Integer.MAX_VALUE), null, null,
            "pgjdbc prepareThreshold; unset keeps the driver default (5). Use 0 behind a PgBouncer older than 1.22."),
    NEONKIT_POOLED(Group.TUNING, ValueFormat.bool(), null, null,
            "Marks a non-Neon host as a transaction-mode pooler (your own PgBouncer). Neon hosts are pooled exactly"
                    + " when their first label ends in -pooler."),
    NEONKIT_SERVERLESS(Group.TUNING, ValueFormat.bool(), null, null,
            "Serverless defaults (small pool, short idle timeout). Unset: on when AWS_LAMBDA_FUNCTION_NAME is set."),
    NEONKIT_STARTUP_RETRIES(Group.TUNING, ValueFormat.integer(0, 100), "5", null,
            "Retries of the first connection while a compute wakes, after the first attempt. Neon's guidance: 5"
                    + " retries waiting 1, 2, 4, 8 and 16 s."),
    NEONKIT_RETRY_INITIAL_BACKOFF(Group.TUNING, ValueFormat.duration(Duration.ZERO, false), "1s", null,
            "Wait before the first retry; each further wait doubles, with jitter."),
    NEONKIT_RETRY_MAX_BACKOFF(Group.TUNING, ValueFormat.duration(Duration.ZERO, false), "16s", null,
            "Upper bound of a single wait between retries.");

    /** What a variable is for. */
    public enum Group {
        /** A connection URL. */
        CONNECTION,
        /** A libpq variable, read only when no primary URL is set. */
        LIBPQ,
        /** Set by the platform the application runs on. */
        PLATFORM,
        /** A neonkit tuning variable. */
        TUNING
    }

    private final Group group;
    private final ValueFormat format;
    private final String defaultValue;
    private final String serverlessDefault;
    private final String description;

    Setting(Group group, ValueFormat format, String defaultValue, String serverlessDefault, String description) {
        this.group = group;
        this.format = format;
        this.defaultValue = defaultValue;
        this.serverlessDefault = serverlessDefault;
        this.description = description;
    }

    private static ValueFormat url() {
        return ValueFormat.text("a postgresql://, postgres:// or jdbc:postgresql:// URL");
    }

    /** The environment variable's name. */
    public String variable() {
        return name();
    }

    public Group group() {
        return group;
    }

    /** The value used when the variable is unset, in the variable's own syntax; empty when there is none. */
    public Optional<String> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    /** The default that replaces {@link #defaultValue()} when serverless defaults apply. */
    public Optional<String> serverlessDefault() {
        return Optional.ofNullable(serverlessDefault);
    }

    /** What the variable accepts, as a phrase ("an integer from 1 to 10000"). */
    public String accepted() {
        return format.accepted();
    }

    /** What the variable does and why its default is what it is. */
    public String description() {
        return description;
    }

    ValueFormat format() {
        return format;
    }

    /**
     * The README's configuration table in Markdown: variable, default, serverless default, accepted values and
     * reason, one row per setting in declaration order.
     */
    public static String markdownTable() {
        StringBuilder table = new StringBuilder()
                .append("| Variable | Default | Serverless | Accepts | What and why |\n")
                .append("|---|---|---|---|---|\n");
        for (Setting setting : values()) {
            table.append("| `").append(setting.variable()).append("` | ")
                    .append(setting.defaultValue().map(value -> "`" + value + "`").orElse(""))
                    .append(" | ")
                    .append(setting.serverlessDefault().map(value -> "`" + value + "`").orElse(""))
                    .append(" | ").append(setting.accepted())
                    .append(" | ").append(setting.description())
                    .append(" |\n");
        }
        return table.toString();
    }
}
