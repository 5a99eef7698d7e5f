package dev.neonkit.runtime.internal.pool;

import dev.neonkit.runtime.NeonDatabase;
import dev.neonkit.runtime.config.Endpoint;
import dev.neonkit.runtime.config.PoolSettings;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process-wide set of open pools: one per JDBC URL and user, however many {@link NeonDatabase} instances
 * use it. Each acquire counts a reference and each release removes one; the last release closes the pool.
 * So two instances built from the same environment share connections instead of doubling them, and a
 * primary that is also the read endpoint is one pool.
 */
public final class PoolRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(PoolRegistry.class);

    private record Key(String jdbcUrl, String user) {
    }

    private static final class Entry {
        final EndpointPool pool;
        int references;

        Entry(EndpointPool pool) {
            this.pool = pool;
        }
    }

    private static final Map<Key, Entry> POOLS = new HashMap<>();

    private PoolRegistry() {
    }

    /**
     * The pool for {@code endpoint}, opened with {@code settings} and {@code coldStart} if this process has none
     * yet. An open pool is shared as it is: different pool or retry settings are logged and ignored, a different
     * password is refused (the pool would connect with the other one).
     */
    public static synchronized EndpointPool acquire(Endpoint endpoint, PoolSettings settings, ColdStartRetry coldStart) {
        Key key = new Key(endpoint.jdbcUrl(), endpoint.user());
        Entry entry = POOLS.get(key);
        if (entry == null) {
            entry = new Entry(new EndpointPool(endpoint, settings, coldStart));
            POOLS.put(key, entry);
        } else if (!entry.pool.endpoint().password().equals(endpoint.password())) {
            throw new IllegalStateException("A pool for " + endpoint.description()
                    + " is already open in this process with a different password. Close the NeonDatabase"
                    + " that opened it before connecting with the new password.");
        } else {
            if (!entry.pool.settings().equals(settings)) {
                LOG.warn("Sharing the open pool for {}: its settings {} stay in force, not {}",
                        endpoint.description(), entry.pool.settings(), settings);
            }
            if (!entry.pool.coldStartSettings().equals(coldStart.settings())) {
                LOG.warn("Sharing the open pool for {}: its cold-start retry {} stays in force, not {}",
                        endpoint.description(), entry.pool.coldStartSettings(), coldStart.settings());
            }
        }
        entry.references++;
        return entry.pool;
    }

    /** Gives back one reference; closes the pool when it was the last. */
    public static void release(EndpointPool pool) {
        if (releaseReference(pool)) {
            // Outside the registry's lock: closing waits for the pool's connections, and other pools' acquires
            // and releases need not wait for that.
            pool.close();
        }
    }

    /** Removes one reference; true when it was the last and the pool is out of the registry. */
    private static synchronized boolean releaseReference(EndpointPool pool) {
        Key key = new Key(pool.endpoint().jdbcUrl(), pool.endpoint().user());
        Entry entry = POOLS.get(key);
        if (entry == null || entry.pool != pool || --entry.references > 0) {
            return false;
        }
        POOLS.remove(key);
        return true;
    }
}
