package dev.neonkit.example.model;

/** Where a task stands. Stored as text with a CHECK constraint listing these names. */
public enum TaskStatus {
    OPEN,
    IN_PROGRESS,
    DONE
}
