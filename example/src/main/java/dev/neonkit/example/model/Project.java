package dev.neonkit.example.model;

import dev.neonkit.annotations.Column;
import dev.neonkit.annotations.CreatedAt;
import dev.neonkit.annotations.Id;
import dev.neonkit.annotations.NeonEntity;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A project: a named group of tasks.
 *
 * @param id          assigned by the database on insert; {@code null} before
 * @param name        shown in lists; 1 to 200 characters
 * @param description free text, optional
 * @param createdAt   set by the database on insert; {@code null} before
 */
@NeonEntity
public record Project(
        @Id @Nullable Long id,
        @Column(length = 200, check = "name <> ''") String name,
        @Nullable String description,
        @CreatedAt @Nullable Instant createdAt) {

    /** A project not stored yet. */
    public static Project create(String name, @Nullable String description) {
        return new Project(null, name, description, null);
    }
}
