package dev.neonkit.runtime.migrate;

import java.util.List;

/**
 * What {@link Migrator#validate()} found: whether the applied migrations still match the scripts (checksums,
 * descriptions, no applied script missing, no failed or pending migration, no draft) and, if not, one line per
 * problem.
 *
 * @param problems a draft among the scripts, then Flyway's findings, one per migration; empty when the history and
 *                 the scripts agree
 */
public record ValidationReport(List<String> problems) {

    /** Copies the list. */
    public ValidationReport {
        problems = List.copyOf(problems);
    }

    /** Whether the history and the scripts agree. */
    public boolean valid() {
        return problems.isEmpty();
    }
}
