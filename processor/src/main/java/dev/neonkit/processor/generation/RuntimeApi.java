package dev.neonkit.processor.generation;

import com.palantir.javapoet.ClassName;
import dev.neonkit.processor.model.Classpath;
import java.util.Optional;

/**
 * The neonkit runtime as generated repositories see it: the types they call, and the version of the runtime's
 * generated-code API ({@code dev.neonkit.runtime.generated.GeneratedCodeApi}) this processor writes code for. Every
 * reference from generated code to the runtime is named here, so a change of the runtime's API is one edit.
 */
public final class RuntimeApi {
    /** The generated-code API version these generators write for; equal to the runtime's {@code VERSION}. */
    public static final int VERSION = 2;

    private static final String PUBLIC_API = "dev.neonkit.runtime";
    private static final String GENERATED_API = "dev.neonkit.runtime.generated";

    static final ClassName NEON_DATABASE = ClassName.get(PUBLIC_API, "NeonDatabase");
    static final ClassName ACCESS = ClassName.get(PUBLIC_API, "Access");
    static final ClassName OPTIMISTIC_LOCK = ClassName.get(PUBLIC_API, "OptimisticLockException");
    static final ClassName GENERATED_CODE_API = ClassName.get(GENERATED_API, "GeneratedCodeApi");
    static final ClassName STATEMENT_RUNNER = ClassName.get(GENERATED_API, "StatementRunner");
    static final ClassName VALUE_CODEC = ClassName.get(GENERATED_API, "ValueCodec");
    static final ClassName VALUE_CODECS = ClassName.get(GENERATED_API, "ValueCodecs");
    static final ClassName COLUMN_CODEC = ClassName.get(GENERATED_API, "ColumnCodec");
    static final ClassName PARAMETER_BINDER = ClassName.get(GENERATED_API, "ParameterBinder");

    private RuntimeApi() {
    }

    /** A class that is on the compile classpath exactly when a neonkit runtime is, for {@link Classpath#read}. */
    public static String runtimeType() {
        return NEON_DATABASE.canonicalName();
    }

    /** The class whose {@code VERSION} is the runtime's generated-code API version, for {@link Classpath#read}. */
    public static String generatedCodeApiType() {
        return GENERATED_CODE_API.canonicalName();
    }

    /**
     * Why repositories cannot be generated against the runtime on the compile classpath, if they cannot: it is from
     * another neonkit release, whose generated-code API differs from {@link #VERSION}. Empty without a runtime.
     */
    public static Optional<String> mismatch(Classpath classpath) {
        if (!classpath.runtime()) {
            return Optional.empty();
        }
        Optional<Object> provided = classpath.generatedCodeApi();
        if (provided.isPresent() && provided.get().equals(VERSION)) {
            return Optional.empty();
        }
        String found = provided.map(version -> "provides generated-code API version " + version)
                .orElse("has no versioned generated-code API (it is older than this processor)");
        return Optional.of("The neonkit-runtime on the compile classpath " + found + ", but this neonkit-processor"
                + " writes repositories for version " + VERSION + ", so no repository is generated. Use the same"
                + " neonkit version for neonkit-processor and neonkit-runtime (one <version> property for both).");
    }
}
