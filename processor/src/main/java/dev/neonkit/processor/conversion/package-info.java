/** Stage 3: builds the schema module's {@code SchemaModel} from valid descriptors (type mapping, defaults, names). */
package dev.neonkit.processor.conversion;
