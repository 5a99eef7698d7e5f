package dev.neonkit.processor.model;

import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Element;

/**
 * A property left out of the table ({@code @Transient}, or a {@code transient} field) that still carries neonkit
 * column annotations, which then say nothing.
 *
 * @param element           the record component or field, so errors point at it
 * @param name              the Java property name
 * @param how               how it is left out, as written: {@code @Transient} or {@code transient}
 * @param columnAnnotations the simple names of the column annotations on it, in declaration order
 */
public record TransientProperty(Element element, String name, String how, List<String> columnAnnotations) {

    public TransientProperty {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(how, "how");
        columnAnnotations = List.copyOf(columnAnnotations);
    }
}
