package dev.neonkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Overrides how a property maps to its column. Every attribute is optional; without this annotation a property maps
 * to a column named in snake_case with the type that follows from its Java type.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Column {

    /** Column name; by default the snake_case form of the property name. */
    String name() default "";

    /** SQL type written as given (for example {@code "citext"}), replacing the type derived from the Java type. */
    String type() default "";

    /** For {@code String}: the column becomes {@code varchar(length)} instead of {@code text}. 0 means no limit. */
    int length() default 0;

    /** For {@code BigDecimal}: total number of digits, giving {@code numeric(precision, scale)}. 0 means unlimited. */
    int precision() default 0;

    /** For {@code BigDecimal}: digits after the decimal point; used together with {@link #precision()}. */
    int scale() default 0;

    /** Adds a single-column {@code UNIQUE} constraint. */
    boolean unique() default false;

    /** SQL expression used as the column default, written as given (for example {@code "'draft'"} or {@code "now()"}). */
    String defaultSql() default "";

    /** SQL boolean expression for a {@code CHECK} constraint on this column, written as given ({@code "price >= 0"}). */
    String check() default "";
}
