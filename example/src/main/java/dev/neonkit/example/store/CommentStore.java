package dev.neonkit.example.store;

import dev.neonkit.example.model.Comment;
import dev.neonkit.runtime.NeonDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Reads and writes {@link Comment} rows, one statement per call, on the primary's pool. */
public final class CommentStore {
    private static final String COLUMNS = "id, task_id, body, created_at";

    private final NeonDatabase database;

    /** Uses {@code database}'s primary pool; the caller keeps closing {@code database}. */
    public CommentStore(NeonDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * Stores a new comment and returns it as stored.
     *
     * @throws SQLException with SQLState 23503 when its task does not exist
     */
    public Comment insert(Comment comment) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO comment (task_id, body) VALUES (?, ?) RETURNING " + COLUMNS)) {
            insert.setLong(1, comment.taskId());
            insert.setString(2, comment.body());
            return all(insert).get(0);
        }
    }

    /** A task's comments in the order they were written, one page, served by the index on {@code (task_id, id)}. */
    public Page<Comment> listByTask(long taskId, PageRequest page) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT " + COLUMNS + " FROM comment WHERE task_id = ? AND id > ? ORDER BY id LIMIT ?")) {
            select.setLong(1, taskId);
            select.setLong(2, page.after());
            select.setInt(3, page.limit() + 1);
            return Rows.page(all(select), page, Comment::id);
        }
    }

    private static List<Comment> all(PreparedStatement statement) throws SQLException {
        List<Comment> comments = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                comments.add(new Comment(row.getLong("id"), row.getLong("task_id"), row.getString("body"),
                        Rows.getInstant(row, "created_at")));
            }
        }
        return comments;
    }
}
