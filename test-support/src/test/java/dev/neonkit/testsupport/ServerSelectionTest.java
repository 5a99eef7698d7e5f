package dev.neonkit.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.testcontainers.utility.DockerImageName;

class ServerSelectionTest {

    private static final DockerImageName DEFAULT_IMAGE = ContainerServer.image(Optional.empty());

    @Test
    void theForcingSettingNamesOneOfThreeSourcesInAnyCase() {
        assertEquals(ServerSource.URL, ServerSource.fromSetting("url"));
        assertEquals(ServerSource.TESTCONTAINERS, ServerSource.fromSetting(" TestContainers "));
        assertEquals(ServerSource.EMBEDDED, ServerSource.fromSetting("EMBEDDED"));
    }

    @Test
    void anUnknownSourceIsAClearError() {
        IllegalStateException unknown = assertThrows(IllegalStateException.class,
                () -> ServerSource.fromSetting("docker"));

        assertEquals("NEONKIT_TEST_DATABASE=docker names no test database source: use one of url, testcontainers,"
                + " embedded, or unset it to use the first source that works.", unknown.getMessage());
    }

    @Test
    void forcedEmbeddedStartsEmbeddedPostgres17WhateverElseIsConfigured() throws SQLException {
        SourceSettings settings = new SourceSettings(Optional.of(ServerSource.EMBEDDED),
                Optional.of("postgresql://nobody:hunter2@127.0.0.1:1/never"), DEFAULT_IMAGE);

        PostgresServer server = ServerSelection.start(settings);
        try {
            assertEquals(ServerSource.EMBEDDED, server.source());
            try (Connection connection = DataSources.forDatabase(server.endpoint(), "postgres").getConnection();
                 ResultSet version = connection.createStatement().executeQuery("SHOW server_version_num")) {
                version.next();
                assertEquals(17, version.getInt(1) / 10_000, "embedded PostgreSQL major version");
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void forcedUrlWithoutAUrlSaysWhatToSet() {
        SourceSettings settings = new SourceSettings(Optional.of(ServerSource.URL), Optional.empty(), DEFAULT_IMAGE);

        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> ServerSelection.start(settings));

        assertTrue(failure.getMessage().startsWith("NEONKIT_TEST_DATABASE=url but NEONKIT_TEST_DATABASE_URL is not"
                + " set: set it to postgresql://"), failure.getMessage());
    }

    @Test
    void aUrlWithoutAParserOnTheClasspathAsksForNeonkitTesting() {
        // test-support's own test classpath has no neonkit-runtime, like a project that depends on test-support
        // alone; the URL is never parsed, so its password cannot leak.
        SourceSettings settings = new SourceSettings(Optional.empty(),
                Optional.of("postgresql://app:hunter2@db.example/app"), DEFAULT_IMAGE);

        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> ServerSelection.start(settings));

        assertTrue(failure.getMessage().startsWith("NEONKIT_TEST_DATABASE_URL is set, but nothing on the test"
                + " classpath can read it: add the test dependency dev.neonkit:neonkit-testing"), failure.getMessage());
        assertFalse(failure.getMessage().contains("hunter2"));
    }

    @Test
    void theSettingsNeverShowTheUrl() {
        SourceSettings settings = new SourceSettings(Optional.empty(),
                Optional.of("postgresql://app:hunter2@db.example/app"), DEFAULT_IMAGE);

        assertFalse(settings.toString().contains("hunter2"), settings.toString());
    }

    @Test
    void anImageOtherThanPostgresIsDeclaredACompatibleSubstitute() {
        assertEquals("postgres:17-alpine", DEFAULT_IMAGE.asCanonicalNameString());
        DockerImageName ci = ContainerServer.image(Optional.of("neonkit-ci/postgres:17-bookworm"));

        assertTrue(ci.isCompatibleWith(DockerImageName.parse("postgres")), ci.toString());
        assertEquals("neonkit-ci/postgres:17-bookworm", ci.asCanonicalNameString());
    }

    @Test
    void aMalformedImageNameNamesTheSetting() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> ContainerServer.image(Optional.of("Not An Image!")));

        assertTrue(failure.getMessage().startsWith("NEONKIT_TEST_POSTGRES_IMAGE=Not An Image! is not a Docker image"
                + " name"), failure.getMessage());
    }
}
