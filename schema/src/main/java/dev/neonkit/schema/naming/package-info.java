/**
 * Naming conventions: PostgreSQL's identifier limit and quoting ({@link dev.neonkit.schema.naming.Identifiers}),
 * the default names PostgreSQL gives constraints and indexes
 * ({@link dev.neonkit.schema.naming.ConstraintNames}), and Java-to-SQL name conversion
 * ({@link dev.neonkit.schema.naming.JavaNames}). Every stage that needs a name asks here, so a name is derived
 * the same way at compile time and at run time.
 */
package dev.neonkit.schema.naming;
