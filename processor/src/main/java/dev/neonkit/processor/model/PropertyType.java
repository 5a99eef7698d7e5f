package dev.neonkit.processor.model;

import java.util.List;
import java.util.Objects;

/**
 * The Java type of a property, as far as the schema cares.
 *
 * @param kind          which supported type it is, or {@link JavaKind#UNSUPPORTED}
 * @param primitive     whether it is a Java primitive (and so can never be null)
 * @param displayName   the type as the user wrote it, for messages
 * @param enumConstants the constant names, in declaration order, when {@code kind} is {@link JavaKind#ENUM}
 */
public record PropertyType(JavaKind kind, boolean primitive, String displayName, List<String> enumConstants) {

    public PropertyType {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(displayName, "displayName");
        enumConstants = List.copyOf(enumConstants);
        if (kind != JavaKind.ENUM && !enumConstants.isEmpty()) {
            throw new IllegalArgumentException("only enums have constants: " + displayName);
        }
    }

    /** Whether a key of this type and one of {@code other} can be compared: same kind, boxed or not. */
    public boolean sameKindAs(PropertyType other) {
        return kind == other.kind && (kind != JavaKind.ENUM || displayName.equals(other.displayName));
    }
}
