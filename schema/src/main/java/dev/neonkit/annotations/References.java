package dev.neonkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the property a foreign key to the primary key of another entity. The property's type must be the target's id
 * type (boxed and primitive forms of one type match).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface References {

    /** The referenced entity; it must be annotated with {@link NeonEntity}. */
    Class<?> value();

    /** What happens to this row when the referenced row is deleted; {@link Action#NO_ACTION} by default. */
    Action onDelete() default Action.NO_ACTION;

    /** PostgreSQL's {@code ON DELETE} actions. */
    enum Action {
        /** Deleting a referenced row fails at the end of the statement. */
        NO_ACTION,
        /** Deleting a referenced row fails immediately. */
        RESTRICT,
        /** Deleting a referenced row deletes this row too. */
        CASCADE,
        /** Deleting a referenced row sets this column to NULL; the property must be {@code @Nullable}. */
        SET_NULL
    }
}
