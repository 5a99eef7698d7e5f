package dev.neonkit.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compares generated text with reviewed golden files under {@code src/test/resources/golden}. A missing golden fails
 * with the path to create; the actual text is saved under {@code target/golden-actual} to copy from after review.
 */
public final class Goldens {

    private static final Path GOLDEN_ROOT = Path.of("src/test/resources/golden");
    private static final Path ACTUAL_ROOT = Path.of("target/golden-actual");

    private Goldens() {}

    /** The golden file or directory at {@code relativePath}. */
    public static Path golden(String relativePath) {
        return GOLDEN_ROOT.resolve(relativePath);
    }

    /** The names of the files in {@code directory}, sorted; empty when it does not exist. */
    public static List<String> fileNames(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(directory)) {
            return listing.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    /** Asserts that {@code actual} equals the golden file {@code relativePath}. */
    public static void assertMatches(String relativePath, String actual) throws IOException {
        Path golden = GOLDEN_ROOT.resolve(relativePath);
        Path saved = ACTUAL_ROOT.resolve(relativePath);
        Files.createDirectories(saved.getParent());
        Files.writeString(saved, actual, StandardCharsets.UTF_8);
        if (!Files.exists(golden)) {
            fail("Golden file " + golden.toAbsolutePath() + " is missing. Review " + saved.toAbsolutePath()
                    + " and copy it there.");
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
                "Generated text differs from " + golden + "; the actual text is in " + saved);
    }
}
