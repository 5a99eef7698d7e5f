package dev.neonkit.repositorytest;

import dev.neonkit.annotations.Id;
import dev.neonkit.annotations.NeonEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

/** Text and every time type, for the values a column cannot hold: NUL characters, times outside PostgreSQL's range. */
@NeonEntity
public record Reminder(
        @Id @Nullable Long id,
        String text,
        @Nullable Instant dueAt,
        @Nullable OffsetDateTime offsetAt,
        @Nullable LocalDateTime localAt,
        @Nullable LocalDate day,
        List<String> labels) {

    static Reminder of(String text) {
        return new Reminder(null, text, null, null, null, null, List.of());
    }

    Reminder withDueAt(Instant value) {
        return new Reminder(id, text, value, offsetAt, localAt, day, labels);
    }

    Reminder withOffsetAt(OffsetDateTime value) {
        return new Reminder(id, text, dueAt, value, localAt, day, labels);
    }

    Reminder withLocalAt(LocalDateTime value) {
        return new Reminder(id, text, dueAt, offsetAt, value, day, labels);
    }

    Reminder withDay(LocalDate value) {
        return new Reminder(id, text, dueAt, offsetAt, localAt, value, labels);
    }

    Reminder withLabels(List<String> value) {
        return new Reminder(id, text, dueAt, offsetAt, localAt, day, value);
    }
}
