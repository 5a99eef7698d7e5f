package dev.neonkit.processor.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.JavaFileObjects;
import dev.neonkit.processor.Compiler;
import dev.neonkit.processor.NeonProcessor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One bad entity reports its own errors and nothing else: the sound entities still get their tables and
 * repositories (written to disk, where an IDE and the rest of the build find them), the entities that reference the
 * bad one are left out with it, and nothing is written to the migrations directory while an error stands.
 */
class ContainmentTest {

    private static final JavaFileObject GOOD = Compiler.source("shop.Good",
            "@NeonEntity",
            "public record Good(@Id long id, String name) {}");
    private static final JavaFileObject BAD = Compiler.source("shop.Bad",
            "@NeonEntity",
            "public record Bad(long id, String name) {}");
    private static final JavaFileObject CHILD = Compiler.source("shop.Child",
            "@NeonEntity",
            "public record Child(@Id long id, @References(Bad.class) long badId) {}");
    /** Application code that uses the sound entity's generated table and repository. */
    private static final JavaFileObject USES_GOOD = JavaFileObjects.forSourceLines("shop.UsesGood",
            "package shop;",
            "final class UsesGood {",
            "    static long count(dev.neonkit.runtime.NeonDatabase database) {",
            "        return new GoodRepository(database).count(GoodTable.GOOD.NAME.eq(\"x\"));",
            "    }",
            "}");

    private static List<Path> listing(Path directory) throws java.io.IOException {
        try (Stream<Path> all = Files.walk(directory)) {
            return all.toList();
        }
    }

    @Test
    void theOneRealErrorIsTheOnlyErrorAndTheSoundEntitiesAreGenerated(@TempDir Path work) throws Exception {
        Path migrations = Files.createDirectories(work.resolve("migrations"));
        Path generated = Files.createDirectories(work.resolve("generated"));
        Path classes = Files.createDirectories(work.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics,
                    List.of("-classpath", System.getProperty("java.class.path"), "-s", generated.toString(),
                            "-d", classes.toString(), "-Aneonkit.migrations=" + migrations.toAbsolutePath()),
                    null, List.of(GOOD, BAD, CHILD, USES_GOOD, Compiler.NULLABLE));
            task.setProcessors(List.of(new NeonProcessor()));
            task.call();
        }

        List<String> errors = diagnostics.getDiagnostics().stream()
                .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
                .map(diagnostic -> diagnostic.getMessage(null))
                .toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("[neonkit:missing-id]"), errors.toString());
        assertTrue(Files.exists(generated.resolve("shop/GoodTable.java")), "the sound entity's table is generated: "
                + listing(generated) + " " + diagnostics.getDiagnostics());
        assertTrue(Files.exists(generated.resolve("shop/GoodRepository.java")), "and its repository");
        assertFalse(Files.exists(generated.resolve("shop/ChildRepository.java")), "an entity that needs Bad is not");
        assertFalse(Files.exists(generated.resolve("shop/BadRepository.java")));
        try (Stream<Path> written = Files.list(migrations)) {
            assertEquals(List.of(), written.toList(), "nothing is written to the migrations directory");
        }
    }
}
