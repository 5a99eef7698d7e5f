package dev.neonkit.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a repository builds an entity from a row: with a constructor (a record's canonical one, or a class's
 * constructor taking every persistent property in declaration order), or with the no-argument constructor and a
 * setter per property.
 *
 * @param style how
 * @param slots the constructor's parameters in order ({@link Style#CONSTRUCTOR}), or the properties to set
 */
public record Instantiation(Style style, List<Slot> slots) {

    public Instantiation {
        Objects.requireNonNull(style, "style");
        slots = List.copyOf(slots);
    }

    /** How the entity is built. */
    public enum Style {
        CONSTRUCTOR,
        SETTERS
    }

    /**
     * One constructor parameter or setter call.
     *
     * @param property the persistent property passed, or empty for a {@code @Transient} record component, which gets
     *                 its type's default ({@code null}, {@code 0}, {@code false})
     * @param type     the parameter's Java type
     */
    public record Slot(Optional<String> property, TypeName type) {
        public Slot {
            Objects.requireNonNull(property, "property");
            Objects.requireNonNull(type, "type");
        }
    }
}
