/**
 * Stage 4: keeps the migrations directory in step with the schema (drafts, acceptance, snapshot, SCHEMA.md), and hands
 * on the diff from the accepted schema it computed. Pure {@code java.nio}: it knows nothing about the compiler.
 */
package dev.neonkit.processor.migration;
