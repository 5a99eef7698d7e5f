package dev.neonkit.example;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Requests a careless or hostile client sends, each with the answer the service must give: a 4xx with a JSON error
 * that names what is wrong, never a 500. Built per run, since the paths name a project and a task of that run.
 */
final class HostileRequests {

    /**
     * One request and its expected answer.
     *
     * @param name     what the case tries
     * @param method   the HTTP method
     * @param path     the path and query
     * @param body     the body as sent on the wire, or null for none
     * @param status   the expected status
     * @param fragment a part of the expected error message
     */
    record Case(String name, String method, String path, byte[] body, int status, String fragment) {
        static Case json(String name, String method, String path, String body, int status, String fragment) {
            return new Case(name, method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), status,
                    fragment);
        }
    }

    private HostileRequests() {
    }

    /** The table, for the project {@code project} and its task {@code task}. */
    static List<Case> against(long project, long task) {
        String projects = "/projects";
        String projectPath = "/projects/" + project;
        String tasks = projectPath + "/tasks";
        String taskPath = "/tasks/" + task;
        String comments = taskPath + "/comments";
        String longDigits = "1".repeat(2_000);
        String update = "\"title\": \"A\", \"status\": \"OPEN\"";
        List<Case> cases = new ArrayList<>();
        // A JSON null where an object belongs.
        cases.add(Case.json("null project", "POST", projects, "null", 400, "null"));
        cases.add(Case.json("null replacement", "PUT", projectPath, "null", 400, "null"));
        cases.add(Case.json("null task", "POST", tasks, "null", 400, "null"));
        cases.add(Case.json("null task update", "PUT", taskPath, "null", 400, "null"));
        cases.add(Case.json("null comment", "POST", comments, " null ", 400, "null"));
        // Text PostgreSQL cannot store.
        cases.add(Case.json("NUL in a name", "POST", projects, "{\"name\": \"a\\u0000b\"}", 400, "NUL"));
        cases.add(Case.json("NUL in a description", "POST", projects,
                "{\"name\": \"A\", \"description\": \"x\\u0000\"}", 400, "'description' holds a NUL"));
        cases.add(Case.json("NUL in a title", "POST", tasks, "{\"title\": \"\\u0000\"}", 400, "'title' holds a NUL"));
        cases.add(Case.json("NUL in a label", "POST", tasks, "{\"title\": \"A\", \"labels\": [\"x\\u0000y\"]}", 400,
                "'labels[0]' holds a NUL"));
        cases.add(Case.json("NUL in a comment", "POST", comments, "{\"body\": \"ok\\u0000\"}", 400, "NUL"));
        cases.add(Case.json("NUL in an update", "PUT", taskPath, "{\"title\": \"a\\u0000\", \"status\": \"OPEN\","
                + " \"version\": 0}", 400, "NUL"));
        cases.add(Case.json("half a surrogate pair", "POST", projects, "{\"name\": \"a\\ud800b\"}", 400, "surrogate"));
        // Timestamps outside what PostgreSQL or Java can hold, and timestamps that are not text.
        cases.add(Case.json("after PostgreSQL's last timestamp", "POST", tasks,
                "{\"title\": \"A\", \"dueAt\": \"+294277-01-01T00:00:00Z\"}", 400, "outside the timestamp range"));
        cases.add(Case.json("before PostgreSQL's first timestamp", "POST", tasks,
                "{\"title\": \"A\", \"dueAt\": \"-4714-01-01T00:00:00Z\"}", 400, "outside the timestamp range"));
        cases.add(Case.json("a timestamp the driver would turn into -infinity", "POST", tasks,
                "{\"title\": \"A\", \"dueAt\": \"-4713-12-01T00:00:00Z\"}", 400, "outside the timestamp range"));
        cases.add(Case.json("Java's last instant", "POST", tasks,
                "{\"title\": \"A\", \"dueAt\": \"+1000000000-12-31T23:59:59.999999999Z\"}", 400, "'dueAt'"));
        cases.add(Case.json("an out-of-range update", "PUT", taskPath,
                "{" + update + ", \"dueAt\": \"+294277-01-01T00:00:00Z\", \"version\": 0}", 400, "outside the timestamp range"));
        cases.add(Case.json("a timestamp as 1e20", "POST", tasks, "{\"title\": \"A\", \"dueAt\": 1e20}", 400,
                "ISO-8601"));
        cases.add(Case.json("a timestamp as seconds", "POST", tasks, "{\"title\": \"A\", \"dueAt\": 1700000000}", 400,
                "ISO-8601"));
        cases.add(Case.json("a timestamp as a boolean", "POST", tasks, "{\"title\": \"A\", \"dueAt\": true}", 400,
                "ISO-8601"));
        cases.add(Case.json("a timestamp without offset", "POST", tasks,
                "{\"title\": \"A\", \"dueAt\": \"2026-12-01T17:00:00\"}", 400, "ISO-8601"));
        // Input beyond the parser's limits.
        cases.add(Case.json("a 2,000-digit number", "POST", projects, "{\"name\": " + longDigits + "}", 400,
                "JSON limit"));
        cases.add(Case.json("a 2,000-digit version", "PUT", taskPath, "{" + update + ", \"version\": " + longDigits
                + "}", 400, "JSON limit"));
        cases.add(Case.json("a 60,000-character field name", "POST", projects,
                "{\"" + "n".repeat(60_000) + "\": 1}", 400, "JSON limit"));
        // Refused at the first bracket: the reader stops where the shape goes wrong, so depth costs nothing.
        cases.add(Case.json("nesting 2,000 deep", "POST", projects,
                "{\"name\": " + "[".repeat(2_000) + "]".repeat(2_000) + "}", 400, "'name' must be a string"));
        cases.add(Case.json("a version beyond long", "PUT", taskPath,
                "{" + update + ", \"version\": 99999999999999999999}", 400, "out of range"));
        cases.add(Case.json("a fractional version", "PUT", taskPath, "{" + update + ", \"version\": 1.5}", 400,
                "'version'"));
        cases.add(Case.json("a negative version", "PUT", taskPath, "{" + update + ", \"version\": -1}", 400,
                "0 or more"));
        // Malformed or ambiguous JSON.
        cases.add(Case.json("a duplicate field", "POST", projects, "{\"name\": \"A\", \"name\": \"B\"}", 400,
                "Duplicate field"));
        cases.add(Case.json("an object for a string", "POST", projects, "{\"name\": {\"$gt\": \"\"}}", 400,
                "'name'"));
        cases.add(Case.json("form encoding", "POST", projects, "name=Launch", 400, "not valid JSON"));
        cases.add(Case.json("an array", "POST", projects, "[]", 400, "JSON object"));
        cases.add(Case.json("cut off", "POST", projects, "{\"name\": \"Lau", 400, "not valid JSON"));
        cases.add(new Case("bytes that are not UTF-8", "POST", projects,
                new byte[] {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}, 400,
                "not valid JSON"));
        cases.add(Case.json("21 labels", "POST", tasks, "{\"title\": \"A\", \"labels\": [" + "\"x\", ".repeat(20)
                + "\"y\"]}", 400, "at most 20"));
        cases.add(Case.json("an unknown field in an update", "PUT", taskPath, "{" + update + ", \"version\": 0,"
                + " \"owner\": {}}", 400, "Unknown field 'owner'"));
        // Parameters and paths.
        cases.add(Case.json("a limit beyond int", "GET", projects + "?limit=99999999999999999999", null, 400,
                "whole number"));
        cases.add(Case.json("a limit in exponent form", "GET", projects + "?limit=1e3", null, 400, "whole number"));
        cases.add(Case.json("a limit below one", "GET", projects + "?limit=-1", null, 400, "limit must be from 1"));
        cases.add(Case.json("an id beyond long", "GET", "/projects/99999999999999999999", null, 404, "positive"));
        cases.add(Case.json("a negative id", "GET", "/projects/-5", null, 404, "positive"));
        cases.add(Case.json("id zero", "GET", "/tasks/0", null, 404, "positive"));
        cases.add(Case.json("a task for an id beyond long", "POST", "/projects/99999999999999999999/tasks",
                "{\"title\": \"A\"}", 404, "positive"));
        // Size.
        cases.add(Case.json("a body over 1 MiB", "POST", projects, "{\"name\": \"" + "x".repeat(1_100_000) + "\"}",
                413, "larger than"));
        return cases;
    }
}
