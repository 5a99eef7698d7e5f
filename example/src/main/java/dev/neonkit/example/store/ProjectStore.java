package dev.neonkit.example.store;

import dev.neonkit.example.model.Project;
import dev.neonkit.runtime.NeonDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Reads and writes {@link Project} rows, one statement per call, on the primary's pool. */
public final class ProjectStore {
    private static final String COLUMNS = "id, name, description, created_at";

    private final NeonDatabase database;

    /** Uses {@code database}'s primary pool; the caller keeps closing {@code database}. */
    public ProjectStore(NeonDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Stores a new project and returns it with the id and creation time the database gave it. */
    public Project insert(Project project) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO project (name, description) VALUES (?, ?) RETURNING " + COLUMNS)) {
            insert.setString(1, project.name());
            insert.setString(2, project.description());
            return single(insert).orElseThrow();
        }
    }

    public Optional<Project> findById(long id) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT " + COLUMNS + " FROM project WHERE id = ?")) {
            select.setLong(1, id);
            return single(select);
        }
    }

    /** Projects in id order, one page; the primary key serves the keyset condition. */
    public Page<Project> list(PageRequest page) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT " + COLUMNS + " FROM project WHERE id > ? ORDER BY id LIMIT ?")) {
            select.setLong(1, page.after());
            select.setInt(2, page.limit() + 1);
            return Rows.page(all(select), page, Project::id);
        }
    }

    /** Replaces name and description; empty when there is no such project. */
    public Optional<Project> update(long id, String name, String description) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE project SET name = ?, description = ? WHERE id = ? RETURNING " + COLUMNS)) {
            update.setString(1, name);
            update.setString(2, description);
            update.setLong(3, id);
            return single(update);
        }
    }

    /** Deletes the project with its tasks and their comments (the foreign keys cascade); false when none. */
    public boolean deleteById(long id) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM project WHERE id = ?")) {
            delete.setLong(1, id);
            return delete.executeUpdate() == 1;
        }
    }

    private static Optional<Project> single(PreparedStatement statement) throws SQLException {
        List<Project> rows = all(statement);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private static List<Project> all(PreparedStatement statement) throws SQLException {
        List<Project> projects = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                projects.add(new Project(row.getLong("id"), row.getString("name"), row.getString("description"),
                        Rows.getInstant(row, "created_at")));
            }
        }
        return projects;
    }
}
