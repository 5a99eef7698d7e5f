package dev.neonkit.example.api;

import static dev.neonkit.example.model.CommentTable.COMMENT;
import static dev.neonkit.example.model.TaskTable.TASK;

import dev.neonkit.example.http.ApiException;
import dev.neonkit.example.http.Request;
import dev.neonkit.example.http.Response;
import dev.neonkit.example.http.Route;
import dev.neonkit.example.model.Comment;
import dev.neonkit.example.model.CommentRepository;
import dev.neonkit.example.model.ProjectRepository;
import dev.neonkit.example.model.Task;
import dev.neonkit.example.model.TaskRepository;
import dev.neonkit.example.paging.Page;
import dev.neonkit.example.paging.PageRequest;
import dev.neonkit.runtime.DatabaseException;
import dev.neonkit.runtime.NeonDatabase;
import dev.neonkit.runtime.OptimisticLockException;
import java.util.List;
import java.util.Optional;

/**
 * Tasks and their comments: {@code /projects/{id}/tasks} (create, list page by page), {@code /tasks/{id}} (read,
 * update with the version read, delete) and {@code /tasks/{id}/comments} (add, list page by page).
 */
public final class TaskEndpoints {
    private final NeonDatabase database;
    private final ProjectRepository projects;
    private final TaskRepository tasks;
    private final CommentRepository comments;

    /** Endpoints on the generated repositories; {@code database} runs the read-then-update of a task. */
    public TaskEndpoints(NeonDatabase database, ProjectRepository projects, TaskRepository tasks,
            CommentRepository comments) {
        this.database = database;
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

    private Response create(Request request) {
        long projectId = request.pathId("projectId");
        TaskInput input = request.body(TaskInput.class);
        try {
            return Response.created(tasks.insert(
                    Task.create(projectId, input.title(), input.status(), input.dueAt(), input.labels())));
        } catch (DatabaseException e) {
            // The foreign key says the project is missing: no separate look-up, and no race with a delete.
            if (e.kind() == DatabaseException.Kind.FOREIGN_KEY_VIOLATION) {
                throw ProjectEndpoints.missing(projectId);
            }
            throw e;
        }
    }

    private Response listOfProject(Request request) {
        long projectId = request.pathId("projectId");
        PageRequest page = PageParameters.of(request);
        if (!projects.existsById(projectId)) {
            throw ProjectEndpoints.missing(projectId);
        }
        // Served by the index on task (project_id, id): one range scan from (projectId, after).
        List<Task> rows = tasks.find(TASK.PROJECT_ID.eq(projectId).and(TASK.ID.gt(page.after())),
                List.of(TASK.ID.asc()), page.fetchSize());
        return Response.ok(Page.of(rows, page, Task::id));
    }

    private Response get(Request request) {
        long id = request.pathId("taskId");
        return Response.ok(tasks.findById(id).orElseThrow(() -> missing(id)));
    }

    private Response update(Request request) {
        long id = request.pathId("taskId");
        TaskUpdate input = request.body(TaskUpdate.class);
        try {
            // One transaction on the primary: the stored task (for its project and timestamps) and the write
            // conditioned on the client's version.
            return Response.ok(database.transaction(() -> {
                Task stored = tasks.findById(id).orElseThrow(() -> missing(id));
                return tasks.update(new Task(id, stored.projectId(), input.title(), input.status(), input.dueAt(),
                        input.labels(), input.version(), stored.createdAt(), stored.updatedAt()));
            }));
        } catch (OptimisticLockException stale) {
            Optional<Task> current = tasks.findById(id);
            if (current.isEmpty()) {
                throw missing(id);
            }
            throw ApiException.conflict("Task " + id + " was changed by someone else: you sent version "
                    + input.version() + ", it is now at version " + current.get().version()
                    + ". Read it again, reapply your change and send the current version.");
        }
    }

    private Response delete(Request request) {
        long id = request.pathId("taskId");
        if (!tasks.deleteById(id)) {
            throw missing(id);
        }
        return Response.noContent();
    }

    private Response addComment(Request request) {
        long taskId = request.pathId("taskId");
        CommentInput input = request.body(CommentInput.class);
        try {
            return Response.created(comments.insert(Comment.create(taskId, input.body())));
        } catch (DatabaseException e) {
            if (e.kind() == DatabaseException.Kind.FOREIGN_KEY_VIOLATION) {
                throw missing(taskId);
            }
            throw e;
        }
    }

    private Response listComments(Request request) {
        long taskId = request.pathId("taskId");
        PageRequest page = PageParameters.of(request);
        if (!tasks.existsById(taskId)) {
            throw missing(taskId);
        }
        // Served by the index on comment (task_id, id).
        List<Comment> rows = comments.find(COMMENT.TASK_ID.eq(taskId).and(COMMENT.ID.gt(page.after())),
                List.of(COMMENT.ID.asc()), page.fetchSize());
        return Response.ok(Page.of(rows, page, Comment::id));
    }

    static ApiException missing(long taskId) {
        return ApiException.notFound("Task " + taskId + " does not exist.");
    }
}
