/**
 * Stage 4, the reviewer's picture: {@link dev.neonkit.schema.doc.SchemaDocument} renders a schema model as a
 * Markdown {@code SCHEMA.md} with a Mermaid ER diagram and one column table per table, so a pull request that
 * changes the schema also shows the change in a form people can read.
 */
package dev.neonkit.schema.doc;
