package dev.neonkit.processor.generation;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.neonkit.processor.Compiler;
import dev.neonkit.processor.NeonProcessor;
import dev.neonkit.runtime.generated.GeneratedCodeApi;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A processor and a runtime from different neonkit releases: one clear error that names both versions, and no
 * generated repository that would fail with "cannot find symbol".
 */
class RuntimeVersionTest {

    private static final JavaFileObject NOTE = Compiler.source("shop.Note",
            "@NeonEntity",
            "public record Note(@Id long id, String body) {}");

    @Test
    void theProcessorWritesForTheRuntimeVersionOfThisRelease() {
        assertEquals(GeneratedCodeApi.VERSION, RuntimeApi.VERSION);
    }

    @Test
    void aMatchingRuntimeGetsRepositoriesThatCheckTheVersionAtStartUp() throws Exception {
        Compilation compilation = Compiler.compile(List.of(), List.of(NOTE));

        assertThat(compilation).succeededWithoutWarnings();
        String repository = compilation.generatedSourceFile("shop.NoteRepository").orElseThrow()
                .getCharContent(false).toString();
        assertTrue(repository.contains("static final int GENERATED_CODE_API = GeneratedCodeApi.require("
                + RuntimeApi.VERSION + ", NoteRepository.class);"), repository);
    }

    @Test
    void aRuntimeOfAnotherVersionIsOneErrorNamingBothVersions() {
        JavaFileObject otherRuntime = JavaFileObjects.forSourceLines("dev.neonkit.runtime.generated.GeneratedCodeApi",
                "package dev.neonkit.runtime.generated;",
                "public final class GeneratedCodeApi {",
                "    public static final int VERSION = " + (RuntimeApi.VERSION + 98) + ";",
                "}");

        Compilation compilation = Compiler.compile(List.of(), List.of(NOTE, otherRuntime));

        // One error: a repository generated anyway would add "cannot find symbol" errors (this runtime has no
        // require method); the tables, which need only jOOQ, still compile.
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[neonkit:runtime-version] The neonkit-runtime on the compile"
                + " classpath provides generated-code API version " + (RuntimeApi.VERSION + 98)
                + ", but this neonkit-processor writes repositories for version " + RuntimeApi.VERSION);
        assertThat(compilation).hadErrorContaining("Use the same neonkit version for neonkit-processor and"
                + " neonkit-runtime");
    }

    @Test
    void aRuntimeOlderThanTheVersionedApiIsTheSameOneError() {
        // The classpath without the runtime, and a runtime that has NeonDatabase but no GeneratedCodeApi.
        List<File> classpath = new ArrayList<>();
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("runtime" + File.separator + "target")
                        && !entry.contains("neonkit-runtime"))
                .map(File::new)
                .forEach(classpath::add);
        JavaFileObject oldRuntime = JavaFileObjects.forSourceLines("dev.neonkit.runtime.NeonDatabase",
                "package dev.neonkit.runtime;",
                "public final class NeonDatabase {}");

        Compilation compilation = com.google.testing.compile.Compiler.javac()
                .withProcessors(new NeonProcessor())
                .withClasspath(classpath)
                .compile(NOTE, Compiler.NULLABLE, oldRuntime);

        // One error: a repository generated against this runtime would not compile (it has no StatementRunner).
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[neonkit:runtime-version] The neonkit-runtime on the compile"
                + " classpath has no versioned generated-code API");
    }

    @Test
    void aRepositoryOnARuntimeOfAnotherVersionFailsAtClassInitialisationNamingBothVersions() throws Exception {
        // The repository as a processor of another release would have written it: for API version VERSION - 1.
        Compilation generated = Compiler.compile(List.of(), List.of(NOTE));
        assertThat(generated).succeeded();
        List<JavaFileObject> sources = new ArrayList<>(List.of(NOTE, Compiler.NULLABLE));
        for (JavaFileObject file : generated.generatedSourceFiles()) {
            String text = file.getCharContent(false).toString();
            String className = file.getName().replaceAll(".*/(shop/.*)\\.java$", "$1").replace('/', '.');
            sources.add(JavaFileObjects.forSourceString(className, text.replace(
                    "GeneratedCodeApi.require(" + RuntimeApi.VERSION + ",",
                    "GeneratedCodeApi.require(" + (RuntimeApi.VERSION - 1) + ",")));
        }
        Compilation older = com.google.testing.compile.Compiler.javac().compile(sources);
        assertThat(older).succeeded();
        // This runtime's codecs are hidden: were they initialised before the check, loading would fail with
        // NoClassDefFoundError instead of the versions.
        ClassLoader runtimeWithoutCodecs = new ClassLoader(getClass().getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.endsWith(".ColumnCodec") || name.endsWith(".ValueCodecs")) {
                    throw new ClassNotFoundException(name);
                }
                for (JavaFileObject file : older.generatedFiles()) {
                    if (file.getKind() == JavaFileObject.Kind.CLASS
                            && file.getName().endsWith("/" + name.replace('.', '/') + ".class")) {
                        synchronized (getClassLoadingLock(name)) {
                            Class<?> loaded = findLoadedClass(name);
                            if (loaded == null) {
                                byte[] bytes;
                                try (InputStream in = file.openInputStream()) {
                                    bytes = in.readAllBytes();
                                } catch (IOException e) {
                                    throw new ClassNotFoundException(name, e);
                                }
                                loaded = defineClass(name, bytes, 0, bytes.length);
                            }
                            return loaded;
                        }
                    }
                }
                return super.loadClass(name, resolve);
            }
        };

        ExceptionInInitializerError failure = assertThrows(ExceptionInInitializerError.class,
                () -> Class.forName("shop.NoteRepository", true, runtimeWithoutCodecs));

        IllegalStateException mismatch = assertInstanceOf(IllegalStateException.class, failure.getCause());
        assertEquals("shop.NoteRepository was generated by a neonkit-processor for generated-code API version "
                + (RuntimeApi.VERSION - 1) + ", but the neonkit-runtime on the classpath provides version "
                + GeneratedCodeApi.VERSION + ". Use the same neonkit version for neonkit-processor and"
                + " neonkit-runtime, and rebuild.", mismatch.getMessage());
    }
}
