package dev.neonkit.repositorytest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neonkit.runtime.DatabaseException;
import dev.neonkit.runtime.NeonDatabase;
import dev.neonkit.testing.NeonDatabaseTest;
import dev.neonkit.testsupport.TestDatabase;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Classes: one built with setters and an identity key, one built with its constructor and an assigned key. */
@NeonDatabaseTest
class ClassEntityTest {
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

    @Test
    void setterBuiltClassWithIdentityKey() {
        Owner first = owners.insert(new Owner("zoë@example.com", null));
        Owner second = owners.insert(new Owner("bob@example.com", "Bob"));
        assertNotNull(first.getId());
        assertEquals(first.getId() + 1, second.getId(), "identity keys in insertion order");
        assertNull(first.getName());
        assertEquals("zoë@example.com", owners.findByEmail("zoë@example.com").orElseThrow().getEmail());

        second.setName("Robert");
        assertEquals("Robert", owners.update(second).getName());
        assertThrows(DatabaseException.class, () -> owners.insert(new Owner("bob@example.com", "again")),
                "the unique email is enforced");

        List<Owner> bulk = owners.insertAll(List.of(new Owner("c@example.com", "C"), new Owner("d@example.com", null)));
        assertEquals(List.of("c@example.com", "d@example.com"), bulk.stream().map(Owner::getEmail).toList());
        assertTrue(bulk.get(0).getId() < bulk.get(1).getId());
        assertTrue(owners.delete(bulk.get(0)));
        assertFalse(owners.existsById(bulk.get(0).getId()));
    }

    @Test
    void constructorBuiltClassWithAssignedKey() {
        Tag inserted = tags.insert(new Tag("sql", 1, "'; drop table tag; --"));
        assertEquals("'; drop table tag; --", inserted.description());

        Tag upserted = tags.upsert(new Tag("sql", 2, null));
        assertEquals(2, upserted.uses());
        assertNull(upserted.description());
        assertEquals(1, tags.count());

        assertEquals(5, tags.update(new Tag("sql", 5, "d")).uses());
        assertThrows(NoSuchElementException.class, () -> tags.update(new Tag("missing", 1, null)));
        assertEquals(List.of("a", "b"), tags.insertAll(List.of(new Tag("a", 0, null), new Tag("b", 0, "B")))
                .stream().map(Tag::name).toList());
        assertEquals(3, tags.findAllById(List.of("a", "b", "sql", "x")).size());
    }
}
