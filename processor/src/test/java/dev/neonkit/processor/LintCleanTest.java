package dev.neonkit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Projects that compile with every lint as an error ({@code -Xlint:all -Werror}) can use neonkit. */
class LintCleanTest {

    @Test
    void referenceModelCompilesWithXlintAllAndWerror() {
        List<JavaFileObject> sources = new ArrayList<>(Compiler.referenceModel());
        sources.add(Compiler.TYPE_USE_NULLABLE);
        Compilation compilation = javac().withProcessors(new NeonProcessor())
                .withOptions("-Xlint:all", "-Werror").compile(sources);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(0);
    }
}
