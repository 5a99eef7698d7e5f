package dev.neonkit.runtime.drift;

import dev.neonkit.schema.model.SchemaModel;
import java.util.List;
import java.util.Objects;

/**
 * A database's schema as {@link CatalogReader} read it.
 *
 * @param model       the tables, columns, keys, indexes and checks the schema model can describe
 * @param notCompared what the catalog holds but the model cannot describe (an expression index, a GIN index, a
 *                    generated column, ...), one sentence each; such objects are left out of {@code model}, so a
 *                    drift check does not compare them
 */
public record LiveSchema(SchemaModel model, List<String> notCompared) {

    /** Copies the list. */
    public LiveSchema {
        Objects.requireNonNull(model, "model");
        notCompared = List.copyOf(notCompared);
    }
}
