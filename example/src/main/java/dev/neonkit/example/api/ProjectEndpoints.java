package dev.neonkit.example.api;

import dev.neonkit.example.http.ApiException;
import dev.neonkit.example.http.Request;
import dev.neonkit.example.http.Response;
import dev.neonkit.example.http.Route;
import dev.neonkit.example.model.Project;
import dev.neonkit.example.store.ProjectStore;
import java.sql.SQLException;
import java.util.List;

/** {@code /projects}: create, list, read, replace and delete projects. */
public final class ProjectEndpoints {
    private final ProjectStore projects;

    public ProjectEndpoints(ProjectStore projects) {
        this.projects = projects;
    }

    /** The routes, for a {@link dev.neonkit.example.http.Router}. */
    public List<Route> routes() {
        return List.of(
                new Route("POST", "/projects", this::create),
                new Route("GET", "/projects", this::list),
                new Route("GET", "/projects/{projectId}", this::get),
                new Route("PUT", "/projects/{projectId}", this::replace),
                new Route("DELETE", "/projects/{projectId}", this::delete));
    }

    private Response create(Request request) throws SQLException {
        ProjectInput input = request.body(ProjectInput.class);
        return Response.created(projects.insert(Project.create(input.name(), input.description())));
    }

    private Response list(Request request) throws SQLException {
        return Response.ok(projects.list(PageParameters.of(request)));
    }

    private Response get(Request request) throws SQLException {
        long id = request.pathId("projectId");
        return Response.ok(projects.findById(id).orElseThrow(() -> missing(id)));
    }

    private Response replace(Request request) throws SQLException {
        long id = request.pathId("projectId");
        ProjectInput input = request.body(ProjectInput.class);
        return Response.ok(projects.update(id, input.name(), input.description()).orElseThrow(() -> missing(id)));
    }

    private Response delete(Request request) throws SQLException {
        long id = request.pathId("projectId");
        if (!projects.deleteById(id)) {
            throw missing(id);
        }
        return Response.noContent();
    }

    static ApiException missing(long projectId) {
        return ApiException.notFound("Project " + projectId + " does not exist.");
    }
}
