/** The task tracker's HTTP API: its endpoints and the request bodies they accept. */
package dev.neonkit.example.api;
