package dev.neonkit.repositorytest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a nullable property; neonkit recognises any annotation of this simple name. */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT})
public @interface Nullable {}
