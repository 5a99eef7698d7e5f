package dev.neonkit.example.api;

import dev.neonkit.example.model.TaskStatus;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code PUT /tasks/{id}}: the task's new state and the version it was read at. The update succeeds only
 * if nobody changed the task since; otherwise the answer is 409 with the current version.
 *
 * @param title   required, 1 to 200 characters (trimmed)
 * @param status  required
 * @param dueAt   optional; absent or {@code null} clears the due date
 * @param labels  optional; absent or {@code null} means no labels
 * @param version required: the {@code version} of the task as the client read it
 */
public record TaskUpdate(String title, TaskStatus status, @Nullable Instant dueAt, @Nullable List<String> labels,
        Long version) {

    /** Validates and trims. */
    public TaskUpdate {
        title = Fields.requireText(title, "title", 200);
        if (status == null) {
            throw new IllegalArgumentException("Field 'status' is required.");
        }
        dueAt = Fields.optionalTimestamp(dueAt, "dueAt");
        labels = Fields.labels(labels);
        if (version == null) {
            throw new IllegalArgumentException("Field 'version' is required: send the version you read, so that an"
                    + " update made by someone else in between is not overwritten.");
        }
        if (version < 0) {
            throw new IllegalArgumentException("Field 'version' must be 0 or more.");
        }
    }
}
