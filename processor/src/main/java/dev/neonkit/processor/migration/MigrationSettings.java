package dev.neonkit.processor.migration;

/**
 * How the workflow treats the directory.
 *
 * @param checkOnly  write nothing; report a difference from the accepted history, a draft, or an unrecorded
 *                   acceptance as an error (for CI)
 * @param lintErrors report the renderer's safety warnings as errors
 */
public record MigrationSettings(boolean checkOnly, boolean lintErrors) {}
