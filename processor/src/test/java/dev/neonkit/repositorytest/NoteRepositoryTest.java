package dev.neonkit.repositorytest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neonkit.runtime.NeonDatabase;
import dev.neonkit.testing.NeonDatabaseTest;
import dev.neonkit.testsupport.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every statement of a repository whose column names collide in Java ({@code NOTE_}, {@code A_B_}) and SQL. */
@NeonDatabaseTest
class NoteRepositoryTest {
    private static NeonDatabase database;
    private static NoteRepository notes;

    @BeforeAll
    static void open(TestDatabase db) throws Exception {
        Databases.createTables(db);
        database = Databases.open(db.libpqUrl());
        notes = new NoteRepository(database);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void hostileNamesRoundTrip() {
        Note inserted = notes.insert(Note.of("a"));
        assertEquals(Note.of("a").withNote("a"), new Note(null, inserted.note(), inserted.underscored(),
                inserted.dashed(), inserted.select(), inserted.order(), inserted.user(), inserted.first(),
                inserted.underscore(), inserted.count(), inserted.version()));
        assertEquals(inserted, notes.findById(inserted.id()).orElseThrow());
        assertEquals(inserted, notes.findBySelect("select a").orElseThrow());

        Note updated = notes.update(inserted.withNote("b"));
        assertEquals("b", updated.note());
        assertEquals(inserted.version() + 1, updated.version());
        assertEquals("b", notes.upsert(updated).note());

        List<Note> bulk = notes.insertAll(List.of(Note.of("c"), Note.of("d")));
        assertEquals(List.of("c-", "d-"), bulk.stream().map(Note::dashed).toList());
        assertEquals(List.of("c_"), notes.find(NoteTable.NOTE.NOTE_.eq("c")).stream().map(Note::underscored).toList());
        assertEquals(1, notes.count(NoteTable.NOTE.A_B_.eq("d-")));
        assertEquals(3, notes.count());
        assertEquals(3, notes.findPage(10).size());
        assertTrue(notes.delete(bulk.get(0)));
        assertFalse(notes.existsById(bulk.get(0).id()));
    }
}
