package dev.neonkit.processor.model;

import java.util.List;
import java.util.Objects;
import javax.lang.model.element.AnnotationMirror;

/**
 * One {@code @Index} of an entity.
 *
 * @param name       the explicit index name, or empty for the derived one
 * @param properties the Java property names, in index order
 * @param unique     whether it is a unique index
 * @param where      the partial-index predicate, or empty
 * @param annotation the annotation, so errors point at it
 */
public record IndexDescriptor(
        String name, List<String> properties, boolean unique, String where, AnnotationMirror annotation) {

    public IndexDescriptor {
        Objects.requireNonNull(name, "name");
        properties = List.copyOf(properties);
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(annotation, "annotation");
    }
}
