package dev.neonkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says that a column (on a property) or a table (on the entity) had another name in the last accepted migration, so
 * the next migration renames it instead of dropping and re-creating it. Renames are never guessed.
 *
 * <p>Once the migration with the rename is accepted the annotation has done its job and can be removed; while it
 * names nothing in the accepted schema the processor prints a warning.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface RenamedFrom {

    /** The previous table or column name, as it is in the database. */
    String value();
}
