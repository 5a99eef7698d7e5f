/**
 * Stage 3, SQL rendering: {@link dev.neonkit.schema.sql.MigrationRenderer} turns a diff's changes into reviewed,
 * lock-safe Flyway migration scripts ({@link dev.neonkit.schema.sql.MigrationPlan}) with warnings for what a
 * person must check, and into plain fix-up SQL for drift reports.
 */
package dev.neonkit.schema.sql;
