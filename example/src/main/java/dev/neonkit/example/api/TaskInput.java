package dev.neonkit.example.api;

import dev.neonkit.example.model.TaskStatus;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /projects/{id}/tasks}.
 *
 * @param title  required, 1 to 200 characters (trimmed)
 * @param status optional, {@code OPEN} by default
 * @param dueAt  optional ISO-8601 timestamp with an offset
 * @param labels optional, up to 20 labels of 1 to 50 characters
 */
public record TaskInput(String title, @Nullable TaskStatus status, @Nullable Instant dueAt,
        @Nullable List<String> labels) {

    /** Validates, trims and fills in the defaults. */
    public TaskInput {
        title = Fields.requireText(title, "title", 200);
        status = status == null ? TaskStatus.OPEN : status;
        dueAt = Fields.optionalTimestamp(dueAt, "dueAt");
        labels = Fields.labels(labels);
    }
}
