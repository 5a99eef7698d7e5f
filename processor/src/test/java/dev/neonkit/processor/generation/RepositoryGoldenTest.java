package dev.neonkit.processor.generation;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.neonkit.processor.Compiler;
import dev.neonkit.processor.Goldens;
import dev.neonkit.processor.NeonProcessor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The generated tables and repositories of the reference model: reviewed golden files for {@code PurchaseOrder} (a
 * record with a UUID key, a foreign key, an enum, JSON, arrays, timestamps and a version) and {@code AuditEntry} (a
 * class built with setters), and a compile of everything generated under {@code -Xlint:all -Werror}.
 */
class RepositoryGoldenTest {

    @Test
    void referenceModelGeneratesTheGoldenTablesAndRepositories() {
        Compilation compilation = Compiler.compile(List.of(), Compiler.referenceModel());
        assertThat(compilation).succeeded();
        assertAll(
                () -> matches(compilation, "shop.PurchaseOrderTable"),
                () -> matches(compilation, "shop.PurchaseOrderRepository"),
                () -> matches(compilation, "shop.AuditEntryRepository"));
    }

    @Test
    void generatedCodeCompilesWithoutWarnings() {
        List<JavaFileObject> sources = new ArrayList<>(Compiler.referenceModel());
        sources.add(Compiler.NULLABLE);
        Compilation compilation = javac()
                .withProcessors(new NeonProcessor())
                .withOptions("-Xlint:all", "-Xlint:-processing", "-Werror")
                .compile(sources);
        assertThat(compilation).succeededWithoutWarnings();
        for (String generated : List.of("shop.CustomerTable", "shop.CustomerRepository", "shop.geo.CountryTable",
                "shop.geo.CountryRepository", "shop.AuditEntryTable", "shop.PurchaseOrderRepository")) {
            assertTrue(compilation.generatedSourceFile(generated).isPresent(), generated + " was generated");
        }
    }

    private static void matches(Compilation compilation, String className) throws IOException {
        String source = compilation.generatedSourceFile(className).orElseThrow().getCharContent(false).toString();
        Goldens.assertMatches("reference/" + className.replace('.', '/') + ".java", source);
    }
}
