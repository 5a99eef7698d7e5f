package dev.neonkit.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** Compiles entity sources with {@link NeonProcessor}, the way the tests need it. */
public final class Compiler {

    /** A {@code Nullable} like JSpecify's, in a package neonkit does not know. */
    public static final JavaFileObject NULLABLE = JavaFileObjects.forSourceLines("org.acme.Nullable",
            "package org.acme;",
            "import java.lang.annotation.*;",
            "@Retention(RetentionPolicy.CLASS)",
            "@Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER,",
            "    ElementType.RECORD_COMPONENT})",
            "public @interface Nullable {}");

    /**
     * {@link #NULLABLE} as JSpecify declares it: type use only, so on {@code @Nullable byte[]} it annotates the
     * element type, and javac's processing lint never lists it as unclaimed.
     */
    public static final JavaFileObject TYPE_USE_NULLABLE = JavaFileObjects.forSourceLines("org.acme.Nullable",
            "package org.acme;",
            "import java.lang.annotation.*;",
            "@Retention(RetentionPolicy.CLASS)",
            "@Target(ElementType.TYPE_USE)",
            "public @interface Nullable {}");

    private Compiler() {}

    /**
     * A source file in {@code qualifiedName}'s package that imports the neonkit annotations, {@code Nullable},
     * {@code java.util.*}, {@code java.time.*} and {@code java.math.*}.
     */
    public static JavaFileObject source(String qualifiedName, String... lines) {
        List<String> all = new ArrayList<>();
        all.add("package " + qualifiedName.substring(0, qualifiedName.lastIndexOf('.')) + ";");
        all.add("import dev.neonkit.annotations.*;");
        all.add("import org.acme.Nullable;");
        all.add("import java.math.*;");
        all.add("import java.time.*;");
        all.add("import java.util.*;");
        all.addAll(List.of(lines));
        return JavaFileObjects.forSourceLines(qualifiedName, all);
    }

    /**
     * The reference model ({@code src/test/resources/reference}): every annotation and every supported type, in two
     * packages.
     */
    public static List<JavaFileObject> referenceModel() {
        return java.util.stream.Stream.of("shop/Customer.java", "shop/Status.java", "shop/PurchaseOrder.java",
                        "shop/AuditEntry.java", "shop/geo/Country.java")
                .map(path -> JavaFileObjects.forResource("reference/" + path))
                .toList();
    }

    /** Compiles {@code sources} with the given {@code -A} options and no migrations directory. */
    public static Compilation compile(List<String> options, List<JavaFileObject> sources) {
        List<JavaFileObject> all = new ArrayList<>(sources);
        all.add(NULLABLE);
        return javac().withProcessors(new NeonProcessor()).withOptions(options).compile(all);
    }

    /** Compiles {@code sources} with migrations in {@code directory} plus {@code options}. */
    public static Compilation compileWithMigrations(Path directory, List<String> options, List<JavaFileObject> sources) {
        List<String> all = new ArrayList<>(options);
        all.add("-Aneonkit.migrations=" + directory.toAbsolutePath());
        return compile(all, sources);
    }
}
