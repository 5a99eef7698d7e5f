package dev.neonkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.neonkit.runtime.NeonDatabase;
import dev.neonkit.testsupport.TestDatabase;
import dev.neonkit.testsupport.TestPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Runs small test classes that use {@link NeonDatabaseTest} through the JUnit engine, against the real server, and
 * checks what they saw. The fixture classes are nested static classes, which build tools do not run on their own.
 */
class NeonDatabaseExtensionTest {

    private static final Map<Class<?>, NeonDatabase> DATABASES = new ConcurrentHashMap<>();
    private static final Map<Class<?>, String> DATABASE_NAMES = new ConcurrentHashMap<>();

    @Test
    void theNeonDatabaseParameterIsMigratedFromTheDefaultLocationSharedInTheClassAndClosedAfterIt()
            throws SQLException {
        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(DefaultLocationFixture.class))
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.started(3).succeeded(3));

        NeonDatabase database = DATABASES.get(DefaultLocationFixture.class);
        assertThrows(IllegalStateException.class, () -> database.dataSource().getConnection().close(),
                "closed after the class");
        assertFalse(databaseExists(DATABASE_NAMES.get(DefaultLocationFixture.class)), "dropped after the class");
    }

    @Test
    void theAnnotationChoosesOtherMigrationLocations() {
        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(OtherLocationFixture.class))
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void nestedClassesShareTheirEnclosingClassDatabase() {
        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(OuterFixture.class))
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.started(2).succeeded(2));

        assertSame(DATABASES.get(OuterFixture.class), DATABASES.get(OuterFixture.Inner.class));
    }

    @Test
    void aMigrationLocationThatDoesNotExistFailsTheClassWithTheMigratorsReason() {
        List<Event> failures = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(MissingLocationFixture.class))
                .execute()
                .testEvents()
                .failed()
                .list();

        assertEquals(1, failures.size());
        Throwable failure = failures.get(0).getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .orElseThrow().getThrowable().orElseThrow();
        String messages = "";
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages += t.getMessage() + "\n";
        }
        assertTrue(messages.contains("neonkit-testing/no-such-folder"), messages);
    }

    @NeonDatabaseTest
    static class DefaultLocationFixture {
        private static NeonDatabase fromBeforeAll;

        @BeforeAll
        static void remember(NeonDatabase database, TestDatabase db) {
            fromBeforeAll = database;
            DATABASES.put(DefaultLocationFixture.class, database);
            DATABASE_NAMES.put(DefaultLocationFixture.class, db.name());
        }

        @Test
        void theMigrationsOfClasspathDbMigrationAreApplied(NeonDatabase database) throws SQLException {
            try (Connection connection = database.dataSource().getConnection()) {
                assertEquals(1, connection.createStatement().executeUpdate("INSERT INTO note (body) VALUES ('hello')"));
            }
        }

        @Test
        void everyParameterIsTheSameDatabase(NeonDatabase database) {
            assertSame(fromBeforeAll, database);
        }

        @Test
        void itIsTheTestDatabase(NeonDatabase database, TestDatabase db) throws SQLException {
            try (Connection connection = db.connect();
                 ResultSet history = connection.createStatement().executeQuery(
                         "SELECT version, script FROM flyway_schema_history WHERE success")) {
                assertTrue(history.next());
                assertEquals("1", history.getString(1));
                assertEquals("V1__create_note.sql", history.getString(2));
            }
            assertEquals(db.name(), database.config().primary().database());
        }
    }

    @NeonDatabaseTest(migrations = "classpath:neonkit-testing/other-migrations")
    static class OtherLocationFixture {
        @Test
        void onlyThoseMigrationsAreApplied(NeonDatabase database, TestDatabase db) throws SQLException {
            try (Connection connection = db.connect();
                 ResultSet tables = connection.createStatement().executeQuery(
                         "SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables WHERE schemaname = 'public'"
                                 + " AND tablename <> 'flyway_schema_history'")) {
                tables.next();
                assertEquals("label", tables.getString(1));
            }
        }
    }

    @NeonDatabaseTest(migrations = "classpath:neonkit-testing/no-such-folder")
    static class MissingLocationFixture {
        @Test
        void asksForTheDatabase(NeonDatabase database) {
        }
    }

    @NeonDatabaseTest
    static class OuterFixture {
        @Test
        void outer(NeonDatabase database) {
            DATABASES.put(OuterFixture.class, database);
        }

        @Nested
        class Inner {
            @Test
            void inner(NeonDatabase database) {
                DATABASES.put(Inner.class, database);
            }
        }
    }

    private static boolean databaseExists(String name) throws SQLException {
        try (TestDatabase observer = TestPostgres.shared().createDatabase("observer");
             Connection connection = observer.connect();
             PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }
}
