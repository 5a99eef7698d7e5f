/** The task tracker as a serverless function: the same entities and repositories, one database per invocation. */
package dev.neonkit.example.serverless;
