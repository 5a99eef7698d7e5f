/**
 * Stage 1: immutable descriptors of the {@code @NeonEntity} types, extracted from {@code javax.lang.model}; each keeps
 * its element so later stages can report on it without reading the source again.
 */
package dev.neonkit.processor.model;
