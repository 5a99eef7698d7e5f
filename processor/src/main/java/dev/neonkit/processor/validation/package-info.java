/**
 * Stage 2: checks the descriptors and prints every problem on its element with a stable {@code [neonkit:...]} tag;
 * later stages run only when there is none.
 */
package dev.neonkit.processor.validation;
