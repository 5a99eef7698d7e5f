/**
 * A small JSON-over-HTTP layer on the JDK's {@code com.sun.net.httpserver}: routes with path variables, strict JSON
 * reading, and one place ({@link dev.neonkit.example.http.Router}) that turns every outcome into a JSON answer.
 */
package dev.neonkit.example.http;
