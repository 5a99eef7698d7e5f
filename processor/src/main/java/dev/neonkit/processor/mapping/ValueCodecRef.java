package dev.neonkit.processor.mapping;

import com.palantir.javapoet.TypeName;
import java.util.Objects;
import java.util.Optional;

/**
 * The runtime value codec ({@code dev.neonkit.runtime.generated.ValueCodec}) generated code calls for a column: a
 * constant of {@code ValueCodecs}, or for an enum a constant the repository declares as
 * {@code ValueCodecs.enumOf(<Enum>.class)}.
 *
 * @param field    the name of the {@code ValueCodecs} constant ({@code UUID}), or of the repository's constant
 *                 ({@code STATUS_CODEC})
 * @param enumType the enum, when the repository declares the codec
 */
public record ValueCodecRef(String field, Optional<TypeName> enumType) {

    public ValueCodecRef {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(enumType, "enumType");
    }

    /** The {@code ValueCodecs} constant {@code field}. */
    static ValueCodecRef shared(String field) {
        return new ValueCodecRef(field, Optional.empty());
    }

    /** The repository's constant {@code field}, the codec of {@code enumType}. */
    static ValueCodecRef ofEnum(String field, TypeName enumType) {
        return new ValueCodecRef(field, Optional.of(enumType));
    }
}
