/**
 * Data access for the task tracker: one store per entity, plain JDBC on {@link dev.neonkit.runtime.NeonDatabase}'s
 * pool, lists read by keyset ({@code id > after}) so a page costs the same however deep it is.
 */
package dev.neonkit.example.store;
