package dev.neonkit.example.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RouteTest {
    private final Route tasks = new Route("GET", "/projects/{projectId}/tasks", request -> Response.noContent());

    @Test
    void variablesAreTakenFromTheirSegments() {
        assertEquals(Optional.of(Map.of("projectId", "42")), tasks.match("/projects/42/tasks"));
        assertEquals(Optional.of(Map.of("projectId", "42")), tasks.match("/projects/42/tasks/"));
    }

    @Test
    void otherPathsDoNotMatch() {
        assertEquals(Optional.empty(), tasks.match("/projects/42"));
        assertEquals(Optional.empty(), tasks.match("/projects/42/comments"));
        assertEquals(Optional.empty(), tasks.match("/projects/42/tasks/7"));
    }
}
