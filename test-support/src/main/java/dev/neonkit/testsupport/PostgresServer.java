package dev.neonkit.testsupport;

/** A PostgreSQL server that {@link TestPostgres} creates test databases on. */
interface PostgresServer {

    ServerSource source();

    ServerEndpoint endpoint();

    /** Stops the server if this JVM started it; a server that was only connected to keeps running. */
    void stop();
}
