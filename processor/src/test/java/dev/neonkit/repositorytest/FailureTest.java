package dev.neonkit.repositorytest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neonkit.runtime.Access;
import dev.neonkit.runtime.DatabaseException;
import dev.neonkit.runtime.NeonDatabase;
import dev.neonkit.runtime.OptimisticLockException;
import dev.neonkit.testing.NeonDatabaseTest;
import dev.neonkit.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every way a generated repository reaches the database fails with {@link DatabaseException}, whose kind, SQLSTATE and
 * constraint are PostgreSQL's: its own statements, the jOOQ finders and counts, and queries on {@code dsl()}.
 */
@NeonDatabaseTest
class FailureTest {
    private static NeonDatabase database;
    private static OwnerRepository owners;
    private static SampleRepository samples;

    @BeforeAll
    static void open(TestDatabase db) throws Exception {
        Databases.createTables(db);
        database = Databases.open(db.libpqUrl());
        owners = new OwnerRepository(database);
        samples = new SampleRepository(database);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @BeforeEach
    void empty(TestDatabase db) throws Exception {
        Databases.truncate(db);
    }

    @Test
    void aUniqueViolationNamesItsConstraint(TestDatabase db) throws Exception {
        owners.insert(new Owner("ann@example.com", null));

        DatabaseException failure = assertThrows(DatabaseException.class,
                () -> owners.insert(new Owner("ann@example.com", "again")));

        assertEquals(DatabaseException.Kind.UNIQUE_VIOLATION, failure.kind());
        assertEquals("23505", failure.sqlState().orElseThrow());
        assertEquals(uniqueConstraintOf(db, "owner"), failure.constraint().orElseThrow());
    }

    @Test
    void aFinderByConditionFailsWithDatabaseExceptionNotJooqs() {
        DatabaseException failure = assertThrows(DatabaseException.class,
                () -> samples.find(DSL.condition("no_such_column = 1")));

        assertEquals("42703", failure.sqlState().orElseThrow(), failure.getMessage());
        assertEquals(DatabaseException.Kind.OTHER, failure.kind());
        assertTrue(failure.getMessage().contains("no_such_column"), failure.getMessage());
    }

    @Test
    void aCountByConditionFailsWithDatabaseExceptionNotJooqs() {
        DatabaseException failure = assertThrows(DatabaseException.class,
                () -> samples.count(DSL.condition("no_such_column = 1")));

        assertEquals("42703", failure.sqlState().orElseThrow());
    }

    @Test
    void queriesOnTheRepositoryDslFailWithDatabaseExceptionToo() {
        DatabaseException failure = assertThrows(DatabaseException.class,
                () -> samples.dsl(Access.READ).fetch("SELECT 1 / 0"));

        assertEquals("22012", failure.sqlState().orElseThrow());
        assertEquals(DatabaseException.Kind.INVALID_DATA, failure.kind());
    }

    @Test
    void aStaleVersionIsADatabaseExceptionOfItsOwnKind() {
        Sample stored = samples.insert(Samples.full("versioned"));
        samples.update(stored);

        DatabaseException failure = assertThrows(DatabaseException.class, () -> samples.update(stored));

        assertTrue(failure instanceof OptimisticLockException, failure.toString());
        assertEquals(DatabaseException.Kind.OPTIMISTIC_LOCK, failure.kind());
        assertTrue(failure.sqlState().isEmpty());
    }

    /** The name PostgreSQL gave the unique constraint of {@code table}, read from the catalog. */
    private static String uniqueConstraintOf(TestDatabase db, String table) throws Exception {
        try (Connection connection = db.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT conname FROM pg_constraint WHERE contype = 'u'"
                     + " AND conrelid = '" + table + "'::regclass")) {
            assertTrue(row.next(), "the table has a unique constraint");
            String name = row.getString(1);
            assertNotNull(name);
            return name;
        }
    }
}
