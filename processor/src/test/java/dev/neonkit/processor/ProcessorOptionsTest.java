package dev.neonkit.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProcessorOptionsTest {

    @Test
    void defaults() {
        ProcessorOptions.Parsed parsed = ProcessorOptions.parse(Map.of());
        assertEquals(List.of(), parsed.problems());
        assertEquals(new ProcessorOptions(Optional.empty(), false, false, Duration.ofSeconds(5)), parsed.options());
    }

    @Test
    void everyOptionSet() {
        ProcessorOptions.Parsed parsed = ProcessorOptions.parse(Map.of(
                "neonkit.migrations", "/srv/app/migrations/../migrations",
                "neonkit.mode", "check",
                "neonkit.lint", "error",
                "neonkit.lockTimeout", "750ms"));
        assertEquals(List.of(), parsed.problems());
        assertEquals(new ProcessorOptions(Optional.of(Path.of("/srv/app/migrations")), true, true,
                Duration.ofMillis(750)), parsed.options());
    }

    @Test
    void badValuesAreEachReported() {
        ProcessorOptions.Parsed parsed = ProcessorOptions.parse(Map.of(
                "neonkit.migrations", "migrations",
                "neonkit.mode", "verify",
                "neonkit.lint", "strict",
                "neonkit.lockTimeout", "0s"));
        assertEquals(4, parsed.problems().size(), parsed.problems().toString());
        assertTrue(parsed.problems().get(0).contains("is a relative path"));
        assertTrue(parsed.problems().get(1).contains("use write (the default) or check"));
        assertTrue(parsed.problems().get(2).contains("use warn (the default) or error"));
        assertTrue(parsed.problems().get(3).contains("is not a positive duration"));
        assertFalse(parsed.options().migrationsDirectory().isPresent());
    }
}
