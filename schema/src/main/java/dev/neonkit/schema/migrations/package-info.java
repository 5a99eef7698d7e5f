/**
 * The rules of the files in a migrations directory, shared by every reader of it (the processor's workflow, the
 * runtime's migrator): version names ({@code V<n>__<description>.sql}), the draft and manual markers, Flyway's
 * sidecar files. The checksums Flyway records are computed by {@link dev.neonkit.schema.snapshot.FlywayChecksum}.
 */
package dev.neonkit.schema.migrations;
