package dev.neonkit.repositorytest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/** Sample entities: one with every nullable property set, one with every nullable property null. */
final class Samples {
    private Samples() {
    }

    /** Every property set, with values that are easy to get wrong: unicode, quotes, SQL, extremes, scale. */
    static Sample full(String code) {
        return new Sample(null, null, code,
                "Grüße, 世界 🌍 O'Brien \"quoted\" back\\slash '; drop table sample; --",
                "line one\nline two\ttab",
                Category.MUSIC, Category.BOOK,
                true, Boolean.FALSE,
                (short) -32768, (short) 32767,
                Integer.MIN_VALUE, Integer.MAX_VALUE,
                Long.MAX_VALUE, Long.MIN_VALUE,
                0.1f, Float.MAX_VALUE,
                Math.PI, -1.0E-300,
                new BigDecimal("123456789.120"), new BigDecimal("-0.000000000001"),
                "{\"name\": \"ünï\", \"tags\": [1, 2, 3], \"nested\": {\"quote\": \"'\\\"\"}}",
                "[]",
                new byte[] {0, 1, -1, 127, -128, 39, 92},
                LocalDate.of(1999, 12, 31), LocalTime.of(23, 59, 59, 123_456_000),
                LocalDateTime.of(2024, 2, 29, 12, 0, 0, 999_999_000),
                Instant.parse("2024-03-10T02:30:00.123456Z"),
                OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 1_000, ZoneOffset.UTC),
                new String[] {"a", "b,c", "quote\"s", "back\\slash", "{braces}", "NULL", "", "ü 🌍"},
                Arrays.asList("x", null, "'; drop table sample; --"),
                new long[] {Long.MIN_VALUE, 0, Long.MAX_VALUE},
                List.of(1L, 2L, 3L),
                new int[] {Integer.MIN_VALUE, -1, Integer.MAX_VALUE},
                Arrays.asList(7, null, 9),
                0, null, null, null);
    }

    /** Every nullable property null, arrays empty. */
    static Sample sparse(String code) {
        return new Sample(null, null, code, "", null, Category.FILM, null, false, null, (short) 0, null, 0, null,
                0L, null, 0f, null, 0d, null, new BigDecimal("0.000"), null, "{}", null, null,
                LocalDate.of(2000, 1, 1), null, null, Instant.parse("2000-01-01T00:00:00Z"), null,
                new String[0], List.of(), new long[0], List.of(), new int[0], null, 0, null, null, null);
    }

    /** A copy of {@code sample} with another title. */
    static Sample withTitle(Sample sample, String title) {
        return new Sample(sample.id(), sample.ownerId(), sample.code(), title, sample.note(), sample.category(),
                sample.previousCategory(), sample.active(), sample.flagged(), sample.level(), sample.bonusLevel(),
                sample.rank(), sample.bonus(), sample.views(), sample.likes(), sample.ratio(), sample.share(),
                sample.weight(), sample.score(), sample.price(), sample.discount(), sample.attributes(),
                sample.extra(), sample.payload(), sample.day(), sample.time(), sample.localStamp(),
                sample.happenedAt(), sample.confirmedAt(), sample.labels(), sample.aliases(), sample.counters(),
                sample.refs(), sample.slots(), sample.marks(), sample.version(), sample.createdAt(),
                sample.updatedAt(), sample.scratch());
    }

    /** A copy of {@code sample} with another owner. */
    static Sample withOwner(Sample sample, Long ownerId) {
        return new Sample(sample.id(), ownerId, sample.code(), sample.title(), sample.note(), sample.category(),
                sample.previousCategory(), sample.active(), sample.flagged(), sample.level(), sample.bonusLevel(),
                sample.rank(), sample.bonus(), sample.views(), sample.likes(), sample.ratio(), sample.share(),
                sample.weight(), sample.score(), sample.price(), sample.discount(), sample.attributes(),
                sample.extra(), sample.payload(), sample.day(), sample.time(), sample.localStamp(),
                sample.happenedAt(), sample.confirmedAt(), sample.labels(), sample.aliases(), sample.counters(),
                sample.refs(), sample.slots(), sample.marks(), sample.version(), sample.createdAt(),
                sample.updatedAt(), sample.scratch());
    }

    /** Asserts that every property the caller set came back as it was (arrays by content). */
    static void assertStoredAs(Sample input, Sample stored) {
        assertAll(
                () -> assertEquals(input.ownerId(), stored.ownerId(), "ownerId"),
                () -> assertEquals(input.code(), stored.code(), "code"),
                () -> assertEquals(input.title(), stored.title(), "title"),
                () -> assertEquals(input.note(), stored.note(), "note"),
                () -> assertEquals(input.category(), stored.category(), "category"),
                () -> assertEquals(input.previousCategory(), stored.previousCategory(), "previousCategory"),
                () -> assertEquals(input.active(), stored.active(), "active"),
                () -> assertEquals(input.flagged(), stored.flagged(), "flagged"),
                () -> assertEquals(input.level(), stored.level(), "level"),
                () -> assertEquals(input.bonusLevel(), stored.bonusLevel(), "bonusLevel"),
                () -> assertEquals(input.rank(), stored.rank(), "rank"),
                () -> assertEquals(input.bonus(), stored.bonus(), "bonus"),
                () -> assertEquals(input.views(), stored.views(), "views"),
                () -> assertEquals(input.likes(), stored.likes(), "likes"),
                () -> assertEquals(input.ratio(), stored.ratio(), "ratio"),
                () -> assertEquals(input.share(), stored.share(), "share"),
                () -> assertEquals(input.weight(), stored.weight(), "weight"),
                () -> assertEquals(input.score(), stored.score(), "score"),
                () -> assertEquals(input.price(), stored.price(), "price, scale included"),
                () -> assertEquals(input.discount(), stored.discount(), "discount, scale included"),
                () -> assertEquals(input.attributes(), stored.attributes(), "attributes"),
                () -> assertEquals(input.extra(), stored.extra(), "extra"),
                () -> assertArrayEquals(input.payload(), stored.payload(), "payload"),
                () -> assertEquals(input.day(), stored.day(), "day"),
                () -> assertEquals(input.time(), stored.time(), "time"),
                () -> assertEquals(input.localStamp(), stored.localStamp(), "localStamp"),
                () -> assertEquals(input.happenedAt(), stored.happenedAt(), "happenedAt"),
                () -> assertEquals(input.confirmedAt(), stored.confirmedAt(), "confirmedAt"),
                () -> assertArrayEquals(input.labels(), stored.labels(), "labels"),
                () -> assertEquals(input.aliases(), stored.aliases(), "aliases"),
                () -> assertArrayEquals(input.counters(), stored.counters(), "counters"),
                () -> assertEquals(input.refs(), stored.refs(), "refs"),
                () -> assertArrayEquals(input.slots(), stored.slots(), "slots"),
                () -> assertEquals(input.marks(), stored.marks(), "marks"));
    }
}
