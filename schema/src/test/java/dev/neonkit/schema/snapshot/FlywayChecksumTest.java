package dev.neonkit.schema.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The expected values were computed by flyway-core 13.12.0's own {@code ChecksumCalculator.calculate} over a
 * {@code StringResource} of the same text, so these tests pin neonkit to Flyway's arithmetic.
 */
class FlywayChecksumTest {

    @Test
    void matchesFlywayForAPlainScript() {
        assertEquals(1216804996, FlywayChecksum.of("SET lock_timeout = '5s';\nCREATE TABLE customer (id bigint);\n"));
    }

    @Test
    void ignoresLineEndingStyle() {
        assertEquals(1216804996,
                FlywayChecksum.of("SET lock_timeout = '5s';\r\nCREATE TABLE customer (id bigint);\r\n"));
    }

    @Test
    void dropsTheByteOrderMarkAndHashesUtf8() {
        assertEquals(1234110763, FlywayChecksum.of("\uFEFFSELECT 1;\n-- café ü 漢字\n"));
    }

    @Test
    void emptyFileHasChecksumZero() {
        assertEquals(0, FlywayChecksum.of(""));
    }
}
