package dev.neonkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Time the row was last written, of type {@code Instant} or {@code OffsetDateTime}. The column is {@code NOT NULL DEFAULT now()}, so the Java property may be {@code @Nullable} for rows not yet saved. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface UpdatedAt {}
