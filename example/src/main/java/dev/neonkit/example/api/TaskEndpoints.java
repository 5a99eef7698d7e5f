package dev.neonkit.example.api;

import dev.neonkit.example.http.ApiException;
import dev.neonkit.example.http.Request;
import dev.neonkit.example.http.Response;
import dev.neonkit.example.http.Route;
import dev.neonkit.example.model.Comment;
import dev.neonkit.example.model.Task;
import dev.neonkit.example.store.CommentStore;
import dev.neonkit.example.store.ProjectStore;
import dev.neonkit.example.store.TaskStore;
import dev.neonkit.example.store.VersionConflictException;
import java.sql.SQLException;
import java.util.List;

/**
 * Tasks and their comments: {@code /projects/{id}/tasks} (create, list page by page), {@code /tasks/{id}} (read,
 * update with the version read, delete) and {@code /tasks/{id}/comments} (add, list).
 */
public final class TaskEndpoints {
    /** PostgreSQL's foreign_key_violation: the parent row is gone. */
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private final ProjectStore projects;
    private final TaskStore tasks;
    private final CommentStore comments;

    public TaskEndpoints(ProjectStore projects, TaskStore tasks, CommentStore comments) {
        this.projects = projects;
        this.tasks = tasks;
        this.comments = comments;
    }

    /** The routes, for a {@link dev.neonkit.example.http.Router}. */
    public List<Route> routes() {
        return List.of(
                new Route("POST", "/projects/{projectId}/tasks", this::create),
                new Route("GET", "/projects/{projectId}/tasks", this::listOfProject),
                new Route("GET", "/tasks/{taskId}", this::get),
                new Route("PUT", "/tasks/{taskId}", this::update),
                new Route("DELETE", "/tasks/{taskId}", this::delete),
                new Route("POST", "/tasks/{taskId}/comments", this::addComment),
                new Route("GET", "/tasks/{taskId}/comments", this::listComments));
    }

    private Response create(Request request) throws SQLException {
        long projectId = request.pathId("projectId");
        TaskInput input = request.body(TaskInput.class);
        try {
            return Response.created(tasks.insert(
                    Task.create(projectId, input.title(), input.status(), input.dueAt(), input.labels())));
        } catch (SQLException e) {
            if (FOREIGN_KEY_VIOLATION.equals(e.getSQLState())) {
                throw ProjectEndpoints.missing(projectId);
            }
            throw e;
        }
    }

    private Response listOfProject(Request request) throws SQLException {
        long projectId = request.pathId("projectId");
        if (projects.findById(projectId).isEmpty()) {
            throw ProjectEndpoints.missing(projectId);
        }
        return Response.ok(tasks.listByProject(projectId, PageParameters.of(request)));
    }

    private Response get(Request request) throws SQLException {
        long id = request.pathId("taskId");
        return Response.ok(tasks.findById(id).orElseThrow(() -> missing(id)));
    }

    private Response update(Request request) throws SQLException {
        long id = request.pathId("taskId");
        TaskUpdate input = request.body(TaskUpdate.class);
        // Only the id and the fields below matter to the store: the project and timestamps stay as stored.
        Task changed = new Task(id, 0, input.title(), input.status(), input.dueAt(), input.labels(),
                input.version(), null, null);
        try {
            return Response.ok(tasks.update(changed).orElseThrow(() -> missing(id)));
        } catch (VersionConflictException e) {
            throw ApiException.conflict(e.getMessage());
        }
    }

    private Response delete(Request request) throws SQLException {
        long id = request.pathId("taskId");
        if (!tasks.deleteById(id)) {
            throw missing(id);
        }
        return Response.noContent();
    }

    private Response addComment(Request request) throws SQLException {
        long taskId = request.pathId("taskId");
        CommentInput input = request.body(CommentInput.class);
        try {
            return Response.created(comments.insert(Comment.create(taskId, input.body())));
        } catch (SQLException e) {
            if (FOREIGN_KEY_VIOLATION.equals(e.getSQLState())) {
                throw missing(taskId);
            }
            throw e;
        }
    }

    private Response listComments(Request request) throws SQLException {
        long taskId = request.pathId("taskId");
        if (tasks.findById(taskId).isEmpty()) {
            throw missing(taskId);
        }
        return Response.ok(comments.listByTask(taskId, PageParameters.of(request)));
    }

    private static ApiException missing(long taskId) {
        return ApiException.notFound("Task " + taskId + " does not exist.");
    }
}
