package dev.neonkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record (preferred) or a class as one table.
 *
 * <p>The entity must be a top-level or static nested, non-abstract, non-generic type. A record's persistent properties
 * are its components. A class's persistent properties are its non-static, non-{@link Transient} fields, and the class
 * needs either a constructor taking every persistent property in declaration order, or a no-argument constructor and a
 * setter {@code setName(value)} for each property; generated repositories read a class's properties through a
 * non-private getter {@code name()}, {@code getName()} or {@code isName()}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface NeonEntity {

    /** Table name; by default the snake_case form of the simple class name ({@code OrderLine} -> {@code order_line}). */
    String table() default "";

    /** PostgreSQL schema of the table; by default none, so the table lives on the connection's {@code search_path}. */
    String schema() default "";
}
