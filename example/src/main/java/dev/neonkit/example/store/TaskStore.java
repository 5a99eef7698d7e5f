package dev.neonkit.example.store;

import dev.neonkit.example.model.Task;
import dev.neonkit.example.model.TaskStatus;
import dev.neonkit.runtime.NeonDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Reads and writes {@link Task} rows, one statement per call, on the primary's pool. */
public final class TaskStore {
    private static final String COLUMNS =
            "id, project_id, title, status, due_at, labels, version, created_at, updated_at";

    private final NeonDatabase database;

    /** Uses {@code database}'s primary pool; the caller keeps closing {@code database}. */
    public TaskStore(NeonDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * Stores a new task at version 0 and returns it as stored.
     *
     * @throws SQLException with SQLState 23503 when its project does not exist
     */
    public Task insert(Task task) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO task (project_id, title, status, due_at, labels) VALUES (?, ?, ?, ?, ?)"
                             + " RETURNING " + COLUMNS)) {
            insert.setLong(1, task.projectId());
            insert.setString(2, task.title());
            insert.setString(3, task.status().name());
            Rows.setInstant(insert, 4, task.dueAt());
            insert.setArray(5, Rows.textArray(connection, task.labels()));
            return single(insert).orElseThrow();
        }
    }

    public Optional<Task> findById(long id) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT " + COLUMNS + " FROM task WHERE id = ?")) {
            select.setLong(1, id);
            return single(select);
        }
    }

    /** A project's tasks in id order, one page, served by the index on {@code (project_id, id)}. */
    public Page<Task> listByProject(long projectId, PageRequest page) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT " + COLUMNS + " FROM task WHERE project_id = ? AND id > ? ORDER BY id LIMIT ?")) {
            select.setLong(1, projectId);
            select.setLong(2, page.after());
            select.setInt(3, page.limit() + 1);
            return Rows.page(all(select), page, Task::id);
        }
    }

    /**
     * Writes title, status, due date and labels if the row is still at {@code task.version()}, and moves it to the
     * next version.
     *
     * @return the task as stored, or empty when there is no task with this id
     * @throws VersionConflictException when the row has another version than {@code task.version()}
     */
    public Optional<Task> update(Task task) throws SQLException {
        long id = Objects.requireNonNull(task.id(), "an update needs the task's id");
        try (Connection connection = database.dataSource().getConnection()) {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE task SET title = ?, status = ?, due_at = ?, labels = ?, version = version + 1,"
                            + " updated_at = now() WHERE id = ? AND version = ? RETURNING " + COLUMNS)) {
                update.setString(1, task.title());
                update.setString(2, task.status().name());
                Rows.setInstant(update, 3, task.dueAt());
                update.setArray(4, Rows.textArray(connection, task.labels()));
                update.setLong(5, id);
                update.setLong(6, task.version());
                Optional<Task> updated = single(update);
                if (updated.isPresent()) {
                    return updated;
                }
            }
            // No row matched: either the task is gone or its version moved on. Which one decides 404 or 409.
            try (PreparedStatement current = connection.prepareStatement("SELECT version FROM task WHERE id = ?")) {
                current.setLong(1, id);
                try (ResultSet row = current.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    throw new VersionConflictException("task " + id, task.version(), row.getLong(1));
                }
            }
        }
    }

    /** Deletes the task and its comments (the foreign key cascades); false when there is none. */
    public boolean deleteById(long id) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM task WHERE id = ?")) {
            delete.setLong(1, id);
            return delete.executeUpdate() == 1;
        }
    }

    private static Optional<Task> single(PreparedStatement statement) throws SQLException {
        List<Task> rows = all(statement);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private static List<Task> all(PreparedStatement statement) throws SQLException {
        List<Task> tasks = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                tasks.add(new Task(row.getLong("id"), row.getLong("project_id"), row.getString("title"),
                        TaskStatus.valueOf(row.getString("status")), Rows.getInstant(row, "due_at"),
                        Rows.getTextList(row, "labels"), row.getLong("version"), Rows.getInstant(row, "created_at"),
                        Rows.getInstant(row, "updated_at")));
            }
        }
        return tasks;
    }
}
