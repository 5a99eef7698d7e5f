package dev.neonkit.processor.model;

import dev.neonkit.annotations.References;
import java.util.Objects;
import javax.lang.model.element.AnnotationMirror;

/**
 * The {@code @References} of a property.
 *
 * @param targetName     qualified name of the referenced type
 * @param targetIsEntity whether the referenced type carries {@code @NeonEntity}
 * @param onDelete       the {@code ON DELETE} action
 * @param annotation     the annotation, so errors point at it
 */
public record ReferenceDescriptor(
        String targetName, boolean targetIsEntity, References.Action onDelete, AnnotationMirror annotation) {

    public ReferenceDescriptor {
        Objects.requireNonNull(targetName, "targetName");
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(annotation, "annotation");
    }
}
