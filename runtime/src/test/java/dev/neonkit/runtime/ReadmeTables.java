package dev.neonkit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks a table that the README shows between two markers against the code that generates it. */
public final class ReadmeTables {
    /** The repository's README, seen from a module's directory. */
    public static final Path README = Path.of("..", "README.md");

    private ReadmeTables() {
    }

    /**
     * Asserts that the README holds {@code expected} exactly between the line {@code <!-- name:start ... -->} and
     * {@code <!-- name:end -->}.
     */
    public static void assertReadmeShows(String name, String expected, String generator) throws IOException {
        String readme = Files.readString(README);
        String startMarker = "<!-- " + name + ":start (generated from " + generator + ") -->\n";
        String endMarker = "<!-- " + name + ":end -->";
        int start = readme.indexOf(startMarker);
        int end = readme.indexOf(endMarker);
        assertTrue(start >= 0 && end > start,
                "README.md needs the markers " + startMarker.strip() + " and " + endMarker + " around the table");
        assertEquals(expected, readme.substring(start + startMarker.length(), end),
                "README.md's " + name + " is out of date; put " + generator + " between its markers");
    }
}
