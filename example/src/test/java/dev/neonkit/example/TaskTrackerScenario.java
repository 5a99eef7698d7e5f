package dev.neonkit.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.neonkit.example.ApiClient.Answer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Every endpoint of the packaged service over HTTP, against one running process: the subclasses say which database
 * it uses. Each test makes its own projects, so only the last one, which stops the process, depends on order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class TaskTrackerScenario {
    /** Exit status of a JVM that ran its shutdown hooks after SIGTERM (128 + 15). */
    static final int EXIT_AFTER_SIGTERM = 143;

    ServiceProcess service;
    ApiClient api;

    /** The service's environment, apart from PATH and PORT. */
    abstract Map<String, String> environment() throws Exception;

    /** What is checked after the process stopped, beyond its exit status and last line. */
    abstract void assertCleanedUp() throws Exception;

    @BeforeAll
    void startService() throws Exception {
        service = ServiceProcess.start(environment());
        api = new ApiClient(service.baseUrl());
        afterStart();
    }

    /** Checks and notes made once the service serves. */
    void afterStart() throws Exception {
    }

    @AfterAll
    void stopService() throws Exception {
        if (service != null) {
            service.close();
        }
    }

    @Test
    @Order(1)
    void createReadReplaceAndDeleteAProject() throws Exception {
        Answer created = api.post("/projects", "{\"name\": \"Launch\"}");
        assertEquals(201, created.status(), created.text());
        assertTrue(created.id() > 0);
        assertEquals("Launch", created.json().get("name").asText());
        assertTrue(created.json().get("description").isNull());
        Instant.parse(created.json().get("createdAt").asText());

        String path = "/projects/" + created.id();
        assertEquals(created.json(), api.get(path).json());

        Answer replaced = api.put(path, "{\"name\": \" Launch v2 \", \"description\": \"Ship it\"}");
        assertEquals(200, replaced.status(), replaced.text());
        assertEquals("Launch v2", replaced.json().get("name").asText(), "names are trimmed");
        assertEquals("Ship it", api.get(path).json().get("description").asText());

        long taskId = api.post(path + "/tasks", "{\"title\": \"Goes with the project\"}").id();
        assertEquals(204, api.delete(path).status());
        assertEquals(404, api.get(path).status());
        assertEquals(404, api.get("/tasks/" + taskId).status(), "deleting a project deletes its tasks");
        assertEquals(404, api.delete(path).status());
    }

    @Test
    @Order(2)
    void projectsAreListedPageByPage() throws Exception {
        List<Long> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mine.add(api.post("/projects", "{\"name\": \"Listed " + i + "\"}").id());
        }
        List<Long> seen = readAllPages("/projects", 2);
        assertTrue(seen.containsAll(mine), "every project appears on some page: " + seen);
        assertEquals(seen.stream().sorted().distinct().toList(), seen, "pages are in id order without repeats");
    }

    @Test
    @Order(3)
    void tasksOfAProjectArePagedByKeyset() throws Exception {
        long project = api.post("/projects", "{\"name\": \"Paged\"}").id();
        long other = api.post("/projects", "{\"name\": \"Other\"}").id();
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(api.post("/projects/" + project + "/tasks", "{\"title\": \"Task " + i + "\"}").id());
            api.post("/projects/" + other + "/tasks", "{\"title\": \"Not mine " + i + "\"}");
        }

        Answer first = api.get("/projects/" + project + "/tasks?limit=2");
        assertEquals(200, first.status(), first.text());
        assertEquals(created.subList(0, 2), ids(first.json()));
        assertEquals(created.get(1).longValue(), first.json().get("nextAfter").asLong());

        assertEquals(created, readAllPages("/projects/" + project + "/tasks", 2));
        Answer last = api.get("/projects/" + project + "/tasks?limit=2&after=" + created.get(3));
        assertEquals(List.of(created.get(4)), ids(last.json()));
        assertTrue(last.json().get("nextAfter").isNull(), "the last page has no next cursor");

        assertEquals(404, api.get("/projects/999999999/tasks").status());
    }

    @Test
    @Order(4)
    void aTaskIsCreatedReadUpdatedWithItsVersionAndDeleted() throws Exception {
        long project = api.post("/projects", "{\"name\": \"Versions\"}").id();
        Answer created = api.post("/projects/" + project + "/tasks",
                "{\"title\": \"Write the README\", \"dueAt\": \"2026-12-01T17:00:00+01:00\","
                        + " \"labels\": [\"docs\", \" launch \", \"docs\"]}");
        assertEquals(201, created.status(), created.text());
        JsonNode task = created.json();
        assertEquals(project, task.get("projectId").asLong());
        assertEquals("OPEN", task.get("status").asText(), "status defaults to OPEN");
        assertEquals(Instant.parse("2026-12-01T16:00:00Z"), Instant.parse(task.get("dueAt").asText()));
        assertEquals(List.of("docs", "launch"), texts(task.get("labels")), "labels trimmed, duplicates dropped");
        assertEquals(0, task.get("version").asLong());

        String path = "/tasks/" + created.id();
        assertEquals(task, api.get(path).json());

        Answer updated = api.put(path, "{\"title\": \"Write the README\", \"status\": \"DONE\","
                + " \"labels\": [\"docs\"], \"version\": 0}");
        assertEquals(200, updated.status(), updated.text());
        assertEquals(1, updated.json().get("version").asLong());
        assertEquals("DONE", updated.json().get("status").asText());
        assertTrue(updated.json().get("dueAt").isNull(), "an update without dueAt clears it");

        // A second writer who also read version 0 must not overwrite the first one's change.
        Answer stale = api.put(path, "{\"title\": \"Something else\", \"status\": \"OPEN\", \"version\": 0}");
        assertEquals(409, stale.status(), stale.text());
        assertEquals("conflict", stale.json().get("error").asText());
        assertTrue(stale.json().get("message").asText().contains("now at version 1"), stale.text());
        assertEquals("DONE", api.get(path).json().get("status").asText(), "the stale update changed nothing");

        Answer retried = api.put(path, "{\"title\": \"Something else\", \"status\": \"OPEN\", \"version\": 1}");
        assertEquals(200, retried.status(), retried.text());
        assertEquals(2, retried.json().get("version").asLong());

        assertEquals(204, api.delete(path).status());
        assertEquals(404, api.get(path).status());
        assertEquals(404, api.put(path, "{\"title\": \"Gone\", \"status\": \"OPEN\", \"version\": 2}").status());
        assertEquals(404, api.delete(path).status());
    }

    @Test
    @Order(5)
    void commentsAreAddedToATaskAndListed() throws Exception {
        long project = api.post("/projects", "{\"name\": \"Comments\"}").id();
        long task = api.post("/projects/" + project + "/tasks", "{\"title\": \"Discuss\"}").id();
        Answer first = api.post("/tasks/" + task + "/comments", "{\"body\": \"Looks good\"}");
        assertEquals(201, first.status(), first.text());
        assertEquals(task, first.json().get("taskId").asLong());
        long second = api.post("/tasks/" + task + "/comments", "{\"body\": \"Agreed\"}").id();

        Answer listed = api.get("/tasks/" + task + "/comments");
        assertEquals(200, listed.status(), listed.text());
        assertEquals(List.of(first.id(), second), ids(listed.json()));
        assertEquals("Looks good", listed.json().get("items").get(0).get("body").asText());

        assertEquals(404, api.post("/tasks/999999999/comments", "{\"body\": \"Nobody\"}").status());
        assertEquals(404, api.get("/tasks/999999999/comments").status());
    }

    @Test
    @Order(6)
    void badRequestsGetA400WithAJsonMessage() throws Exception {
        long project = api.post("/projects", "{\"name\": \"Validation\"}").id();
        long task = api.post("/projects/" + project + "/tasks", "{\"title\": \"Valid\"}").id();
        String tasks = "/projects/" + project + "/tasks";
        String longName = "x".repeat(201);
        List<List<String>> cases = List.of(
                List.of("POST", "/projects", "", "empty"),
                List.of("POST", "/projects", "{\"name\": \"Launch\"", "not valid JSON"),
                List.of("POST", "/projects", "[1, 2]", "JSON object"),
                List.of("POST", "/projects", "{}", "'name' is required"),
                List.of("POST", "/projects", "{\"name\": \"   \"}", "'name' must not be blank"),
                List.of("POST", "/projects", "{\"name\": \"" + longName + "\"}", "at most 200"),
                List.of("POST", "/projects", "{\"name\": 5}", "which is not a string"),
                List.of("POST", "/projects", "{\"name\": \"A\", \"owner\": \"me\"}", "Unknown field 'owner'"),
                List.of("POST", tasks, "{\"title\": \"A\", \"status\": \"LATER\"}", "OPEN, IN_PROGRESS, DONE"),
                List.of("POST", tasks, "{\"title\": \"A\", \"dueAt\": \"tomorrow\"}", "ISO-8601"),
                List.of("POST", tasks, "{\"title\": \"A\", \"labels\": \"docs\"}", "'labels' must be an array"),
                List.of("POST", tasks, "{\"title\": \"A\", \"labels\": [\"\"]}", "'labels[0]' must not be blank"),
                List.of("PUT", "/tasks/" + task, "{\"title\": \"A\", \"status\": \"OPEN\"}", "'version' is required"),
                List.of("PUT", "/tasks/" + task, "{\"title\": \"A\", \"status\": \"OPEN\", \"version\": \"0\"}",
                        "'version' must be a whole number"),
                List.of("POST", "/tasks/" + task + "/comments", "{\"body\": \"\"}", "'body' must not be blank"),
                List.of("GET", "/projects?limit=0", "", "limit must be from 1 to 100"),
                List.of("GET", "/projects?limit=many", "", "expected a whole number"),
                List.of("GET", tasks + "?after=-1", "", "after must be 0 or an id"));
        for (List<String> bad : cases) {
            String body = bad.get(0).equals("GET") ? null : bad.get(2);
            Answer answer = api.send(bad.get(0), bad.get(1), body);
            String label = bad.get(0) + " " + bad.get(1) + " " + bad.get(2) + " -> " + answer.text();
            assertEquals(400, answer.status(), label);
            assertEquals("bad_request", answer.json().get("error").asText(), label);
            assertTrue(answer.json().get("message").asText().contains(bad.get(3)), label);
            assertFalse(answer.text().contains("Exception") || answer.text().contains("\tat "), label);
        }
        assertEquals(0, api.get("/tasks/" + task).json().get("version").asLong(), "no bad request changed the task");
    }

    @Test
    @Order(6)
    void hostileRequestsGetA4xxWithAJsonMessageAndNeverA500() throws Exception {
        long project = api.post("/projects", "{\"name\": \"Hostile\"}").id();
        long task = api.post("/projects/" + project + "/tasks", "{\"title\": \"Target\"}").id();
        List<HostileRequests.Case> cases = HostileRequests.against(project, task);
        assertTrue(cases.size() >= 40, "the table has " + cases.size() + " cases");
        for (HostileRequests.Case hostile : cases) {
            Answer answer = api.send(hostile.method(), hostile.path(), hostile.body());
            String label = hostile.name() + ": " + hostile.method() + " " + abbreviated(hostile.path()) + " -> "
                    + answer.status() + " " + abbreviated(answer.text());
            assertEquals(hostile.status(), answer.status(), label);
            assertJsonError(answer.json(), answer.text(), hostile.fragment(), label);
        }
        assertEquals(0, api.get("/tasks/" + task).json().get("version").asLong(), "no hostile request changed the task");
        assertEquals("Hostile", api.get("/projects/" + project).json().get("name").asText());
    }

    @Test
    @Order(6)
    void brokenRequestsOnTheWireGetA400Or413NeverA500() throws Exception {
        String post = "POST /projects HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n";
        byte[] object = "{\"name\": \"Wire\"}".getBytes(StandardCharsets.UTF_8);
        List<Object[]> cases = List.of(
                new Object[] {"a bad chunk size", post + "Transfer-Encoding: chunked\r\n",
                        "zz\r\n{}\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 400, "could not be read"},
                new Object[] {"chunks cut short", post + "Transfer-Encoding: chunked\r\n",
                        "20\r\n{\"name\":".getBytes(StandardCharsets.US_ASCII), 400, "could not be read"},
                new Object[] {"a Content-Length longer than the body", post + "Content-Length: 100\r\n", object, 400,
                        "could not be read"},
                new Object[] {"a Content-Length beyond the limit", post + "Content-Length: 99999999999\r\n", object,
                        413, "larger than"},
                new Object[] {"a malformed %-escape", "GET /projects?after=%25zz HTTP/1.1\r\nHost: localhost\r\n",
                        new byte[0], 400, "expected a whole number"});
        for (Object[] broken : cases) {
            RawHttp.Answer answer = RawHttp.send(service.port(), (String) broken[1], (byte[]) broken[2]);
            String label = broken[0] + " -> " + answer.status() + " " + answer.text();
            assertEquals(broken[3], answer.status(), label);
            assertJsonError(answer.json(), answer.text(), (String) broken[4], label);
        }
        // A request line the JDK's HTTP server cannot parse is answered by the server itself, before any route:
        // still a 400, with its own short HTML page.
        RawHttp.Answer badUri = RawHttp.send(service.port(), "GET /projects?after=%zz HTTP/1.1\r\nHost: localhost\r\n",
                new byte[0]);
        assertEquals(400, badUri.status(), badUri.text());
        assertFalse(badUri.text().contains("\tat "), badUri.text());
        assertEquals(201, api.post("/projects", "{\"name\": \"Still serving\"}").status());
    }

    /** A JSON error body: a code, a message with {@code fragment}, and nothing of a stack trace. */
    private static void assertJsonError(JsonNode json, String text, String fragment, String label) {
        assertTrue(json.hasNonNull("error") && json.hasNonNull("message"), label);
        assertTrue(json.get("message").asText().contains(fragment), "the message names '" + fragment + "': " + label);
        assertFalse(text.contains("Exception") || text.contains("\tat ") || text.contains("dev.neonkit"), label);
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    @Test
    @Order(7)
    void unknownResourcesAndMethodsAnswerWithJson() throws Exception {
        Answer missing = api.get("/projects/999999999");
        assertEquals(404, missing.status());
        assertEquals("not_found", missing.json().get("error").asText());
        assertEquals(404, api.get("/projects/abc").status());
        assertEquals(404, api.get("/nothing/here").status());
        assertEquals(404, api.post("/projects/999999999/tasks", "{\"title\": \"Orphan\"}").status());
        Answer wrongMethod = api.send("PATCH", "/projects", "{}");
        assertEquals(405, wrongMethod.status());
        assertEquals("method_not_allowed", wrongMethod.json().get("error").asText());
    }

    @Test
    @Order(8)
    void healthReportsTheDatabaseThePoolAndNoDrift() throws Exception {
        Answer health = api.get("/health");
        assertEquals(200, health.status(), health.text());
        JsonNode body = health.json();
        assertEquals("UP", body.get("status").asText());
        assertEquals("UP", body.get("database").get("status").asText());
        assertTrue(body.get("database").get("latencyMs").asLong() >= 0);
        assertFalse(body.get("database").get("serverVersion").asText().isEmpty());
        assertTrue(body.get("pool").get("maximum").asInt() > 0);
        assertTrue(body.get("pool").get("total").asInt() >= 1, "the check itself used a pooled connection");
        assertEquals("none", body.get("drift").get("status").asText());
        assertEquals(0, body.get("drift").get("differences").size());
        assertEquals(expectedEndpointKind(), body.get("database").get("endpoint").asText().split(" ")[0]);
    }

    /** {@code pooled} or {@code direct}: how the service reaches its primary. */
    abstract String expectedEndpointKind();

    @Test
    @Order(100)
    void sigtermStopsTheServiceCleanly() throws Exception {
        assertTrue(service.output().contains("Migrations: "), service.output());
        assertTrue(service.output().contains("Schema drift: none"), service.output());
        int exit = service.terminate();
        String output = service.output();
        assertEquals(EXIT_AFTER_SIGTERM, exit, output);
        assertTrue(output.contains("HTTP server stopped"), output);
        assertTrue(output.contains("connection pool closed"), output);
        assertTrue(output.strip().endsWith("Stopped."), output);
        assertCleanedUp();
    }

    private List<Long> readAllPages(String path, int limit) throws Exception {
        List<Long> ids = new ArrayList<>();
        String next = path + "?limit=" + limit;
        while (next != null) {
            Answer page = api.get(next);
            assertEquals(200, page.status(), page.text());
            assertTrue(page.json().get("items").size() <= limit);
            ids.addAll(ids(page.json()));
            JsonNode after = page.json().get("nextAfter");
            next = after.isNull() ? null : path + "?limit=" + limit + "&after=" + after.asLong();
        }
        return ids;
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
