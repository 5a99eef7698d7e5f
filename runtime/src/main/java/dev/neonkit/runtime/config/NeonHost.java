package dev.neonkit.runtime.config;

import java.util.Locale;

/**
 * What a host name says about a Neon endpoint. Neon names its computes {@code ep-NAME-123456.REGION.aws.neon.tech}
 * and their PgBouncer {@code ep-NAME-123456-pooler.REGION.aws.neon.tech}: the suffix on the first label is the only
 * difference between the pooled and the direct endpoint of one compute.
 */
final class NeonHost {
    private static final String NEON_DOMAIN = ".neon.tech";
    private static final String POOLER_SUFFIX = "-pooler";

    private NeonHost() {
    }

    static boolean isNeon(String host) {
        return host.toLowerCase(Locale.ROOT).endsWith(NEON_DOMAIN);
    }

    /** Whether {@code host} is a Neon pooler: a Neon host whose first label ends in {@code -pooler}. */
    static boolean isPooler(String host) {
        return isNeon(host) && firstLabel(host).toLowerCase(Locale.ROOT).endsWith(POOLER_SUFFIX);
    }

    /** The direct endpoint of a Neon pooler host: the same name without {@code -pooler}. */
    static String directHost(String poolerHost) {
        if (!isPooler(poolerHost)) {
            throw new IllegalArgumentException("not a Neon pooler host: " + poolerHost);
        }
        String label = firstLabel(poolerHost);
        return label.substring(0, label.length() - POOLER_SUFFIX.length()) + poolerHost.substring(label.length());
    }

    private static String firstLabel(String host) {
        int dot = host.indexOf('.');
        return dot < 0 ? host : host.substring(0, dot);
    }
}
