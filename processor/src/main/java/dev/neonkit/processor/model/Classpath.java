package dev.neonkit.processor.model;

import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * What the compile classpath offers the generated code, read once so that generation never asks the compiler.
 *
 * @param jooq              whether jOOQ is there (generated tables need it)
 * @param runtime           whether a neonkit runtime is there (generated repositories need it)
 * @param generatedCodeApi  the value of the runtime's generated-code API {@code VERSION} constant, empty when the
 *                          runtime has none (or there is no runtime)
 */
public record Classpath(boolean jooq, boolean runtime, Optional<Object> generatedCodeApi) {

    public Classpath {
        Objects.requireNonNull(generatedCodeApi, "generatedCodeApi");
    }

    /**
     * Reads the classpath through {@code elements}.
     *
     * @param jooqType          a class that is there exactly when jOOQ is
     * @param runtimeType       a class that is there exactly when a neonkit runtime is
     * @param generatedCodeApi  the runtime class whose {@code VERSION} constant is the generated-code API version
     */
    public static Classpath read(Elements elements, String jooqType, String runtimeType, String generatedCodeApi) {
        TypeElement api = elements.getTypeElement(generatedCodeApi);
        Optional<Object> version = api == null ? Optional.empty() : ElementFilter.fieldsIn(api.getEnclosedElements())
                .stream()
                .filter(field -> field.getSimpleName().contentEquals("VERSION"))
                .map(VariableElement::getConstantValue)
                .filter(Objects::nonNull)
                .findFirst();
        return new Classpath(elements.getTypeElement(jooqType) != null, elements.getTypeElement(runtimeType) != null,
                version);
    }
}
