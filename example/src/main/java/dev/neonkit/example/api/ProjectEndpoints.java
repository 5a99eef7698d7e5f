package dev.neonkit.example.api;

import dev.neonkit.example.http.ApiException;
import dev.neonkit.example.http.Request;
import dev.neonkit.example.http.Response;
import dev.neonkit.example.http.Route;
import dev.neonkit.example.model.Project;
import dev.neonkit.example.model.ProjectRepository;
import dev.neonkit.example.paging.Page;
import dev.neonkit.example.paging.PageRequest;
import java.util.List;
import java.util.NoSuchElementException;

/** {@code /projects}: create, list page by page, read, replace and delete projects. */
public final class ProjectEndpoints {
    private final ProjectRepository projects;

    /** Endpoints on the generated repository. */
    public ProjectEndpoints(ProjectRepository projects) {
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

    private Response create(Request request) {
        ProjectInput input = request.body(ProjectInput.class);
        return Response.created(projects.insert(Project.create(input.name(), input.description())));
    }

    private Response list(Request request) {
        PageRequest page = PageParameters.of(request);
        // The primary key's index serves both: ORDER BY id LIMIT n, and WHERE id > after ORDER BY id LIMIT n.
        List<Project> rows = page.after() == 0 ? projects.findPage(page.fetchSize())
                : projects.findPageAfter(page.after(), page.fetchSize());
        return Response.ok(Page.of(rows, page, Project::id));
    }

    private Response get(Request request) {
        long id = request.pathId("projectId");
        return Response.ok(projects.findById(id).orElseThrow(() -> missing(id)));
    }

    private Response replace(Request request) {
        long id = request.pathId("projectId");
        ProjectInput input = request.body(ProjectInput.class);
        try {
            return Response.ok(projects.update(new Project(id, input.name(), input.description(), null)));
        } catch (NoSuchElementException noRow) {
            throw missing(id);
        }
    }

    private Response delete(Request request) {
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
