package dev.neonkit.processor.model;

import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Objects;

/**
 * The Java type of a property, as far as the schema cares.
 *
 * @param kind          which supported type it is, or {@link JavaKind#UNSUPPORTED}
 * @param primitive     whether it is a Java primitive (and so can never be null)
 * @param displayName   the type as the user wrote it, for messages
 * @param enumConstants the constant names, in declaration order, when {@code kind} is {@link JavaKind#ENUM}
 * @param javaType      the type for generated code, without annotations
 */
public record PropertyType(
        JavaKind kind, boolean primitive, String displayName, List<String> enumConstants, TypeName javaType) {

    public PropertyType {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(displayName, "displayName");
        enumConstants = List.copyOf(enumConstants);
        Objects.requireNonNull(javaType, "javaType");
        if (kind != JavaKind.ENUM && !enumConstants.isEmpty()) {
            throw new IllegalArgumentException("only enums have constants: " + displayName);
        }
    }

    /** Whether an array kind is held in a {@code java.util.List} rather than a Java array. */
    public boolean isList() {
        return javaType instanceof ParameterizedTypeName;
    }

    /** Whether a key of this type and one of {@code other} can be compared: same kind, boxed or not. */
    public boolean sameKindAs(PropertyType other) {
        return kind == other.kind && (kind != JavaKind.ENUM || displayName.equals(other.displayName));
    }
}
