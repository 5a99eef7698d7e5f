package dev.neonkit.testsupport;

import java.util.Objects;
import java.util.Optional;
import org.testcontainers.utility.DockerImageName;

/**
 * What the settings say about the tests' server, read once: the forced source, the URL, and the image for
 * Testcontainers. {@link ServerSelection} decides from this record alone, so its decisions can be tested without
 * touching the process's environment.
 *
 * @param forced the source {@code NEONKIT_TEST_DATABASE} forces, if set
 * @param url    {@code NEONKIT_TEST_DATABASE_URL}, if set
 * @param image  the image Testcontainers runs ({@code NEONKIT_TEST_POSTGRES_IMAGE}, else
 *               {@value ContainerServer#DEFAULT_IMAGE})
 */
record SourceSettings(Optional<ServerSource> forced, Optional<String> url, DockerImageName image) {

    SourceSettings {
        Objects.requireNonNull(forced, "forced");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(image, "image");
    }

    /**
     * The settings of this JVM (system properties, else environment variables).
     *
     * @throws IllegalStateException for a value that is not accepted, naming the setting
     */
    static SourceSettings read() {
        return new SourceSettings(TestSetting.SOURCE.value().map(ServerSource::fromSetting),
                TestSetting.DATABASE_URL.value(), ContainerServer.image(TestSetting.POSTGRES_IMAGE.value()));
    }

    /** The URL is a secret: it holds the password. */
    @Override
    public String toString() {
        return "SourceSettings[forced=" + forced + ", url=" + (url.isPresent() ? "(set)" : "(not set)")
                + ", image=" + image + "]";
    }
}
