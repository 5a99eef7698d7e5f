package dev.neonkit.runtime.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MigrationLocationTest {

    @Test
    void flywayPrefixesStayAndPlainPathsAreDirectories() {
        assertEquals("classpath:db/migration", MigrationLocation.parse("classpath:db/migration").flywayLocation());
        assertEquals("filesystem:/srv/m", MigrationLocation.parse("filesystem:/srv/m").flywayLocation());
        assertEquals("filesystem:migrations", MigrationLocation.parse(" migrations ").flywayLocation());
        assertEquals("filesystem:/srv/app/migrations",
                MigrationLocation.parse("/srv/app/migrations").flywayLocation());
        assertEquals("filesystem:C:\\app\\migrations", MigrationLocation.parse("C:\\app\\migrations").flywayLocation());
    }

    @Test
    void otherSchemesAndEmptyTextAreRejectedWithTheAcceptedForms() {
        IllegalArgumentException s3 = assertThrows(IllegalArgumentException.class,
                () -> MigrationLocation.parse("s3:bucket/migrations"));
        assertTrue(s3.getMessage().contains("unsupported scheme s3:"), s3.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MigrationLocation.parse("  "));
        assertThrows(IllegalArgumentException.class, () -> MigrationLocation.parse("classpath:"));
    }
}
