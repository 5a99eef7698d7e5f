package dev.neonkit.example.model;

import dev.neonkit.annotations.Column;
import dev.neonkit.annotations.CreatedAt;
import dev.neonkit.annotations.Id;
import dev.neonkit.annotations.Index;
import dev.neonkit.annotations.NeonEntity;
import dev.neonkit.annotations.References;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A comment on a task. The index on {@code (task_id, id)} serves a task's comments in the order they were written,
 * and the foreign key's cascade when a task is deleted.
 *
 * @param id        assigned by the database on insert; {@code null} before
 * @param taskId    the task; deleting the task deletes its comments
 * @param body      1 to 10,000 characters
 * @param createdAt set by the database on insert
 */
@NeonEntity
@Index(columns = {"taskId", "id"})
public record Comment(
        @Id @Nullable Long id,
        @References(value = Task.class, onDelete = References.Action.CASCADE) long taskId,
        @Column(check = "body <> ''") String body,
        @CreatedAt @Nullable Instant createdAt) {

    /** A comment not stored yet. */
    public static Comment create(long taskId, String body) {
        return new Comment(null, taskId, body, null);
    }
}
