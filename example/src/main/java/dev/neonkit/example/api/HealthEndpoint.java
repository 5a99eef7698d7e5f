package dev.neonkit.example.api;

import dev.neonkit.example.http.Response;
import dev.neonkit.example.http.Route;
import dev.neonkit.runtime.HealthReport;
import dev.neonkit.runtime.NeonDatabase;
import dev.neonkit.runtime.PoolStatistics;
import dev.neonkit.runtime.drift.Drift;
import dev.neonkit.runtime.drift.DriftReport;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /health}: one query through the pool (status, latency, server version), the pool's figures, and the
 * schema drift found at start. 200 when the database answered, 503 when it did not.
 */
public final class HealthEndpoint {
    private final NeonDatabase database;
    private final DriftBody drift;

    /** {@code driftAtStart} is the comparison of the live schema with the entities, made once at start. */
    public HealthEndpoint(NeonDatabase database, DriftReport driftAtStart, Instant checkedAt) {
        this.database = database;
        this.drift = new DriftBody(driftAtStart.hasDrift() ? "detected" : "none", checkedAt,
                driftAtStart.differences().stream().map(Drift::description).toList());
    }

    /** The route, for a {@link dev.neonkit.example.http.Router}. */
    public List<Route> routes() {
        return List.of(new Route("GET", "/health", request -> check()));
    }

    private Response check() {
        HealthReport report = database.health();
        DatabaseBody body = new DatabaseBody(report.status().name(), report.endpoint(), report.latency().toMillis(),
                report.serverVersion().orElse(null), report.message().orElse(null));
        return new Response(report.up() ? 200 : 503,
                new HealthBody(report.status().name(), body, report.pool(), drift));
    }

    /**
     * The body of {@code /health}.
     *
     * @param status   {@code UP} or {@code DOWN}: whether the database answered
     * @param database the database check
     * @param pool     the primary pool after the check
     * @param drift    the schema comparison made at start
     */
    public record HealthBody(String status, DatabaseBody database, PoolStatistics pool, DriftBody drift) {}

    /**
     * @param status        {@code UP} or {@code DOWN}
     * @param endpoint      {@code pooled|direct user@host:port/database}, never a password
     * @param latencyMs     time to borrow a connection and run the query
     * @param serverVersion PostgreSQL's version when UP
     * @param message       what failed and what to do, when DOWN
     */
    public record DatabaseBody(String status, String endpoint, long latencyMs, @Nullable String serverVersion,
            @Nullable String message) {}

    /**
     * @param status      {@code none} or {@code detected}
     * @param checkedAt   when the comparison ran
     * @param differences each difference in words, empty without drift
     */
    public record DriftBody(String status, Instant checkedAt, List<String> differences) {}
}
