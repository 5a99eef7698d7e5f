/**
 * Stage 5: the generated Java sources, written with JavaPoet from the mapping stage's results: {@code NeonkitSchema},
 * and per entity the jOOQ table and the repository. {@link dev.neonkit.processor.generation.RuntimeApi} names every
 * runtime type the generated code calls.
 */
package dev.neonkit.processor.generation;
