/** Which database the service uses, and the embedded PostgreSQL it starts when none is configured. */
package dev.neonkit.example.database;
