/**
 * Stage 1: immutable descriptors of the {@code @NeonEntity} types and of the compile classpath, extracted from
 * {@code javax.lang.model}; each descriptor keeps its element so later stages can report on it without reading the
 * source again. The only stage that reads the compiler's model.
 */
package dev.neonkit.processor.model;
