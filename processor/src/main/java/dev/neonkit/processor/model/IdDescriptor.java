package dev.neonkit.processor.model;

import dev.neonkit.annotations.Id;
import java.util.Objects;

/**
 * The {@code @Id} of a property.
 *
 * @param declared the strategy as written; {@link #generation} resolves {@link Id.Strategy#AUTO}
 */
public record IdDescriptor(Id.Strategy declared) {

    public IdDescriptor {
        Objects.requireNonNull(declared, "declared");
    }

    /** The strategy in effect for a key of {@code type}: never {@link Id.Strategy#AUTO}. */
    public Id.Strategy generation(PropertyType type) {
        if (declared != Id.Strategy.AUTO) {
            return declared;
        }
        if (type.kind().isIntegral()) {
            return Id.Strategy.IDENTITY;
        }
        return type.kind() == JavaKind.UUID ? Id.Strategy.UUID : Id.Strategy.NONE;
    }
}
