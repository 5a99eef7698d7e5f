package dev.neonkit.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TestPostgresTest {

    /** A database of this test's own, from which it looks at the server's catalog. */
    private static TestDatabase observer;

    @BeforeAll
    static void openObserver() {
        observer = TestPostgres.shared().createDatabase("observer");
    }

    @AfterAll
    static void closeObserver() {
        observer.close();
    }

    @Test
    void usesTheForcedSourceOrTheUrlServerWhenConfiguredAndOtherwiseStartsOne() {
        ServerSource source = TestPostgres.shared().source();

        if (SourceSettings.read().forced().isPresent()) {
            assertEquals(SourceSettings.read().forced().get(), source, "NEONKIT_TEST_DATABASE is obeyed, never overruled");
        } else if (SourceSettings.read().url().isPresent()) {
            assertEquals(ServerSource.URL, source);
        } else if (!ContainerServer.dockerReachable()) {
            assertEquals(ServerSource.EMBEDDED, source);
        } else {
            // Docker answers; without the image the run falls back to embedded (with a warning).
            assertTrue(source == ServerSource.TESTCONTAINERS || source == ServerSource.EMBEDDED, source.toString());
        }
        assertTrue(TestPostgres.shared() == TestPostgres.shared(), "one server per JVM");
    }

    @Test
    void createsAnEmptyDatabaseOwnedByTheServerUser() throws SQLException {
        try (TestDatabase db = TestPostgres.shared().createDatabase("fresh");
             Connection connection = db.connect();
             Statement statement = connection.createStatement()) {
            ResultSet identity = statement.executeQuery(
                    "SELECT current_database(), current_user, pg_get_userbyid(datdba)"
                            + " FROM pg_database WHERE datname = current_database()");
            assertTrue(identity.next());
            assertEquals(db.name(), identity.getString(1));
            assertEquals(db.user(), identity.getString(2));
            assertEquals(db.user(), identity.getString(3), "owner");

            ResultSet tables = statement.executeQuery(
                    "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                            + " WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')");
            assertTrue(tables.next());
            assertEquals(0, tables.getInt(1), "a fresh database has no relations of its own");
        }
    }

    @Test
    void namesAreSafeUniqueAndKeepAReadablePrefix() throws SQLException {
        try (TestDatabase first = TestPostgres.shared().createDatabase("Order-Tests.\"x\"");
             TestDatabase second = TestPostgres.shared().createDatabase("Order-Tests.\"x\"");
             TestDatabase digits = TestPostgres.shared().createDatabase("42")) {
            assertTrue(first.name().matches("order_tests__x__[a-z0-9]{12}"), first.name());
            assertNotEquals(first.name(), second.name());
            assertTrue(digits.name().matches("db_42_[a-z0-9]{12}"), digits.name());
            assertEquals(first.name(), currentDatabase(first));
        }
        assertThrows(IllegalArgumentException.class, () -> TestPostgres.shared().createDatabase(" "));
    }

    @Test
    void databasesDoNotShareTables() throws SQLException {
        try (TestDatabase left = TestPostgres.shared().createDatabase("left");
             TestDatabase right = TestPostgres.shared().createDatabase("right")) {
            execute(left, "CREATE TABLE shared_name (id int)");
            execute(right, "CREATE TABLE shared_name (id int)");
            execute(left, "INSERT INTO shared_name VALUES (1), (2)");

            assertEquals(2, count(left, "shared_name"));
            assertEquals(0, count(right, "shared_name"));
        }
    }

    @Test
    void closeTerminatesOpenConnectionsAndDropsTheDatabase() throws SQLException {
        TestDatabase db = TestPostgres.shared().createDatabase("dropped");
        try (Connection stillOpen = db.connect()) {
            assertTrue(databaseExists(db.name()));

            db.close();

            assertFalse(databaseExists(db.name()));
            assertThrows(SQLException.class, () -> stillOpen.createStatement().execute("SELECT 1"));
            db.close();   // a second close does nothing
        }
    }

    @Test
    void urlsDescribeTheDatabaseAndTheJdbcUrlCarriesNoCredentials() throws SQLException {
        try (TestDatabase db = TestPostgres.shared().createDatabase("urls")) {
            String prefix = "jdbc:postgresql://" + db.host() + ":" + db.port() + "/" + db.name();
            assertTrue(db.jdbcUrl().startsWith(prefix), db.jdbcUrl());
            assertFalse(db.jdbcUrl().contains("user="), db.jdbcUrl());
            assertFalse(db.jdbcUrl().contains("password"), db.jdbcUrl());

            // Reading it back goes through neonkit-runtime's parser: see UrlServerTest in neonkit-testing.
            String credentials = db.user() + (db.password().isEmpty() ? "" : ":" + db.password());
            assertTrue(db.libpqUrl().startsWith("postgresql://" + credentials + "@" + db.host() + ":" + db.port()
                    + "/" + db.name()), "libpqUrl() of " + db);

            try (Connection connection = java.sql.DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
                assertEquals(db.name(), connection.getCatalog());
            }
            try (Connection connection = db.dataSource().getConnection()) {
                assertEquals(db.name(), connection.getCatalog());
            }
        }
    }

    private static String currentDatabase(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect();
             ResultSet result = connection.createStatement().executeQuery("SELECT current_database()")) {
            result.next();
            return result.getString(1);
        }
    }

    private static void execute(TestDatabase db, String sql) throws SQLException {
        try (Connection connection = db.connect()) {
            connection.createStatement().execute(sql);
        }
    }

    private static int count(TestDatabase db, String table) throws SQLException {
        try (Connection connection = db.connect();
             ResultSet result = connection.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
            result.next();
            return result.getInt(1);
        }
    }

    private static boolean databaseExists(String name) throws SQLException {
        try (Connection connection = observer.connect();
             PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }
}
