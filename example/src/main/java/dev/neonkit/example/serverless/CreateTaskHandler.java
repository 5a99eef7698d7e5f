package dev.neonkit.example.serverless;

import dev.neonkit.example.api.TaskInput;
import dev.neonkit.example.http.ApiException;
import dev.neonkit.example.http.DatabaseFailures;
import dev.neonkit.example.http.JsonCodec;
import dev.neonkit.example.model.Task;
import dev.neonkit.example.model.TaskRepository;
import dev.neonkit.runtime.DatabaseException;
import dev.neonkit.runtime.NeonDatabase;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * Creates a task from one function invocation, following Neon's rule for serverless and edge runtimes: open the
 * database inside the handler, use it, close it before returning. No cloud SDK is needed; the event and the answer
 * are plain maps in the shape of an HTTP-triggered function (API Gateway's proxy format):
 *
 * <pre>{@code
 * event:  {"pathParameters": {"projectId": "1"}, "body": "{\"title\": \"Ship\"}"}
 * answer: {"statusCode": 201, "headers": {"Content-Type": "application/json"}, "body": "{\"id\": 7, ...}"}
 * }</pre>
 *
 * <p>Per invocation, {@code NeonDatabase.fromEnvironment} opens no connection until the repository needs one, and
 * {@code close()} closes the pool's connections, so an instance frozen between invocations holds none. Set
 * {@code NEONKIT_SERVERLESS=true} (on AWS Lambda it is on by itself) for a pool of at most 2 and a short idle time,
 * and point {@code DATABASE_URL} at Neon's pooled ({@code -pooler}) endpoint.
 *
 * <p><b>Reused JVMs.</b> Where the platform keeps the JVM between invocations (AWS Lambda), a static instance
 * avoids a new TLS handshake per invocation instead; its idle connections are checked on borrow after a thaw:
 * <pre>{@code
 * private static final NeonDatabase DATABASE = NeonDatabase.fromEnv();
 * private static final TaskRepository TASKS = new TaskRepository(DATABASE);
 * }</pre>
 * The schema is not migrated here: run the migrations once per deploy ({@code Migrator}), not per invocation.
 */
public final class CreateTaskHandler {
    private final Map<String, String> environment;
    private final JsonCodec json = new JsonCodec();

    /** A handler configured from the process environment. */
    public CreateTaskHandler() {
        this(System.getenv());
    }

    /** A handler configured from {@code environment}, read as {@code DATABASE_URL} and friends. */
    public CreateTaskHandler(Map<String, String> environment) {
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
    }

    /**
     * Handles one invocation.
     *
     * @param event {@code pathParameters.projectId} and a JSON {@code body} as {@code POST /projects/{id}/tasks}
     *              takes it
     * @return {@code statusCode} (201, 400, 404, or 503 with {@code Retry-After} when the database is waking or lost
     *         the connection), {@code headers} and the JSON {@code body}: the stored task, or
     *         {@code {"error", "message"}}; other database failures are thrown, for the platform to log as errors
     */
    public Map<String, Object> handle(Map<String, Object> event) {
        try {
            long projectId = projectId(event);
            TaskInput input = json.read(body(event), TaskInput.class);
            try (NeonDatabase database = NeonDatabase.fromEnvironment(environment)) {
                Task stored = new TaskRepository(database).insert(
                        Task.create(projectId, input.title(), input.status(), input.dueAt(), input.labels()));
                return answer(201, stored);
            } catch (DatabaseException e) {
                if (e.kind() == DatabaseException.Kind.FOREIGN_KEY_VIOLATION) {
                    throw ApiException.notFound("Project " + projectId + " does not exist.");
                }
                throw DatabaseFailures.answer(e).orElseThrow(() -> e);
            }
        } catch (ApiException e) {
            return answer(e.status(), e.body());
        }
    }

    private static long projectId(Map<String, Object> event) {
        Object parameters = event.get("pathParameters");
        Object value = parameters instanceof Map<?, ?> map ? map.get("projectId") : null;
        try {
            long id = Long.parseLong(String.valueOf(value));
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException notANumber) {
            // Reported below.
        }
        throw ApiException.badRequest("pathParameters.projectId must be a positive whole number, got " + value + ".");
    }

    private static byte[] body(Map<String, Object> event) {
        Object body = event.get("body");
        return body == null ? new byte[0] : body.toString().getBytes(StandardCharsets.UTF_8);
    }

    private Map<String, Object> answer(int status, Object body) {
        Map<String, String> headers = status == 503
                ? Map.of("Content-Type", "application/json",
                        "Retry-After", Integer.toString(DatabaseFailures.RETRY_AFTER_SECONDS))
                : Map.of("Content-Type", "application/json");
        return Map.of("statusCode", status, "headers", headers,
                "body", new String(json.write(body), StandardCharsets.UTF_8));
    }
}
