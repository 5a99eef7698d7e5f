/**
 * Stage 4: keeps the migrations directory in step with the schema (drafts, acceptance, snapshot, SCHEMA.md). Pure
 * {@code java.nio}: it knows nothing about the compiler.
 */
package dev.neonkit.processor.migration;
