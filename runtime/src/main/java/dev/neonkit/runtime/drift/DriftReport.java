package dev.neonkit.runtime.drift;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The result of {@link SchemaVerifier#verify}: how the live database differs from the expected schema.
 *
 * @param differences each difference with the SQL that fixes it, in the order to run the fixes (the schema diff's
 *                    dependency order); empty when the database matches
 * @param notes       what was not compared and why (objects the schema model cannot describe, expressions
 *                    PostgreSQL rejected); informational, not drift
 */
public record DriftReport(List<Drift> differences, List<String> notes) {

    /** Copies the lists. */
    public DriftReport {
        differences = List.copyOf(differences);
        notes = List.copyOf(notes);
    }

    /** Whether the database differs from the expected schema. */
    public boolean hasDrift() {
        return !differences.isEmpty();
    }

    /** Every fix in order, as one script to review; empty without drift. */
    public String fixScript() {
        return differences.stream().map(Drift::fixSql).collect(Collectors.joining("\n"));
    }
}
