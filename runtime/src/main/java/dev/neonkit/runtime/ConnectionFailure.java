package dev.neonkit.runtime;


/**
 * Why a connection could not be opened or used, each with what it means on Neon and what to do about it.
 * The runtime maps driver, pooler and network errors onto these.
 */
public enum ConnectionFailure {
    UNKNOWN_HOST(
            "the host name does not resolve",
            "Check the host in DATABASE_URL (copy the connection string again from the Neon console) and that this"
                    + " machine can resolve public DNS names."),
    REFUSED_OR_TIMED_OUT(
            "nothing accepted the connection in time (a Neon compute may be waking up)",
            "Retry in a moment: waking a suspended compute takes a few hundred milliseconds, rarely seconds."
                    + " If it persists, check host and port, firewalls and the project's IP allow list, and use a"
                    + " connectTimeout of at least 10 s."),
    CONNECTION_LOST(
            "the connection was closed or reset (the compute may have been suspended or restarted)",
            "Retry: a new connection wakes the compute. If it keeps happening, check proxies or load balancers"
                    + " between the application and the database for idle timeouts."),
    AUTHENTICATION_FAILED(
            "the server rejected the user or password",
            "Check the user and password in DATABASE_URL; on Neon, reset the role's password in the console"
                    + " (Roles) and update the variable."),
    DATABASE_NOT_FOUND(
            "the database does not exist",
            "Check the database name at the end of the URL path; on Neon, list the branch's databases in the"
                    + " console and make sure the URL points at the right branch."),
    TOO_MANY_CONNECTIONS(
            "the server or pooler has no connection slot left",
            "Use the pooled endpoint (host with -pooler) for application traffic, lower maximumPoolSize per"
                    + " process (NEONKIT_POOL_SIZE), or scale the compute up (max_connections grows with its size)."),
    TLS_REQUIRED(
            "the server only accepts encrypted connections",
            "Add sslmode=require (Neon always requires it) or verify-full to the URL."),
    TLS_FAILED(
            "the TLS handshake or the server certificate check failed",
            "For sslmode=verify-full/verify-ca make sslrootcert point at the CA that signed the server certificate"
                    + " (Neon: the system trust store, ISRG Root X1, with"
                    + " sslfactory=org.postgresql.ssl.DefaultJavaSSLFactory); check that the host name matches the"
                    + " certificate and that the server has TLS enabled."),
    ENDPOINT_DISABLED(
            "the Neon endpoint is disabled",
            "Enable the compute endpoint in the Neon console (Branches > compute), or point the URL at an"
                    + " active branch."),
    COMPUTE_QUOTA_EXCEEDED(
            "the Neon project has used up its compute time quota",
            "Raise the quota or upgrade the plan in the Neon console; computes stay suspended until then."),
    SERVER_RESTART_OR_SUSPEND(
            "the server is shutting down, restarting or starting up",
            "Retry with backoff: a Neon compute restarts for maintenance or suspends when idle, and a new"
                    + " connection succeeds once it is up."),
    UNSUPPORTED_STARTUP_PARAMETER(
            "the connection pooler rejected a startup parameter",
            "Remove options and currentSchema from a pooled (-pooler) URL: only client_encoding, datestyle,"
                    + " timezone, standard_conforming_strings and application_name pass the pooler. Set the"
                    + " schema in SQL or use the direct endpoint."),
    POOL_TIMEOUT(
            "every pooled connection stayed busy for the whole connection timeout",
            "Return connections sooner (close them in try-with-resources, keep transactions short) or raise"
                    + " NEONKIT_POOL_SIZE."),
    UNKNOWN(
            "the connection failed",
            "Read the driver message above; run `neonkit doctor` to check DNS, TCP, TLS and authentication"
                    + " step by step.");

    private final String summary;
    private final String advice;

    ConnectionFailure(String summary, String advice) {
        this.summary = summary;
        this.advice = advice;
    }

    /** What happened, in a few words. */
    public String summary() {
        return summary;
    }

    /** What to do about it. */
    public String advice() {
        return advice;
    }

    /** Every failure with what happened and what to do, as the README's troubleshooting table shows it. */
    public static String markdownTable() {
        StringBuilder table = new StringBuilder()
                .append("| `failure()` | What happened | What to do |\n")
                .append("|---|---|---|\n");
        for (ConnectionFailure failure : values()) {
            table.append("| `").append(failure.name()).append("` | ").append(failure.summary())
                    .append(" | ").append(failure.advice().replace("|", "\\|")).append(" |\n");
        }
        return table.toString();
    }
}
