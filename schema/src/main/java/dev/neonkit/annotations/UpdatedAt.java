package dev.neonkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Time the row was last written, of type {@code Instant} or {@code OffsetDateTime}. The column is
 * {@code timestamptz NOT NULL DEFAULT now()}, so the Java property may be {@code @Nullable} before the first save.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface UpdatedAt {}
