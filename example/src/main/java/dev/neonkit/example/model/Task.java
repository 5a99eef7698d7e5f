package dev.neonkit.example.model;

import dev.neonkit.annotations.Column;
import dev.neonkit.annotations.CreatedAt;
import dev.neonkit.annotations.Id;
import dev.neonkit.annotations.Index;
import dev.neonkit.annotations.NeonEntity;
import dev.neonkit.annotations.References;
import dev.neonkit.annotations.UpdatedAt;
import dev.neonkit.annotations.Version;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A task of one project.
 *
 * <p>The index on {@code (project_id, id)} serves the project's task list, read page by page in id order
 * ({@code WHERE project_id = ? AND id > ? ORDER BY id LIMIT ?}), and the foreign key's cascade when a project is
 * deleted.
 *
 * @param id        assigned by the database on insert; {@code null} before
 * @param projectId the project; deleting the project deletes its tasks
 * @param title     1 to 200 characters
 * @param status    where the task stands
 * @param dueAt     when it is due, optional
 * @param labels    free-form labels, possibly none
 * @param version   optimistic-locking counter: an update names the version it read and fails if the row moved on
 * @param createdAt set by the database on insert
 * @param updatedAt set on every write
 */
@NeonEntity
@Index(columns = {"projectId", "id"})
public record Task(
        @Id @Nullable Long id,
        @References(value = Project.class, onDelete = References.Action.CASCADE) long projectId,
        @Column(length = 200, check = "title <> ''") String title,
        TaskStatus status,
        @Nullable Instant dueAt,
        @Column(defaultSql = "'{}'") List<String> labels,
        @Version long version,
        @CreatedAt @Nullable Instant createdAt,
        @UpdatedAt @Nullable Instant updatedAt) {

    /** Copies the labels so a task never changes after construction. */
    public Task {
        labels = List.copyOf(labels);
    }

    /** A task not stored yet. */
    public static Task create(long projectId, String title, TaskStatus status, @Nullable Instant dueAt,
            List<String> labels) {
        return new Task(null, projectId, title, status, dueAt, labels, 0, null, null);
    }
}
