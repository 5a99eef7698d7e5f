package dev.neonkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an index on the entity's table. Repeatable.
 *
 * <pre>{@code
 * @NeonEntity
 * @Index(columns = {"customerId", "createdAt"})
 * @Index(columns = "email", unique = true, where = "deleted_at IS NULL")
 * record Order(...) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Indexes.class)
public @interface Index {

    /** Index name; by default derived from the table and columns the way PostgreSQL names indexes. */
    String name() default "";

    /** The indexed Java property names (not column names), in index order; checked at compile time. */
    String[] columns();

    /** Makes it a unique index. */
    boolean unique() default false;

    /** SQL predicate making it a partial index, written as given (column names, not property names). */
    String where() default "";
}
