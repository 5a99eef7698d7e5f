package dev.neonkit.schema.snapshot;

import dev.neonkit.schema.model.SchemaModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The last accepted state of the schema, committed beside the migrations: the model the migrations produce and the
 * chain of migrations that produce it.
 *
 * @param formatVersion the snapshot file format; {@link #CURRENT_FORMAT} for every snapshot this version writes
 * @param model         the schema after the last accepted migration
 * @param chain         the accepted migrations in version order, strictly increasing
 */
public record Snapshot(int formatVersion, SchemaModel model, List<AcceptedMigration> chain) {

    /** The format this version of neonkit reads and writes. */
    public static final int CURRENT_FORMAT = 1;

    /** Validates the format version and that the chain's versions strictly increase. */
    public Snapshot {
        if (formatVersion != CURRENT_FORMAT) {
            throw new IllegalArgumentException("snapshot format " + formatVersion
                    + " is not supported; this neonkit reads and writes format " + CURRENT_FORMAT);
        }
        Objects.requireNonNull(model, "model");
        chain = List.copyOf(Objects.requireNonNull(chain, "chain"));
        for (int i = 1; i < chain.size(); i++) {
            if (chain.get(i).version() <= chain.get(i - 1).version()) {
                throw new IllegalArgumentException("migration versions must strictly increase, but "
                        + chain.get(i).fileName() + " (version " + chain.get(i).version() + ") follows "
                        + chain.get(i - 1).fileName() + " (version " + chain.get(i - 1).version() + ")");
            }
        }
    }

    /** The state before any migration: an empty schema and an empty chain. */
    public static Snapshot initial() {
        return new Snapshot(CURRENT_FORMAT, SchemaModel.EMPTY, List.of());
    }

    /** The next free migration version: one more than the last accepted one, or 1. */
    public int nextVersion() {
        return chain.isEmpty() ? 1 : chain.get(chain.size() - 1).version() + 1;
    }

    /** This snapshot advanced to {@code newModel} with {@code migrations} appended to the chain. */
    public Snapshot accept(SchemaModel newModel, List<AcceptedMigration> migrations) {
        List<AcceptedMigration> longer = new ArrayList<>(chain);
        longer.addAll(migrations);
        return new Snapshot(formatVersion, newModel, longer);
    }
}
