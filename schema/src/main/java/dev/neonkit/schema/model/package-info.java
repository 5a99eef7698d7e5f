/**
 * Stage 1, the schema model: immutable, validated records describing tables, columns, types, keys, indexes and
 * constraints. The annotation processor builds one from {@code @NeonEntity} classes, the snapshot codec reads and
 * writes one, and the runtime reads one from a live catalog; the diff compares any two.
 *
 * <p>Everything is ordered deterministically (tables by qualified name, columns in declaration order, constraints
 * by name), so equal schemas are equal records and render identically. Names are stored as PostgreSQL keeps them
 * in its catalog: unquoted, case preserved.
 */
package dev.neonkit.schema.model;
