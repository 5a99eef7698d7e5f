package dev.neonkit.repositorytest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neonkit.runtime.DatabaseException;
import dev.neonkit.runtime.NeonDatabase;
import dev.neonkit.runtime.UnstorableValueException;
import dev.neonkit.testing.NeonDatabaseTest;
import dev.neonkit.testsupport.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Values a column cannot hold are refused before anything is sent, with an exception that names the column, the Java
 * type and why; the values at the very edges of PostgreSQL's ranges are stored and read back exactly.
 */
@NeonDatabaseTest
class UnstorableValueTest {
    /** 4713-01-01 BC: PostgreSQL goes back to 4714-11-24 BC, but pgjdbc sends anything earlier as -infinity. */
    private static final Instant FIRST_TIMESTAMP = Instant.parse("-4712-01-01T00:00:00Z");
    private static final Instant LAST_TIMESTAMP = Instant.parse("+294276-12-31T23:59:59.999999Z");

    private static NeonDatabase database;
    private static ReminderRepository reminders;

    @BeforeAll
    static void open(TestDatabase db) throws Exception {
        Databases.createTables(db);
        database = Databases.open(db.libpqUrl());
        reminders = new ReminderRepository(database);
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
    void textWithANulCharacterIsRefusedNamingTheColumn() {
        UnstorableValueException refused = refused(() -> reminders.insert(Reminder.of("call\u0000back")));

        assertEquals("text", refused.column().orElseThrow());
        assertEquals(String.class, refused.valueType());
        assertEquals("Column text cannot hold this java.lang.String: a NUL character (\\u0000) at index 4 of its 9"
                + " characters, which PostgreSQL text cannot hold", refused.getMessage());
        assertTrue(!refused.getMessage().contains("call"), "the text itself is not in the message");
        assertEquals(0, reminders.count(), "nothing was stored");
    }

    @Test
    void halfASurrogatePairIsRefused() {
        assertEquals("text", refused(() -> reminders.insert(Reminder.of("a\ud800b"))).column().orElseThrow());
    }

    @Test
    void aNulCharacterInAListElementIsRefusedNamingTheColumn() {
        UnstorableValueException refused = refused(
                () -> reminders.insert(Reminder.of("ok").withLabels(List.of("fine", "bad\u0000"))));

        assertEquals("labels", refused.column().orElseThrow());
    }

    @Test
    void timesOutsidePostgresqlsRangeAreRefusedNamingTheColumn() {
        assertEquals("due_at", refused(() -> reminders.insert(Reminder.of("a").withDueAt(Instant.MAX)))
                .column().orElseThrow());
        assertEquals("due_at", refused(() -> reminders.insert(Reminder.of("a")
                .withDueAt(LAST_TIMESTAMP.plusNanos(1_000)))).column().orElseThrow());
        assertEquals("due_at", refused(() -> reminders.insert(Reminder.of("a")
                .withDueAt(FIRST_TIMESTAMP.minusNanos(1_000)))).column().orElseThrow());
        assertEquals("offset_at", refused(() -> reminders.insert(Reminder.of("a").withOffsetAt(OffsetDateTime.MAX)))
                .column().orElseThrow());
        assertEquals("local_at", refused(() -> reminders.insert(Reminder.of("a").withLocalAt(LocalDateTime.MIN)))
                .column().orElseThrow());
        UnstorableValueException day = refused(() -> reminders.insert(Reminder.of("a").withDay(LocalDate.MAX)));
        assertEquals("day", day.column().orElseThrow());
        assertEquals(LocalDate.class, day.valueType());
        assertTrue(day.reason().contains("+999999999-12-31 is outside the date range PostgreSQL stores exactly"), day.reason());
        assertEquals(0, reminders.count());
    }

    @Test
    void theEdgesOfEachRangeAreStoredAndReadBackExactly() {
        Reminder first = reminders.insert(Reminder.of("first").withDueAt(FIRST_TIMESTAMP)
                .withOffsetAt(FIRST_TIMESTAMP.atOffset(ZoneOffset.UTC))
                .withLocalAt(LocalDateTime.ofInstant(FIRST_TIMESTAMP, ZoneOffset.UTC))
                .withDay(LocalDate.parse("-4712-01-01")));
        Reminder last = reminders.insert(Reminder.of("last").withDueAt(LAST_TIMESTAMP)
                .withOffsetAt(LAST_TIMESTAMP.atOffset(ZoneOffset.UTC))
                .withLocalAt(LocalDateTime.ofInstant(LAST_TIMESTAMP, ZoneOffset.UTC))
                .withDay(LocalDate.parse("+5874897-12-31")));

        assertEquals(first, reminders.findById(first.id()).orElseThrow());
        assertEquals(last, reminders.findById(last.id()).orElseThrow());
        assertEquals(FIRST_TIMESTAMP, first.dueAt());
        assertEquals(LAST_TIMESTAMP, last.dueAt());
    }

    @Test
    void aMultiRowInsertStoresTheSameEdgeValuesAsASingleInsert() {
        List<Reminder> edges = List.of(
                edge("first", FIRST_TIMESTAMP, LocalDate.parse("-4712-01-01")),
                edge("1 BC", Instant.parse("0000-06-15T12:00:00.5Z"), LocalDate.parse("0000-06-15")),
                edge("year 10000", Instant.parse("+10000-01-01T00:00:00.000001Z"), LocalDate.parse("+10000-01-01")),
                edge("last", LAST_TIMESTAMP, LocalDate.parse("+5874897-12-31")));

        List<Reminder> viaInsertAll = reminders.insertAll(edges);

        for (int i = 0; i < edges.size(); i++) {
            Reminder single = reminders.insert(edges.get(i));
            Reminder multi = viaInsertAll.get(i);
            assertEquals(single.withLabels(List.of()), new Reminder(single.id(), multi.text(), multi.dueAt(),
                    multi.offsetAt(), multi.localAt(), multi.day(), List.of()), multi.text());
            assertEquals(edges.get(i).dueAt(), multi.dueAt(), multi.text());
            assertEquals(edges.get(i).day(), multi.day(), multi.text());
        }
    }

    private static Reminder edge(String text, Instant at, LocalDate day) {
        return Reminder.of(text).withDueAt(at).withOffsetAt(at.atOffset(ZoneOffset.ofHours(5)))
                .withLocalAt(LocalDateTime.ofInstant(at, ZoneOffset.UTC)).withDay(day);
    }

    @Test
    void aJooqConditionOnAValueJavaTimeCannotConvertIsADatabaseExceptionToo() {
        DatabaseException failure = assertThrows(DatabaseException.class,
                () -> reminders.find(ReminderTable.REMINDER.DUE_AT.lt(Instant.MAX)));

        assertEquals(DatabaseException.Kind.INVALID_DATA, failure.kind());
    }

    @Test
    void aMultiRowInsertWithOneBadRowStoresNothing() {
        UnstorableValueException refused = refused(() -> reminders.insertAll(
                List.of(Reminder.of("good"), Reminder.of("bad").withDueAt(Instant.MAX))));

        assertEquals("due_at", refused.column().orElseThrow());
        assertEquals(0, reminders.count());
    }

    @Test
    void anUpdateWithABadValueLeavesTheRowAsItWas() {
        Reminder stored = reminders.insert(Reminder.of("keep"));

        refused(() -> reminders.update(stored.withDay(LocalDate.MIN)));

        assertEquals(stored, reminders.findById(stored.id()).orElseThrow());
    }

    private static UnstorableValueException refused(Executable write) {
        UnstorableValueException refused = assertThrows(UnstorableValueException.class, write);
        assertEquals(DatabaseException.Kind.INVALID_DATA, refused.kind());
        return refused;
    }
}
