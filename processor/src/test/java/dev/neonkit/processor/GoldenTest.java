package dev.neonkit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference model ({@code src/test/resources/reference}, every annotation and every supported type) against
 * reviewed golden files: every file of the migrations directory after the first compile (the draft of the first
 * migration, SCHEMA.md and the draft state) and the generated {@code NeonkitSchema}.
 */
class GoldenTest {

    @Test
    void referenceModelGeneratesTheGoldenFiles(@TempDir Path migrations) throws IOException {
        Compilation compilation = Compiler.compileWithMigrations(migrations, List.of(), Compiler.referenceModel());
        assertThat(compilation).succeeded();

        List<String> files = Goldens.fileNames(migrations);
        List<Executable> checks = new ArrayList<>();
        for (String file : files) {
            String text = Files.readString(migrations.resolve(file), StandardCharsets.UTF_8);
            checks.add(() -> Goldens.assertMatches("reference/migrations/" + file, text));
        }
        String schemaClass =
                compilation.generatedSourceFile("shop.NeonkitSchema").orElseThrow().getCharContent(false).toString();
        checks.add(() -> Goldens.assertMatches("reference/NeonkitSchema.java", schemaClass));
        checks.add(() -> assertEquals(Goldens.fileNames(Goldens.golden("reference/migrations")), files,
                "the migrations directory holds exactly the golden files"));
        assertAll(checks);
    }
}
