package dev.neonkit.processor.mapping;

import com.palantir.javapoet.TypeName;
import java.util.Objects;
import java.util.Optional;

/**
 * The runtime value codec ({@code dev.neonkit.runtime.generated.ValueCodec}) of a column: a constant of
 * {@code ValueCodecs}, or for an enum {@code ValueCodecs.enumOf(<Enum>.class)}.
 *
 * @param field    the member of {@code ValueCodecs}: a constant ({@code UUID}), or {@value #ENUM_FACTORY} for an enum
 * @param enumType the enum, for {@value #ENUM_FACTORY}
 */
public record ValueCodecRef(String field, Optional<TypeName> enumType) {

    /** The {@code ValueCodecs} method that makes an enum's codec. */
    public static final String ENUM_FACTORY = "enumOf";

    public ValueCodecRef {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(enumType, "enumType");
    }

    /** The {@code ValueCodecs} constant {@code field}. */
    static ValueCodecRef shared(String field) {
        return new ValueCodecRef(field, Optional.empty());
    }

    /** {@code ValueCodecs.enumOf(enumType.class)}. */
    static ValueCodecRef ofEnum(TypeName enumType) {
        return new ValueCodecRef(ENUM_FACTORY, Optional.of(enumType));
    }
}
