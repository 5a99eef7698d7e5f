/**
 * Stage 2: checks the descriptors and reports every problem on its element with a stable {@code [neonkit:...]} tag;
 * later stages run only when there is none. {@link dev.neonkit.processor.validation.RenameCheck} runs after the
 * migration stage, on the diff it computed.
 */
package dev.neonkit.processor.validation;
