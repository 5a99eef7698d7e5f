package dev.neonkit.schema.model;

import dev.neonkit.schema.naming.Identifiers;
import java.util.Objects;

/**
 * A CHECK constraint.
 *
 * @param name       the constraint name (PostgreSQL's default for a one-column check is {@code <table>_<col>_check})
 * @param expression the boolean SQL expression, without the surrounding {@code CHECK ( )}:
 *                   {@code status IN ('new', 'paid')}
 */
public record CheckConstraint(String name, String expression) {

    /** Validates the name, and that the expression is not blank and is one expression ({@link SqlExpressions}). */
    public CheckConstraint {
        Identifiers.requireValid(name, "check constraint name");
        Objects.requireNonNull(expression, () -> "expression of check constraint " + name);
        if (expression.isBlank()) {
            throw new IllegalArgumentException("check constraint " + name + " has a blank expression");
        }
        SqlExpressions.requireSingleExpression(expression, "the expression of check constraint " + name);
    }
}
