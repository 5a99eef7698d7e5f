package dev.neonkit.runtime.config;

/** How a connection reaches PostgreSQL, which decides what the session may do. */
public enum EndpointKind {
    /**
     * Through a transaction-mode pooler (Neon's {@code -pooler} host, or {@code NEONKIT_POOLED=true}
     * for a PgBouncer of your own): no session state survives a transaction, only a few startup
     * parameters pass.
     */
    POOLED,
    /** Straight to the PostgreSQL server: sessions behave as usual; migrations must use this. */
    DIRECT;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
