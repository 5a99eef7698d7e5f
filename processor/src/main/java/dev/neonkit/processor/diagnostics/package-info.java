/**
 * Every message the processor prints: the {@link dev.neonkit.processor.diagnostics.ErrorReporter}, which prints on
 * the element a message is about and counts errors, and the {@link dev.neonkit.processor.diagnostics.Tag} each
 * message starts with. Every stage reports through it.
 */
package dev.neonkit.processor.diagnostics;
