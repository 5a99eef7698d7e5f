package dev.neonkit.schema.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Expressions that could end or hide a DDL statement are refused by the model records that hold them. */
class SqlExpressionsTest {

    private static final String HOSTILE = "id > 0); COMMIT; DROP TABLE public.victim; SELECT (1";

    @ParameterizedTest
    @ValueSource(strings = {
            "status IN ('new', 'paid')",
            "note <> 'a;b -- c /* d'",
            "\"odd;name\" > 0",
            "label <> 'it''s'",
            "label <> E'it\\'s; fine'",
            "label ~ '^\\S+$'",
            "(a > 0) AND (b < (c + 1))",
            "now()",
            "'{}'::jsonb",
    })
    void acceptsSingleExpressions(String expression) {
        assertEquals(Optional.empty(), SqlExpressions.problem(expression));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            HOSTILE,
            "true; DROP TABLE victim",
            "true -- ) and the rest",
            "true /* hidden",
            "(a > 0",
            "a > 0)",
            "note <> 'open",
            "\"open > 0",
            "'${user}'",
            "a > $1",
            "$$x$$ <> ''",
            // Ends the string only when standard_conforming_strings is on.
            "note <> 'C:\\' ; DROP TABLE victim; SELECT ''",
            // With E'' the backslash escapes the quote: the ; is outside the string.
            "E'\\'' ; DROP TABLE victim; SELECT E'\\''",
    })
    void refusesWhatCouldEndOrHideTheStatement(String expression) {
        assertTrue(SqlExpressions.problem(expression).isPresent(), expression);
    }

    @Test
    void checkConstraintRefusesAHostileExpressionWithAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CheckConstraint("victim_check", HOSTILE));
        assertEquals("the expression of check constraint victim_check is not a single SQL expression: a ) closes a"
                + " parenthesis that was never opened (" + HOSTILE + ")", e.getMessage());
    }

    @Test
    void columnDefaultRefusesASemicolon() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Column.of("status", ColumnType.of("text")).withDefault("'new'; DROP TABLE victim"));
        assertTrue(e.getMessage().startsWith("the DEFAULT of column status is not a single SQL expression: it"
                + " contains ;"), e.getMessage());
    }

    @Test
    void indexPredicateRefusesACommentOpener() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Index("note_idx", List.of("id"), false, Optional.of("deleted_at IS NULL -- )")));
        assertTrue(e.getMessage().startsWith("the WHERE predicate of index note_idx is not a single SQL expression:"
                + " it contains a comment (--)"), e.getMessage());
    }

    @Test
    void placeholderIsRefusedEvenInsideAString() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CheckConstraint("note_check", "body <> '${secret}'"));
        assertTrue(e.getMessage().contains("Flyway would replace as a placeholder"), e.getMessage());
    }
}
