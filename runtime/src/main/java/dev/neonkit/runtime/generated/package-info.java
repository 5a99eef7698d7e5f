/**
 * What the repositories that neonkit's annotation processor writes call: statement running, value binding and
 * reading, and the version of this contract ({@link dev.neonkit.runtime.generated.GeneratedCodeApi}). Application
 * code never calls it; its types may change between releases with the processor that writes the calls.
 */
package dev.neonkit.runtime.generated;
