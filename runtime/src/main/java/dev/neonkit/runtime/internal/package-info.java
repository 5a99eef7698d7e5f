/**
 * The runtime's machinery, shared between its packages and its CLI: the pools and their cold start
 * ({@code pool}), failure classification and redaction ({@code failure}), transactions ({@code transaction}).
 * Not API: none of it is documented for applications, and any of it may change in any release.
 */
package dev.neonkit.runtime.internal;
