package dev.neonkit.processor.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads annotations through their mirrors, which works for class-file entities too and keeps the mirror for error
 * positions. Values come with the annotation's defaults applied.
 */
final class AnnotationReader {

    private final Elements elements;

    AnnotationReader(Elements elements) {
        this.elements = elements;
    }

    static Optional<AnnotationMirror> find(AnnotatedConstruct construct, Class<?> annotation) {
        return construct.getAnnotationMirrors().stream()
                .filter(mirror -> nameOf(mirror).equals(annotation.getCanonicalName()))
                .map(mirror -> (AnnotationMirror) mirror)
                .findFirst();
    }

    static boolean has(AnnotatedConstruct construct, Class<?> annotation) {
        return find(construct, annotation).isPresent();
    }

    /** Whether any annotation on {@code construct} is called {@code simpleName}, whatever its package. */
    static boolean hasSimpleName(AnnotatedConstruct construct, String simpleName) {
        return construct.getAnnotationMirrors().stream()
                .anyMatch(mirror -> mirror.getAnnotationType().asElement().getSimpleName().contentEquals(simpleName));
    }

    private static String nameOf(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }

    private Object value(AnnotationMirror mirror, String attribute) {
        Map<? extends ExecutableElement, ? extends AnnotationValue> values =
                elements.getElementValuesWithDefaults(mirror);
        return values.entrySet().stream()
                .filter(entry -> entry.getKey().getSimpleName().contentEquals(attribute))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(nameOf(mirror) + " has no attribute " + attribute))
                .getValue()
                .getValue();
    }

    String string(AnnotationMirror mirror, String attribute) {
        return (String) value(mirror, attribute);
    }

    int integer(AnnotationMirror mirror, String attribute) {
        return (Integer) value(mirror, attribute);
    }

    boolean bool(AnnotationMirror mirror, String attribute) {
        return (Boolean) value(mirror, attribute);
    }

    TypeMirror type(AnnotationMirror mirror, String attribute) {
        return (TypeMirror) value(mirror, attribute);
    }

    <E extends Enum<E>> E enumConstant(AnnotationMirror mirror, String attribute, Class<E> enumType) {
        VariableElement constant = (VariableElement) value(mirror, attribute);
        return Enum.valueOf(enumType, constant.getSimpleName().toString());
    }

    /** The elements of an array attribute, each unwrapped ({@code String}, {@code AnnotationMirror}, ...). */
    <T> List<T> list(AnnotationMirror mirror, String attribute, Class<T> elementType) {
        @SuppressWarnings("unchecked")
        List<? extends AnnotationValue> values = (List<? extends AnnotationValue>) value(mirror, attribute);
        return values.stream().map(v -> elementType.cast(v.getValue())).toList();
    }

    /** {@code annotation} directly on {@code construct} plus those inside its repeatable {@code container}. */
    List<AnnotationMirror> repeated(AnnotatedConstruct construct, Class<?> annotation, Class<?> container) {
        return construct.getAnnotationMirrors().stream()
                .flatMap(mirror -> {
                    AnnotationMirror annotationMirror = mirror;
                    if (nameOf(annotationMirror).equals(annotation.getCanonicalName())) {
                        return Stream.of(annotationMirror);
                    }
                    if (nameOf(annotationMirror).equals(container.getCanonicalName())) {
                        return list(annotationMirror, "value", AnnotationMirror.class).stream();
                    }
                    return Stream.empty();
                })
                .toList();
    }
}
