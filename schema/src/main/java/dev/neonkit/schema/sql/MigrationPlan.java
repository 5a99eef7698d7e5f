package dev.neonkit.schema.sql;

import java.util.List;

/**
 * The migration scripts for one schema diff, in the order to apply them (each gets the next Flyway version), and
 * the warnings to report.
 *
 * @param scripts  the scripts: the main transactional script first (if any), then one script per new index, primary
 *                 key or unique constraint on an existing table (outside a transaction), then a final script that
 *                 validates new constraints, finishes SET NOT NULL, attaches those keys and adds the foreign keys
 *                 that need them (if any of that is needed)
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
