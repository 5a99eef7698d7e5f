package dev.neonkit.runtime.config;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The environment-to-configuration table: each row is an environment and either the values the configuration must
 * have, written out by hand, or a fragment of the error it must fail with. Every password in this table contains
 * "Zebra", and no host or other value does: no error message and no printable form may contain it.
 */
class EnvironmentConfigTest {
    private static final String SECRET_MARK = "Zebra";
    private static final String POOLER = "ep-cool-darkness-123456-pooler.us-east-2.aws.neon.tech";
    private static final String DIRECT = "ep-cool-darkness-123456.us-east-2.aws.neon.tech";
    /** The driver defaults, in the order they are appended after a URL's own parameters. */
    private static final String DEFAULTS =
            "connectTimeout=10&socketTimeout=60&tcpKeepAlive=true&ApplicationName=neonkit";
    private static final String JAVA_TRUST = "sslfactory=org.postgresql.ssl.DefaultJavaSSLFactory";

    record Case(String name, Map<String, String> env, Map<String, String> expected, String expectedError) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                ok("Neon pooled console string",
                        env("DATABASE_URL", "postgresql://alex:s3cr3t-Zebra@" + POOLER
                                + "/neondb?sslmode=require&channel_binding=require"),
                        "jdbcUrl", "jdbc:postgresql://" + POOLER + ":5432/neondb?sslmode=require"
                                + "&channelBinding=require&" + DEFAULTS,
                        "directJdbcUrl", "jdbc:postgresql://" + DIRECT + ":5432/neondb?sslmode=require"
                                + "&channelBinding=require&" + DEFAULTS,
                        "readJdbcUrl", "jdbc:postgresql://" + POOLER + ":5432/neondb?sslmode=require"
                                + "&channelBinding=require&" + DEFAULTS,
                        "host", POOLER, "port", "5432", "database", "neondb", "user", "alex",
                        "password", "s3cr3t-Zebra", "pooled", "true", "directPooled", "false", "neon", "true",
                        "readReplica", "false", "serverless", "false", "maximumPoolSize", "10", "minimumIdle", "0",
                        "connectionTimeoutMs", "20000", "idleTimeoutMs", "60000", "maxLifetimeMs", "1800000",
                        "keepaliveMs", "0", "validationTimeoutMs", "5000", "retryMaxAttempts", "6",
                        "retryInitialBackoffMs", "1000", "retryMaxBackoffMs", "16000"),
                ok("Neon direct host is its own direct endpoint",
                        env("DATABASE_URL", "postgresql://alex:s3cr3t-Zebra@" + DIRECT + "/neondb?sslmode=require"),
                        "jdbcUrl", "jdbc:postgresql://" + DIRECT + ":5432/neondb?sslmode=require&" + DEFAULTS,
                        "directJdbcUrl", "jdbc:postgresql://" + DIRECT + ":5432/neondb?sslmode=require&" + DEFAULTS,
                        "pooled", "false", "directPooled", "false", "neon", "true"),
                ok("Neon host without sslmode gets require",
                        env("DATABASE_URL", "postgres://alex:s3cr3t-Zebra@" + POOLER + "/neondb"),
                        "jdbcUrl", "jdbc:postgresql://" + POOLER + ":5432/neondb?sslmode=require&" + DEFAULTS),
                ok("Neon verify-full without root certificate uses the JVM trust store",
                        env("DATABASE_URL", "postgresql://alex:s3cr3t-Zebra@" + POOLER + "/neondb?sslmode=verify-full"),
                        "jdbcUrl", "jdbc:postgresql://" + POOLER + ":5432/neondb?sslmode=verify-full&" + JAVA_TRUST
                                + "&" + DEFAULTS),
                ok("Neon verify-full with a root certificate keeps it",
                        env("DATABASE_URL", "postgresql://alex:s3cr3t-Zebra@" + POOLER
                                + "/neondb?sslmode=verify-full&sslrootcert=/etc/ssl/isrg.pem"),
                        "jdbcUrl", "jdbc:postgresql://" + POOLER + ":5432/neondb?sslmode=verify-full"
                                + "&sslrootcert=%2Fetc%2Fssl%2Fisrg.pem&" + DEFAULTS),
                ok("percent-encoded @ : / % in the password",
                        env("DATABASE_URL", "postgresql://alex:p%40ss%3Aw%2Frd%25Zebra@db.example.com/app"),
                        "password", "p@ss:w/rd%Zebra", "user", "alex", "host", "db.example.com",
                        "jdbcUrl", "jdbc:postgresql://db.example.com:5432/app?" + DEFAULTS,
                        "pooled", "false", "neon", "false"),
                ok("unicode password",
                        env("DATABASE_URL", "postgresql://alex:%C3%A9t%C3%A9-%E2%9C%93-Zebra@db.example.com/app"),
                        "password", "\u00e9t\u00e9-\u2713-Zebra"),
                ok("unencoded @ in the password: the last @ ends the user info",
                        env("DATABASE_URL", "postgresql://alex:p@ss-Zebra@db.example.com/app"),
                        "password", "p@ss-Zebra", "host", "db.example.com"),
                ok("percent-encoded user name",
                        env("DATABASE_URL", "postgresql://app%40tenant:s3cr3t-Zebra@db.example.com/app"),
                        "user", "app@tenant"),
                ok("explicit port",
                        env("DATABASE_URL", "postgresql://alex:s3cr3t-Zebra@db.example.com:6543/app"),
                        "port", "6543", "jdbcUrl", "jdbc:postgresql://db.example.com:6543/app?" + DEFAULTS),
                ok("IPv6 literal with port",
                        env("DATABASE_URL", "postgresql://alex:s3cr3t-Zebra@[::1]:5433/app"),
                        "host", "::1", "port", "5433", "jdbcUrl", "jdbc:postgresql://[::1]:5433/app?" + DEFAULTS),
                ok("IPv6 literal with the default port",
                        env("DATABASE_URL", "postgresql://alex:s3cr3t-Zebra@[2001:db8::7]/app"),
                        "host", "2001:db8::7", "jdbcUrl", "jdbc:postgresql://[2001:db8::7]:5432/app?" + DEFAULTS),
                ok("jdbc: URL passes its properties through and moves the credentials out",
                        env("DATABASE_URL", "jdbc:postgresql://db.example.com:5432/app?user=alex"
                                + "&password=s3cr3t-Zebra&prepareThreshold=0&reWriteBatchedInserts=true"),
                        "user", "alex", "password", "s3cr3t-Zebra",
                        "jdbcUrl", "jdbc:postgresql://db.example.com:5432/app?prepareThreshold=0"
                                + "&reWriteBatchedInserts=true&" + DEFAULTS),
                ok("jdbc: URL with user info",
                        env("DATABASE_URL", "jdbc:postgresql://alex:s3cr3t-Zebra@" + POOLER
                                + "/neondb?channelBinding=require"),
                        "user", "alex", "password", "s3cr3t-Zebra", "pooled", "true",
                        "jdbcUrl", "jdbc:postgresql://" + POOLER + ":5432/neondb?channelBinding=require"
                                + "&sslmode=require&" + DEFAULTS),
                ok("jdbc: ssl=true means verify-full",
                        env("DATABASE_URL", "jdbc:postgresql://" + POOLER + "/neondb?ssl=true&user=alex"
                                + "&password=s3cr3t-Zebra"),
                        "jdbcUrl", "jdbc:postgresql://" + POOLER + ":5432/neondb?ssl=true&sslmode=verify-full&"
                                + JAVA_TRUST + "&" + DEFAULTS),
                ok("libpq parameters become pgjdbc properties; URL values win over defaults",
                        env("DATABASE_URL", "postgresql://alex:s3cr3t-Zebra@db.example.com/app?connect_timeout=30"
                                + "&application_name=billing&target_session_attrs=read-write&sslnegotiation=direct"
                                + "&sslmode=require&keepalives=0"),
                        "jdbcUrl", "jdbc:postgresql://db.example.com:5432/app?connectTimeout=30"
                                + "&ApplicationName=billing&targetServerType=primary&sslNegotiation=direct"
                                + "&sslmode=require&tcpKeepAlive=false&socketTimeout=60"),
                ok("non-Neon host keeps the user's sslmode",
                        env("DATABASE_URL", "postgresql://alex:s3cr3t-Zebra@db.example.com/app?sslmode=disable"),
                        "jdbcUrl", "jdbc:postgresql://db.example.com:5432/app?sslmode=disable&" + DEFAULTS),
                ok("Neon direct endpoint accepts options and currentSchema",
                        env("DATABASE_URL", "postgresql://alex:s3cr3t-Zebra@" + DIRECT
                                + "/neondb?options=-c%20statement_timeout%3D5s&currentSchema=billing"),
                        "jdbcUrl", "jdbc:postgresql://" + DIRECT + ":5432/neondb?options=-c%20statement_timeout%3D5s"
                                + "&currentSchema=billing&sslmode=require&" + DEFAULTS),
                ok("sslpassword stays out of the JDBC URL",
                        env("DATABASE_URL", "postgresql://alex:s3cr3t-Zebra@db.example.com/app?sslcert=/c.pem"
                                + "&sslpassword=key-Zebra"),
                        "jdbcUrl", "jdbc:postgresql://db.example.com:5432/app?sslcert=%2Fc.pem&" + DEFAULTS,
                        "sslpassword", "key-Zebra"),
                ok("PG* variables when no URL is set",
                        env("PGHOST", DIRECT, "PGDATABASE", "neondb", "PGUSER", "alex", "PGPASSWORD", "s3cr3t-Zebra",
                                "PGSSLMODE", "require", "PGCHANNELBINDING", "require", "PGAPPNAME", "worker",
                                "PGCONNECT_TIMEOUT", "15"),
                        "jdbcUrl", "jdbc:postgresql://" + DIRECT + ":5432/neondb?sslmode=require&channelBinding=require"
                                + "&ApplicationName=worker&connectTimeout=15&socketTimeout=60&tcpKeepAlive=true",
                        "user", "alex", "password", "s3cr3t-Zebra", "pooled", "false"),
                ok("blank DATABASE_URL counts as unset; PGPORT",
                        env("DATABASE_URL", "  ", "PGHOST", "127.0.0.1", "PGPORT", "6432", "PGDATABASE", "test",
                                "PGUSER", "postgres", "PGPASSWORD", "s3cr3t-Zebra"),
                        "jdbcUrl", "jdbc:postgresql://127.0.0.1:6432/test?" + DEFAULTS, "port", "6432"),
                ok("DATABASE_URL wins over PG* variables",
                        env("DATABASE_URL", "postgresql://alex:s3cr3t-Zebra@db.example.com/app",
                                "PGHOST", "other.example.com", "PGDATABASE", "other"),
                        "host", "db.example.com", "database", "app"),
                ok("DATABASE_URL_RW replaces DATABASE_URL as the primary",
                        env("DATABASE_URL", "postgresql://alex:s3cr3t-Zebra@old.example.com/app",
                                "DATABASE_URL_RW", "postgresql://writer:s3cr3t-Zebra@rw.example.com/app"),
                        "jdbcUrl", "jdbc:postgresql://rw.example.com:5432/app?" + DEFAULTS, "user", "writer",
                        "readJdbcUrl", "jdbc:postgresql://rw.example.com:5432/app?" + DEFAULTS),
                ok("DATABASE_URL_RO is the read replica",
                        env("DATABASE_URL", "postgresql://alex:s3cr3t-Zebra@" + POOLER + "/neondb",
                                "DATABASE_URL_RO", "postgresql://reader:s3cr3t-Zebra@"
                                        + "ep-quiet-lake-654321-pooler.us-east-2.aws.neon.tech/neondb"),
                        "readReplica", "true",
                        "readJdbcUrl", "jdbc:postgresql://ep-quiet-lake-654321-pooler.us-east-2.aws.neon.tech:5432"
                                + "/neondb?sslmode=require&" + DEFAULTS,
                        "jdbcUrl", "jdbc:postgresql://" + POOLER + ":5432/neondb?sslmode=require&" + DEFAULTS),
                ok("DATABASE_URL_UNPOOLED wins over the derived direct endpoint",
                        env("DATABASE_URL", "postgresql://alex:s3cr3t-Zebra@" + POOLER + "/neondb",
                                "DATABASE_URL_UNPOOLED", "postgresql://migrator:s3cr3t-Zebra@"
                                        + "ep-other-999999.us-east-2.aws.neon.tech/neondb"),
                        "directJdbcUrl", "jdbc:postgresql://ep-other-999999.us-east-2.aws.neon.tech:5432/neondb"
                                + "?sslmode=require&" + DEFAULTS,
                        "directUser", "migrator", "directPooled", "false"),
                ok("serverless defaults on AWS Lambda",
                        env("DATABASE_URL", "postgresql://alex:s3cr3t-Zebra@" + POOLER + "/neondb",
                                "AWS_LAMBDA_FUNCTION_NAME", "orders"),
                        "serverless", "true", "maximumPoolSize", "2", "minimumIdle", "0", "idleTimeoutMs", "15000"),
                ok("NEONKIT_SERVERLESS=true with a pool size within the limit",
                        env("DATABASE_URL", "postgresql://alex:s3cr3t-Zebra@" + POOLER + "/neondb",
                                "NEONKIT_SERVERLESS", "true", "NEONKIT_POOL_SIZE", "1"),
                        "serverless", "true", "maximumPoolSize", "1"),
                ok("NEONKIT_SERVERLESS=false overrides AWS Lambda detection",
                        env("DATABASE_URL", "postgresql://alex:s3cr3t-Zebra@" + POOLER + "/neondb",
                                "AWS_LAMBDA_FUNCTION_NAME", "orders", "NEONKIT_SERVERLESS", "FALSE"),
                        "serverless", "false", "maximumPoolSize", "10", "idleTimeoutMs", "60000"),
                ok("own PgBouncer marked pooled; prepare threshold",
                        env("DATABASE_URL", "postgresql://app:s3cr3t-Zebra@127.0.0.1:6432/test",
                                "NEONKIT_POOLED", "true", "NEONKIT_PREPARE_THRESHOLD", "0"),
                        "pooled", "true", "directPooled", "true", "neon", "false",
                        "jdbcUrl", "jdbc:postgresql://127.0.0.1:6432/test?" + DEFAULTS + "&prepareThreshold=0"),
                ok("NEONKIT_* tuning",
                        env("DATABASE_URL", "postgresql://alex:s3cr3t-Zebra@db.example.com/app",
                                "NEONKIT_POOL_SIZE", "4", "NEONKIT_MIN_IDLE", "1", "NEONKIT_CONNECTION_TIMEOUT", "30s",
                                "NEONKIT_IDLE_TIMEOUT", "2m", "NEONKIT_MAX_LIFETIME", "1h", "NEONKIT_KEEPALIVE", "4m",
                                "NEONKIT_VALIDATION_TIMEOUT", "750ms", "NEONKIT_STARTUP_RETRIES", "2",
                                "NEONKIT_RETRY_INITIAL_BACKOFF", "10ms", "NEONKIT_RETRY_MAX_BACKOFF", "40ms",
                                "NEONKIT_CONNECT_TIMEOUT", "3s", "NEONKIT_SOCKET_TIMEOUT", "0",
                                "NEONKIT_APPLICATION_NAME", "orders api"),
                        "maximumPoolSize", "4", "minimumIdle", "1", "connectionTimeoutMs", "30000",
                        "idleTimeoutMs", "120000", "maxLifetimeMs", "3600000", "keepaliveMs", "240000",
                        "validationTimeoutMs", "750", "retryMaxAttempts", "3", "retryInitialBackoffMs", "10",
                        "retryMaxBackoffMs", "40",
                        "jdbcUrl", "jdbc:postgresql://db.example.com:5432/app?connectTimeout=3&socketTimeout=0"
                                + "&tcpKeepAlive=true&ApplicationName=orders%20api"),

                fails("nothing configured", env("PGPASSWORD", "s3cr3t-Zebra"),
                        "No database configured: set DATABASE_URL"),
                fails("PGHOST without PGDATABASE", env("PGHOST", "db.example.com", "PGUSER", "alex",
                        "PGPASSWORD", "s3cr3t-Zebra"), "PGHOST is set but PGDATABASE is not"),
                fails("PGHOST as a socket directory", env("PGHOST", "/var/run/postgresql", "PGDATABASE", "app",
                        "PGUSER", "alex", "PGPASSWORD", "s3cr3t-Zebra"), "Unix-domain sockets"),
                fails("bad PGPORT", env("PGHOST", "db.example.com", "PGPORT", "54a", "PGDATABASE", "app",
                        "PGUSER", "alex", "PGPASSWORD", "s3cr3t-Zebra"),
                        "PGPORT=54a is not accepted: use an integer from 1 to 65535."),
                fails("missing host", url("postgresql://alex:s3cr3t-Zebra@/neondb"), "names no host"),
                fails("missing database", url("postgresql://alex:s3cr3t-Zebra@db.example.com"), "names no database"),
                fails("missing database after slash", url("postgresql://alex:s3cr3t-Zebra@db.example.com/?x=1"),
                        "names no database"),
                fails("unsupported scheme", url("mysql://alex:s3cr3t-Zebra@db.example.com/app"),
                        "DATABASE_URL has the unsupported scheme mysql; use postgresql://"),
                fails("not a URL", url("alex:s3cr3t-Zebra@db.example.com/app"), "it must start with postgresql://"),
                fails("port is not a number", url("postgresql://alex:s3cr3t-Zebra@db.example.com:54x32/app"),
                        "has an invalid port"),
                fails("port out of range", url("postgresql://alex:s3cr3t-Zebra@db.example.com:70000/app"),
                        "has an invalid port"),
                fails("truncated percent-escape in the password",
                        url("postgresql://alex:s3cr3t%2-Zebra@db.example.com/app"),
                        "has a '%' in the password that is not followed by two hex digits"),
                fails("percent-escapes that are not UTF-8", url("postgresql://alex:%C3%28Zebra@db.example.com/app"),
                        "has percent-escapes in the password that are not UTF-8"),
                fails("unencoded / in the password", url("postgresql://alex:s3cr/3t-Zebra@db.example.com/app"),
                        "has an '@' after the host"),
                fails("unencoded ? in the password", url("postgresql://alex:s3?cr3t-Zebra@db.example.com/app"),
                        "has a query parameter that is not name=value"),
                fails("malformed sslpassword", url("postgresql://alex:s3cr3t-Zebra@db.example.com/app"
                        + "?sslpassword=%ZZebra"), "has a '%' in the sslpassword"),
                fails("IPv6 without brackets", url("postgresql://alex:s3cr3t-Zebra@::1/app"),
                        "has an IPv6 host without brackets"),
                fails("several hosts", url("postgresql://alex:s3cr3t-Zebra@h1.example.com,h2.example.com/app"),
                        "lists several hosts"),
                fails("no user", url("postgresql://db.example.com/app?password=s3cr3t-Zebra"), "names no user"),
                fails("user given twice", url("jdbc:postgresql://alex:s3cr3t-Zebra@db.example.com/app?user=bob"),
                        "gives the user twice"),
                fails("sslmode=disable to Neon", url("postgresql://alex:s3cr3t-Zebra@" + POOLER
                                + "/neondb?sslmode=disable"),
                        "sslmode=disable is refused for the Neon host " + POOLER + ": Neon accepts only TLS"),
                fails("sslmode=prefer to Neon", url("postgresql://alex:s3cr3t-Zebra@" + DIRECT
                                + "/neondb?sslmode=prefer"),
                        "prefer would fall back to plain text"),
                fails("PGSSLMODE=allow to Neon", env("PGHOST", POOLER, "PGDATABASE", "neondb", "PGUSER", "alex",
                        "PGPASSWORD", "s3cr3t-Zebra", "PGSSLMODE", "allow"), "sslmode=allow is refused"),
                fails("pooled endpoint refuses currentSchema", url("postgresql://alex:s3cr3t-Zebra@" + POOLER
                                + "/neondb?currentSchema=billing"),
                        "sets currentSchema, which pgjdbc sends as the startup parameter search_path"),
                fails("pooled endpoint refuses options", url("postgresql://alex:s3cr3t-Zebra@" + POOLER
                                + "/neondb?options=-c%20search_path%3Dbilling"),
                        "accepts only client_encoding, datestyle, timezone, standard_conforming_strings and"
                                + " application_name. Connect through DATABASE_URL_UNPOOLED"),
                fails("own PgBouncer refuses currentSchema", env("DATABASE_URL", "postgresql://app:s3cr3t-Zebra@"
                        + "127.0.0.1:6432/test?currentSchema=x", "NEONKIT_POOLED", "true"), "startup parameter"),
                fails("DATABASE_URL_UNPOOLED pointing at the pooler",
                        env("DATABASE_URL", "postgresql://alex:s3cr3t-Zebra@" + POOLER + "/neondb",
                                "DATABASE_URL_UNPOOLED", "postgresql://alex:s3cr3t-Zebra@" + POOLER + "/neondb"),
                        "DATABASE_URL_UNPOOLED points at Neon's pooler"),
                fails("NEONKIT_POOLED contradicting a Neon host",
                        env("DATABASE_URL", "postgresql://alex:s3cr3t-Zebra@" + POOLER + "/neondb",
                                "NEONKIT_POOLED", "false"), "NEONKIT_POOLED=false contradicts DATABASE_URL"),
                fails("serverless pool size above the limit",
                        env("DATABASE_URL", "postgresql://alex:s3cr3t-Zebra@" + POOLER + "/neondb",
                                "AWS_LAMBDA_FUNCTION_NAME", "orders", "NEONKIT_POOL_SIZE", "5"),
                        "NEONKIT_POOL_SIZE=5 is above the serverless limit of 2"),
                fails("pool size not a number", tuned("NEONKIT_POOL_SIZE", "ten"),
                        "NEONKIT_POOL_SIZE=ten is not accepted: use an integer from 1 to 10000."),
                fails("idle timeout below HikariCP's floor", tuned("NEONKIT_IDLE_TIMEOUT", "5s"),
                        "NEONKIT_IDLE_TIMEOUT=5s is not accepted: use a duration of at least 10s"),
                fails("duration without unit", tuned("NEONKIT_CONNECTION_TIMEOUT", "15"),
                        "NEONKIT_CONNECTION_TIMEOUT=15 is not accepted"),
                fails("socket timeout not in whole seconds", tuned("NEONKIT_SOCKET_TIMEOUT", "1500ms"),
                        "NEONKIT_SOCKET_TIMEOUT=1500ms is not accepted: use 0 (no timeout) or whole seconds"),
                fails("keepalive below 30 s", tuned("NEONKIT_KEEPALIVE", "10s"),
                        "NEONKIT_KEEPALIVE=10s is not accepted: use 0 (off) or a duration of at least 30s"),
                fails("idle timeout not below max lifetime", tuned("NEONKIT_IDLE_TIMEOUT", "30m"),
                        "NEONKIT_IDLE_TIMEOUT=30m must be more than a second below NEONKIT_MAX_LIFETIME=30m."),
                fails("minimum idle above pool size", tuned("NEONKIT_MIN_IDLE", "20"),
                        "NEONKIT_MIN_IDLE=20 is above the pool size 10"),
                fails("serverless flag not a boolean", tuned("NEONKIT_SERVERLESS", "yes"),
                        "NEONKIT_SERVERLESS=yes is not accepted: use true or false."),
                fails("retry bounds reversed", env("DATABASE_URL", "postgresql://alex:s3cr3t-Zebra@db.example.com/app",
                                "NEONKIT_RETRY_INITIAL_BACKOFF", "2s", "NEONKIT_RETRY_MAX_BACKOFF", "1s"),
                        "NEONKIT_RETRY_MAX_BACKOFF=1s must not be below NEONKIT_RETRY_INITIAL_BACKOFF=2s."),
                fails("unknown parameter (pgjdbc names are case-sensitive)",
                        url("postgresql://alex:s3cr3t-Zebra@db.example.com/app?sslMode=require"),
                        "unknown parameter sslMode"),
                fails("libpq parameter without pgjdbc equivalent",
                        url("postgresql://alex:s3cr3t-Zebra@db.example.com/app?keepalives_idle=30"),
                        "the libpq parameter keepalives_idle has no pgjdbc equivalent"),
                fails("bad sslmode value", url("postgresql://alex:s3cr3t-Zebra@db.example.com/app?sslmode=on"),
                        "sslmode=on is not accepted; use one of allow, disable, prefer, require, verify-ca,"
                                + " verify-full."),
                fails("both spellings of channel binding",
                        url("postgresql://alex:s3cr3t-Zebra@db.example.com/app?channel_binding=require"
                                + "&channelBinding=disable"),
                        "channel_binding and channelBinding both set the pgjdbc property channelBinding"),
                fails("host given as a parameter", url("postgresql://alex:s3cr3t-Zebra@db.example.com/app"
                        + "?host=other.example.com"), "the parameter host is not supported"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void environmentGivesTheExpectedConfiguration(Case testCase) {
        if (testCase.expectedError() != null) {
            ConfigException error = assertThrows(ConfigException.class,
                    () -> EnvironmentConfig.fromEnvironment(testCase.env()));
            String message = error.getMessage();
            assertAll(
                    () -> assertTrue(message.contains(testCase.expectedError()),
                            () -> "expected \"" + testCase.expectedError() + "\" in: " + message),
                    () -> assertFalse(message.contains(SECRET_MARK), () -> "password leaked: " + message),
                    () -> assertFalse(message.contains("\n"), () -> "not one line: " + message));
            return;
        }
        NeonConfig config = EnvironmentConfig.fromEnvironment(testCase.env());
        Map<String, String> observed = observe(config);
        List<Executable> checks = new ArrayList<>();
        testCase.expected().forEach((key, value) -> checks.add(() -> assertEquals(value, observed.get(key), key)));
        for (String printable : List.of(config.toString(), config.primary().toString(), config.direct().toString(),
                config.read().toString(), config.primary().jdbcUrl(), config.direct().jdbcUrl(),
                config.read().jdbcUrl(), config.primary().redactedDriverProperties().toString())) {
            checks.add(() -> assertFalse(printable.contains(SECRET_MARK), () -> "password leaked: " + printable));
        }
        assertAll(checks);
    }

    /** The configuration's values under the names the table uses; the password revealed, to check decoding. */
    private static Map<String, String> observe(NeonConfig config) {
        Endpoint primary = config.primary();
        Map<String, String> observed = new LinkedHashMap<>();
        observed.put("jdbcUrl", primary.jdbcUrl());
        observed.put("directJdbcUrl", config.direct().jdbcUrl());
        observed.put("readJdbcUrl", config.read().jdbcUrl());
        observed.put("host", primary.host());
        observed.put("port", String.valueOf(primary.port()));
        observed.put("database", primary.database());
        observed.put("user", primary.user());
        observed.put("password", primary.password().reveal());
        observed.put("sslpassword", primary.connectionProperties().getProperty("sslpassword"));
        observed.put("directUser", config.direct().user());
        observed.put("pooled", String.valueOf(primary.pooled()));
        observed.put("directPooled", String.valueOf(config.direct().pooled()));
        observed.put("neon", String.valueOf(primary.neon()));
        observed.put("readReplica", String.valueOf(config.readReplica().isPresent()));
        observed.put("serverless", String.valueOf(config.serverless()));
        observed.put("maximumPoolSize", String.valueOf(config.pool().maximumPoolSize()));
        observed.put("minimumIdle", String.valueOf(config.pool().minimumIdle()));
        observed.put("connectionTimeoutMs", String.valueOf(config.pool().connectionTimeout().toMillis()));
        observed.put("idleTimeoutMs", String.valueOf(config.pool().idleTimeout().toMillis()));
        observed.put("maxLifetimeMs", String.valueOf(config.pool().maxLifetime().toMillis()));
        observed.put("keepaliveMs", String.valueOf(config.pool().keepaliveTime().toMillis()));
        observed.put("validationTimeoutMs", String.valueOf(config.pool().validationTimeout().toMillis()));
        observed.put("retryMaxAttempts", String.valueOf(config.retry().maxAttempts()));
        observed.put("retryInitialBackoffMs", String.valueOf(config.retry().initialBackoff().toMillis()));
        observed.put("retryMaxBackoffMs", String.valueOf(config.retry().maxBackoff().toMillis()));
        return observed;
    }

    private static Case ok(String name, Map<String, String> env, String... expectedPairs) {
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < expectedPairs.length; i += 2) {
            expected.put(expectedPairs[i], expectedPairs[i + 1]);
        }
        return new Case(name, env, expected, null);
    }

    private static Case fails(String name, Map<String, String> env, String expectedError) {
        return new Case(name, env, Map.of(), expectedError);
    }

    private static Map<String, String> env(String... pairs) {
        Map<String, String> env = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    private static Map<String, String> url(String databaseUrl) {
        return env("DATABASE_URL", databaseUrl);
    }

    /** A valid URL with one tuning variable. */
    private static Map<String, String> tuned(String variable, String value) {
        return env("DATABASE_URL", "postgresql://alex:s3cr3t-Zebra@db.example.com/app", variable, value);
    }
}
