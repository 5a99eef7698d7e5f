package dev.neonkit.testsupport;

import java.util.Optional;

/**
 * The settings that choose the tests' PostgreSQL server. Each is read as a system property or, when that is not
 * set, an environment variable of the same name; a blank value counts as unset.
 */
enum TestSetting {
    /** A server to use instead of starting one: {@code postgresql://user:password@host/database?sslmode=require}. */
    DATABASE_URL("NEONKIT_TEST_DATABASE_URL"),
    /** Forces one source: {@code url}, {@code testcontainers} or {@code embedded} (see {@link ServerSource}). */
    SOURCE("NEONKIT_TEST_DATABASE"),
    /** The Docker image Testcontainers runs; it must keep the official postgres image's contract. */
    POSTGRES_IMAGE("NEONKIT_TEST_POSTGRES_IMAGE");

    private final String name;

    TestSetting(String name) {
        this.name = name;
    }

    /** The system property and environment variable name. */
    String settingName() {
        return name;
    }

    /** The system property if set and not blank, else the environment variable if set and not blank. */
    Optional<String> value() {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
