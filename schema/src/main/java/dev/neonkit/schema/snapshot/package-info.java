/**
 * The accepted-state snapshot: {@link dev.neonkit.schema.snapshot.Snapshot} (the schema after the last accepted
 * migration plus the chain of accepted migrations with their Flyway checksums) and its deterministic, diff-friendly
 * JSON file format ({@link dev.neonkit.schema.snapshot.SnapshotCodec}). At compile time the processor diffs the
 * entities against the snapshot's model; the checksums let it tell whether an accepted migration was edited.
 */
package dev.neonkit.schema.snapshot;
