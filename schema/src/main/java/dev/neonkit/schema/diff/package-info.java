/**
 * Stage 2, the diff: {@link dev.neonkit.schema.diff.SchemaDiff#between} compares two schema models (the accepted
 * snapshot with the entities at compile time, or the snapshot with a live catalog for the drift check) and returns
 * typed {@link dev.neonkit.schema.diff.Change}s in an order that can be applied, each saying whether it can lose
 * data and why, plus {@link dev.neonkit.schema.diff.DiffDiagnostic}s for rename hints it could not follow.
 * Renames happen only where a {@code renamedFrom} hint asks for them.
 */
package dev.neonkit.schema.diff;
