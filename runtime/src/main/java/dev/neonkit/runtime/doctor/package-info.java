/**
 * The step-by-step connection check behind the CLI's {@code doctor}: DNS, TCP, TLS, authentication, the server
 * version and latency, each reported as it finishes, with advice for the step that fails.
 */
package dev.neonkit.runtime.doctor;
