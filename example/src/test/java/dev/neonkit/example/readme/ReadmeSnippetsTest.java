package dev.neonkit.example.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neonkit.runtime.NeonDatabase;
import dev.neonkit.testing.NeonDatabaseTest;
import dev.neonkit.testsupport.TestDatabase;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java snippet of the README compiles against the real API, and the snippets of the sections that talk to a
 * database run against one, in the order a reader follows them.
 *
 * <p>A snippet that declares a type is compiled as a file of its own, in a package of its own. The other snippets of one {@code ##} section
 * form, in order, the body of one method of a class with the fields {@code database} (a {@link NeonDatabase} on the
 * test database) and {@code db} (the {@link TestDatabase}); every snippet gets the same imports, the ones a reader
 * would add.
 */
@NeonDatabaseTest
class ReadmeSnippetsTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Pattern JAVA_BLOCK = Pattern.compile("^( *)```java\\n(.*?)^\\1```$",
            Pattern.MULTILINE | Pattern.DOTALL);
    private static final Pattern TYPE_DECLARATION = Pattern.compile(
            "^(?:@\\w+(?:\\([^)]*\\))?\\s+)*(?:public\\s+)?(?:final\\s+)?(?:class|record|interface|enum)\\s+(\\w+)",
            Pattern.MULTILINE);
    private static final String IMPORTS = """
            import static dev.neonkit.example.model.TaskTable.TASK;
            import static org.junit.jupiter.api.Assertions.*;

            import dev.neonkit.annotations.*;
            import dev.neonkit.example.model.*;
            import dev.neonkit.runtime.*;
            import dev.neonkit.runtime.drift.*;
            import dev.neonkit.runtime.migrate.*;
            import dev.neonkit.testing.*;
            import dev.neonkit.testsupport.*;
            import java.time.*;
            import java.util.*;
            import java.util.stream.*;
            import javax.sql.DataSource;
            import org.jspecify.annotations.Nullable;
            import org.junit.jupiter.api.Test;
            """;
    /** Sections whose snippets run, in this order: migrations first, so the tables exist. */
    private static final List<String> SECTIONS_THAT_RUN =
            List.of("The migration workflow", "Repositories", "Testing your application");

    private static Map<String, List<String>> fragmentsBySection;
    private static List<String> typeDeclarations;

    @BeforeAll
    static void readSnippets() throws IOException {
        fragmentsBySection = new LinkedHashMap<>();
        typeDeclarations = new ArrayList<>();
        String readme = Files.readString(README);
        Matcher block = JAVA_BLOCK.matcher(readme);
        while (block.find()) {
            String code = block.group(2).stripIndent();
            if (TYPE_DECLARATION.matcher(code).lookingAt()) {
                typeDeclarations.add(code);
            } else {
                fragmentsBySection.computeIfAbsent(sectionAt(readme, block.start()), name -> new ArrayList<>())
                        .add(code);
            }
        }
    }

    @Test
    void theReadmeHasSnippetsInEveryRunningSection() {
        for (String section : SECTIONS_THAT_RUN) {
            assertTrue(fragmentsBySection.containsKey(section), "no Java snippet under '## " + section + "'");
        }
        assertFalse(typeDeclarations.isEmpty(), "no type declared in any README snippet");
    }

    @Test
    void everySnippetCompilesAndTheDatabaseSnippetsRun(TestDatabase db, @TempDir Path work) throws Exception {
        Path sources = Files.createDirectories(work.resolve("src"));
        Path classes = Files.createDirectories(work.resolve("classes"));
        List<Path> files = new ArrayList<>();
        for (String declaration : typeDeclarations) {
            Matcher name = TYPE_DECLARATION.matcher(declaration);
            assertTrue(name.lookingAt());
            // Each declared type gets a package of its own, so a README type named like an example type
            // (the Task entity) does not hide it from the other snippets.
            String packageName = "readme.type" + files.size();
            Path unit = Files.createDirectories(sources.resolve(packageName.replace('.', '/')))
                    .resolve(name.group(1) + ".java");
            files.add(Files.writeString(unit, "package " + packageName + ";\n" + IMPORTS + "\n" + declaration));
        }
        Map<String, String> classBySection = new LinkedHashMap<>();
        fragmentsBySection.forEach((section, fragments) -> {
            String className = "Section" + classBySection.size();
            classBySection.put(section, className);
            String body = fragments.stream().collect(Collectors.joining("\n"));
            String unit = IMPORTS + "\npublic class " + className + " {\n"
                    + "    public NeonDatabase database;\n    public TestDatabase db;\n\n"
                    + "    public void run() throws Exception {\n" + body + "\n    }\n}\n";
            try {
                files.add(Files.writeString(sources.resolve(className + ".java"), unit));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        compile(files, classes);

        try (NeonDatabase database = NeonDatabase.fromEnvironment(Map.of("DATABASE_URL", db.libpqUrl()));
             URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                     getClass().getClassLoader())) {
            for (String section : SECTIONS_THAT_RUN) {
                Class<?> snippets = loader.loadClass(classBySection.get(section));
                Object instance = snippets.getConstructor().newInstance();
                snippets.getField("database").set(instance, database);
                snippets.getField("db").set(instance, db);
                snippets.getMethod("run").invoke(instance);
            }
            assertTrue(new dev.neonkit.example.model.ProjectRepository(database).count() > 0,
                    "the Repositories snippets stored a project");
        }
    }

    private static void compile(List<Path> files, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fileManager =
                     javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-proc:none", "-classpath", System.getProperty("java.class.path"),
                    "-d", classes.toString());
            boolean compiled = javac.getTask(null, fileManager, diagnostics, options, null,
                    fileManager.getJavaFileObjectsFromPaths(files)).call();
            String errors = diagnostics.getDiagnostics().stream()
                    .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
                    .map(diagnostic -> diagnostic.getSource().getName() + ":" + diagnostic.getLineNumber() + ": "
                            + diagnostic.getMessage(Locale.ROOT))
                    .collect(Collectors.joining("\n"));
            assertEquals("", errors, "README snippets do not compile");
            assertTrue(compiled);
        }
    }

    private static String sectionAt(String readme, int offset) {
        Matcher heading = Pattern.compile("^## (.+)$", Pattern.MULTILINE).matcher(readme.substring(0, offset));
        String section = "(top)";
        while (heading.find()) {
            section = heading.group(1).strip();
        }
        return section;
    }
}
