/** Stage 5: the generated Java source ({@code NeonkitSchema}). */
package dev.neonkit.processor.generation;
