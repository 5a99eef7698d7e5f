/**
 * Stage 3: maps valid descriptors to the database and the runtime. {@link dev.neonkit.processor.mapping.TypeMappings}
 * is the one table from a property's Java kind to its SQL type, jOOQ data type and runtime value codec;
 * {@link dev.neonkit.processor.mapping.SchemaMapper} builds from it the schema module's {@code SchemaModel} and, per
 * entity, the {@link dev.neonkit.processor.mapping.EntityMapping} the generators read.
 */
package dev.neonkit.processor.mapping;
