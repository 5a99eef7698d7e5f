package dev.neonkit.repositorytest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neonkit.runtime.Access;
import dev.neonkit.runtime.DatabaseException;
import dev.neonkit.runtime.NeonDatabase;
import dev.neonkit.runtime.TransactionException;
import dev.neonkit.testing.NeonDatabaseTest;
import dev.neonkit.testsupport.TestDatabase;
import dev.neonkit.testsupport.TestPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Transactions across repositories: commit, rollback, nesting, retry, and read routing outside them. */
@NeonDatabaseTest
class TransactionTest {
    private static NeonDatabase database;
    private static OwnerRepository owners;
    private static TagRepository tags;

    @BeforeAll
    static void open(TestDatabase db) throws Exception {
        Databases.createTables(db);
        database = Databases.open(db.libpqUrl());
        owners = new OwnerRepository(database);
        tags = new TagRepository(database);
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
    void repositoriesOfSeveralEntitiesShareOneConnectionAndCommit() {
        Owner owner = database.transaction(() -> {
            Connection first = database.connection(Access.READ);
            assertSame(first, database.connection(Access.WRITE), "reads and writes join the transaction");
            tags.insert(new Tag("java", 1, null));
            return owners.insert(new Owner("tx@example.com", "Tx"));
        });
        assertTrue(owners.existsById(owner.getId()));
        assertTrue(tags.existsById("java"));
        assertFalse(database.inTransaction());
    }

    @Test
    void anExceptionRollsBackEveryWriteAndIsRethrownAsItIs() {
        IllegalStateException failure = new IllegalStateException("boom");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> database.transaction(() -> {
            owners.insert(new Owner("rolled@example.com", null));
            tags.insert(new Tag("rolled", 1, null));
            throw failure;
        }));
        assertSame(failure, thrown);
        assertEquals(0, owners.count());
        assertEquals(0, tags.count());
    }

    @Test
    void aCheckedExceptionRollsBackAndIsWrapped() {
        TransactionException thrown = assertThrows(TransactionException.class, () -> database.transaction(() -> {
            tags.insert(new Tag("checked", 1, null));
            throw new IOException("disk");
        }));
        assertEquals("disk", thrown.getCause().getMessage());
        assertEquals(0, tags.count());
    }

    @Test
    void nestedCallsJoinTheOuterTransaction() {
        assertThrows(IllegalStateException.class, () -> database.transaction(() -> {
            database.transaction(() -> tags.insert(new Tag("inner", 1, null)));
            assertTrue(tags.existsById("inner"), "the inner block's write is visible in the outer transaction");
            throw new IllegalStateException("outer fails");
        }));
        assertFalse(tags.existsById("inner"), "the inner block did not commit on its own");
    }

    @Test
    void aSerializationFailureRunsTheWholeBlockAgain() {
        AtomicInteger attempts = new AtomicInteger();
        String result = database.transaction(() -> {
            tags.insert(new Tag("attempt-" + attempts.incrementAndGet(), 1, null));
            if (attempts.get() == 1) {
                raise("40001");
            }
            return "done";
        });
        assertEquals("done", result);
        assertEquals(2, attempts.get());
        assertEquals(1, tags.count(), "the first attempt's write was rolled back");
        assertTrue(tags.existsById("attempt-2"));
    }

    @Test
    void aDeadlockIsRetriedUpToTheLimitThenRethrown() {
        AtomicInteger attempts = new AtomicInteger();
        DatabaseException thrown = assertThrows(DatabaseException.class, () -> database.transaction(2, () -> {
            attempts.incrementAndGet();
            tags.insert(new Tag("deadlocked", 1, null));
            raise("40P01");
        }));
        assertEquals(2, attempts.get());
        assertEquals("40P01", thrown.sqlState().orElseThrow());
        assertEquals(0, tags.count());
    }

    @Test
    void otherFailuresAreNotRetried() {
        AtomicInteger attempts = new AtomicInteger();
        assertThrows(DatabaseException.class, () -> database.transaction(() -> {
            attempts.incrementAndGet();
            raise("23505");
        }));
        assertEquals(1, attempts.get());
    }

    @Test
    void readsOutsideATransactionUseTheReplicaAndWritesThePrimary(TestDatabase primary) throws Exception {
        try (TestDatabase replica = TestPostgres.shared().createDatabase("replica")) {
            Databases.createTables(replica);
            try (Connection connection = replica.connect(); Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO tag (name, uses) VALUES ('only-on-replica', 1)");
            }
            try (NeonDatabase routed = Databases.open(Map.of(
                    "DATABASE_URL", primary.libpqUrl(), "DATABASE_URL_RO", replica.libpqUrl()))) {
                TagRepository routedTags = new TagRepository(routed);
                routedTags.insert(new Tag("written", 1, null));

                assertTrue(routedTags.existsById("only-on-replica"), "a read outside a transaction: the replica");
                assertFalse(routedTags.existsById("written"));
                routed.transaction(() -> {
                    assertTrue(routedTags.existsById("written"), "inside a transaction: the primary");
                    assertFalse(routedTags.existsById("only-on-replica"));
                });
            }
        }
    }

    /** Makes the server raise an error with {@code sqlState}, as a real conflict would. */
    private static void raise(String sqlState) throws SQLException {
        try (Statement statement = database.connection(Access.WRITE).createStatement()) {
            statement.execute("DO $$ BEGIN RAISE EXCEPTION 'forced' USING ERRCODE = '" + sqlState + "'; END $$");
        }
    }
}
