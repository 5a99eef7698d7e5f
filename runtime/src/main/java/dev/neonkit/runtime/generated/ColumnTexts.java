package dev.neonkit.runtime.generated;

/**
 * Writes one entity into the column arrays of a multi-row insert, each value as PostgreSQL's text form (see
 * {@link ValueCodec#text}), so that every column travels as one {@code text[]} parameter.
 *
 * @param <T> the entity
 */
@FunctionalInterface
public interface ColumnTexts<T> {
    /** Sets {@code columns[c][row]} for every inserted column {@code c}. */
    void write(T entity, String[][] columns, int row);
}
