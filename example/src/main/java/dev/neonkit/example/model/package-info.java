/**
 * The task tracker's entities. The neonkit processor reads them at compile time, keeps {@code migrations/} in step
 * with them and generates {@code NeonkitSchema}, the schema the service checks the database against at start.
 */
package dev.neonkit.example.model;
