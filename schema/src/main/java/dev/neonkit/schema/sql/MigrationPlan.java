package dev.neonkit.schema.sql;

import java.util.List;

/**
 * The migration scripts for one schema diff, in the order to apply them (each gets the next Flyway version), and
 * the warnings to report.
 *
 * @param scripts  the scripts: the main transactional script first (if any), then one script per new index on an
 *                 existing table (outside a transaction), then a script validating new constraints (if any)
 * @param warnings what a person must review, in script order
 */
public record MigrationPlan(List<MigrationScript> scripts, List<MigrationWarning> warnings) {

    /** Copies both lists. */
    public MigrationPlan {
        scripts = List.copyOf(scripts);
        warnings = List.copyOf(warnings);
    }

    /** Whether there is nothing to migrate. */
    public boolean isEmpty() {
        return scripts.isEmpty();
    }
}
