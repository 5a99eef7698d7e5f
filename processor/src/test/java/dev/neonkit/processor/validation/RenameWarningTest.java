package dev.neonkit.processor.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.neonkit.processor.Compiler;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code @RenamedFrom} that names nothing in the accepted schema is a warning on the annotated element. */
class RenameWarningTest {

    @TempDir Path migrations;

    @Test
    void renameOfAColumnOfANewTableWarnsOnTheProperty() {
        JavaFileObject customer = Compiler.source("app.Customer",
                "@NeonEntity",
                "public record Customer(",
                "    @Id long id,",
                "    @RenamedFrom(\"mail\") String email) {}");
        Compilation compilation = Compiler.compileWithMigrations(migrations, List.of(), List.of(customer));
        assertThat(compilation).succeeded();
        assertThat(compilation)
                .hadWarningContaining("[neonkit:stale-rename] @RenamedFrom: column public.customer.email says it was "
                        + "renamed from mail, but its table is new; remove the renamedFrom hint.")
                .inFile(customer).onLineContaining("String email");
    }

    @Test
    void renameFromAnUnknownTableWarnsOnTheType() {
        JavaFileObject customer = Compiler.source("app.Customer",
                "@NeonEntity",
                "@RenamedFrom(\"client\")",
                "public record Customer(@Id long id) {}");
        Compilation compilation = Compiler.compileWithMigrations(migrations, List.of(), List.of(customer));
        assertThat(compilation).succeeded();
        assertThat(compilation)
                .hadWarningContaining("[neonkit:stale-rename] @RenamedFrom: table public.customer says it was renamed from "
                        + "client, but")
                .inFile(customer).onLineContaining("public record Customer");
    }
}
