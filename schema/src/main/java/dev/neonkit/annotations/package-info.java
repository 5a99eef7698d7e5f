/**
 * Annotations that describe a PostgreSQL schema in Java, read by the neonkit annotation processor.
 *
 * <p>Every annotation has {@link java.lang.annotation.RetentionPolicy#CLASS CLASS} retention: the processor resolves
 * them at compile time (also from entities in other jars, whose class files keep them), and the code it generates
 * carries everything the runtime needs, so nothing reads them by reflection.
 *
 * <p>A minimal entity:
 *
 * <pre>{@code
 * @NeonEntity
 * public record Customer(@Id long id, String email, @Nullable String name) {}
 * }</pre>
 *
 * <p>Properties are the record components of a record, or the non-static fields of a class. Every column is
 * {@code NOT NULL} unless its property carries an annotation whose simple name is {@code Nullable} (JSpecify,
 * Jakarta, JetBrains and others are all accepted).
 */
package dev.neonkit.annotations;
