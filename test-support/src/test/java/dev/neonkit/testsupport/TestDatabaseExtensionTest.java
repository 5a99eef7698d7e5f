package dev.neonkit.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Runs small test classes that use {@link WithTestDatabase} through the JUnit engine and checks what they saw.
 * The fixture classes are nested static classes, which build tools do not run on their own.
 */
class TestDatabaseExtensionTest {

    /** Database name each fixture class saw, by fixture class. */
    private static final Map<Class<?>, String> SEEN = new ConcurrentHashMap<>();

    @Test
    void eachClassGetsItsOwnDatabaseInjectedEverywhereAndDroppedAfterwards() throws SQLException {
        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(FirstFixture.class), selectClass(SecondFixture.class))
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.started(4).succeeded(4));

        String first = SEEN.get(FirstFixture.class);
        String second = SEEN.get(SecondFixture.class);
        assertNotEquals(first, second);
        assertFalse(databaseExists(first), first + " should be dropped after its class");
        assertFalse(databaseExists(second), second + " should be dropped after its class");
    }

    @Test
    void perClassInstancesReceiveTheDatabaseInTheirConstructor() {
        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(PerClassFixture.class))
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    @Test
    void nestedClassesShareTheirEnclosingClassDatabase() throws SQLException {
        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(OuterFixture.class))
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.started(2).succeeded(2));

        assertEquals(SEEN.get(OuterFixture.class), SEEN.get(OuterFixture.Inner.class));
        assertFalse(databaseExists(SEEN.get(OuterFixture.class)));
    }

    /** Shared body of the first two fixtures: both create the same table, which only works if they are apart. */
    abstract static class IsolationFixture {

        private static final Map<Class<?>, TestDatabase> FROM_BEFORE_ALL = new ConcurrentHashMap<>();
        private final TestDatabase fromConstructor;

        IsolationFixture(TestDatabase db) {
            this.fromConstructor = db;
        }

        static void createMarkerTable(Class<?> fixture, TestDatabase db) throws SQLException {
            FROM_BEFORE_ALL.put(fixture, db);
            try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE marker (owner text NOT NULL)");
                statement.execute("INSERT INTO marker VALUES ('" + fixture.getSimpleName() + "')");
            }
        }

        @Test
        void seesOnlyItsOwnTable(TestDatabase db) throws SQLException {
            try (Connection connection = db.connect();
                 ResultSet rows = connection.createStatement().executeQuery("SELECT owner FROM marker")) {
                rows.next();
                assertEquals(getClass().getSimpleName(), rows.getString(1));
                assertFalse(rows.next());
            }
        }

        @Test
        void receivesOneDatabaseEverywhere(TestDatabase db) {
            assertSame(FROM_BEFORE_ALL.get(getClass()), db);
            assertSame(fromConstructor, db);
            SEEN.put(getClass(), db.name());
        }
    }

    @WithTestDatabase
    static class FirstFixture extends IsolationFixture {
        FirstFixture(TestDatabase db) {
            super(db);
        }

        @BeforeAll
        static void schema(TestDatabase db) throws SQLException {
            createMarkerTable(FirstFixture.class, db);
        }
    }

    @WithTestDatabase
    static class SecondFixture extends IsolationFixture {
        SecondFixture(TestDatabase db) {
            super(db);
        }

        @BeforeAll
        static void schema(TestDatabase db) throws SQLException {
            createMarkerTable(SecondFixture.class, db);
        }
    }

    @WithTestDatabase
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    static class PerClassFixture {
        private final TestDatabase fromConstructor;
        private TestDatabase fromBeforeAll;

        PerClassFixture(TestDatabase db) {
            this.fromConstructor = db;
        }

        @BeforeAll
        void remember(TestDatabase db) {
            fromBeforeAll = db;
        }

        @Test
        void sameDatabaseInConstructorAndLifecycle(TestDatabase db) {
            assertSame(fromConstructor, db);
            assertSame(fromBeforeAll, db);
        }

        @Test
        void theDatabaseIsUsable(TestDatabase db) throws SQLException {
            try (Connection connection = db.connect()) {
                assertEquals(db.name(), connection.getCatalog());
            }
        }

        @AfterAll
        void stillOpenInAfterAll(TestDatabase db) throws SQLException {
            assertSame(fromConstructor, db);
        }
    }

    @WithTestDatabase
    static class OuterFixture {
        @BeforeEach
        void remember(TestDatabase db) {
            SEEN.put(OuterFixture.class, db.name());
        }

        @Test
        void outer(TestDatabase db) {
            assertEquals(SEEN.get(OuterFixture.class), db.name());
        }

        @Nested
        class Inner {
            @Test
            void inner(TestDatabase db) {
                SEEN.put(Inner.class, db.name());
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
