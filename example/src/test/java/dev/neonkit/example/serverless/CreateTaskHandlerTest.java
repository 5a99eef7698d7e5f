package dev.neonkit.example.serverless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.neonkit.example.model.Project;
import dev.neonkit.example.model.ProjectRepository;
import dev.neonkit.runtime.NeonDatabase;
import dev.neonkit.runtime.migrate.Migrator;
import dev.neonkit.testing.NeonDatabaseTest;
import dev.neonkit.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The per-invocation handler against a real PostgreSQL database migrated with the example's migrations. */
@NeonDatabaseTest
class CreateTaskHandlerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, String> environment;
    private static long projectId;

    @BeforeAll
    static void migrateAndAddAProject(TestDatabase db) {
        environment = Map.of("DATABASE_URL", db.libpqUrl());
        Migrator.fromEnvironment(environment).locations("classpath:db/migration").migrate();
        try (NeonDatabase database = NeonDatabase.fromEnvironment(environment)) {
            projectId = new ProjectRepository(database).insert(Project.create("Serverless", null)).id();
        }
    }

    @Test
    void createsTheTaskAndLeavesNoConnectionOpen(TestDatabase db) throws Exception {
        Map<String, Object> answer = new CreateTaskHandler(environment).handle(event(String.valueOf(projectId),
                "{\"title\": \"From a function\", \"labels\": [\"edge\"]}"));

        assertEquals(201, answer.get("statusCode"), answer.toString());
        JsonNode task = JSON.readTree((String) answer.get("body"));
        try (Connection connection = db.connect();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT project_id, title, status, labels[1] FROM task WHERE id = ?")) {
            select.setLong(1, task.get("id").asLong());
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), "the task is stored");
                assertEquals(projectId, row.getLong(1));
                assertEquals("From a function", row.getString(2));
                assertEquals("OPEN", row.getString(3));
                assertEquals("edge", row.getString(4));
            }
        }
        assertEquals(0, sessionsOfTheHandler(db), "the invocation closed its connections");
    }

    @Test
    void aMissingProjectAnswers404AndStoresNothing(TestDatabase db) throws Exception {
        long before = countTasks(db);
        Map<String, Object> answer = new CreateTaskHandler(environment).handle(
                event("999999", "{\"title\": \"Orphan\"}"));
        assertEquals(404, answer.get("statusCode"), answer.toString());
        assertEquals("not_found", JSON.readTree((String) answer.get("body")).get("error").asText());
        assertEquals(before, countTasks(db));
    }

    @Test
    void badInputAnswers400(TestDatabase db) throws Exception {
        long before = countTasks(db);
        CreateTaskHandler handler = new CreateTaskHandler(environment);
        Map<String, Object> blankTitle = handler.handle(event(String.valueOf(projectId), "{\"title\": \" \"}"));
        assertEquals(400, blankTitle.get("statusCode"));
        assertTrue(((String) blankTitle.get("body")).contains("'title' must not be blank"), blankTitle.toString());
        Map<String, Object> badId = handler.handle(event("abc", "{\"title\": \"A\"}"));
        assertEquals(400, badId.get("statusCode"));
        assertTrue(((String) badId.get("body")).contains("projectId"), badId.toString());
        assertEquals(before, countTasks(db));
    }

    private static Map<String, Object> event(String projectId, String body) {
        return Map.of("pathParameters", Map.of("projectId", projectId), "body", body);
    }

    private static long countTasks(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect();
             ResultSet count = connection.createStatement().executeQuery("SELECT count(*) FROM task")) {
            count.next();
            return count.getLong(1);
        }
    }

    /** Sessions the runtime opened (application_name neonkit) on the test database, once they have ended. */
    private static int sessionsOfTheHandler(TestDatabase db) throws Exception {
        int sessions = -1;
        // A closed connection's backend leaves pg_stat_activity a moment after the client hung up.
        for (int attempt = 0; attempt < 50 && sessions != 0; attempt++) {
            try (Connection connection = db.connect();
                 PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM pg_stat_activity"
                         + " WHERE datname = ? AND application_name = 'neonkit'")) {
                select.setString(1, db.name());
                try (ResultSet count = select.executeQuery()) {
                    count.next();
                    sessions = count.getInt(1);
                }
            }
            if (sessions != 0) {
                Thread.sleep(100);
            }
        }
        return sessions;
    }
}
