package dev.neonkit.testsupport;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.PullResponseItem;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.dockerclient.DockerClientProviderStrategy;
import org.testcontainers.dockerclient.TransportConfig;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.ImageNameSubstitutor;
import org.testcontainers.utility.TestcontainersConfiguration;

/**
 * Checks, before Testcontainers starts anything, that Docker has the images the PostgreSQL container needs, and
 * pulls a missing one once.
 *
 * <p>Why: when Docker answers but cannot get an image (an offline laptop, a blocked registry), Testcontainers
 * retries the pull for minutes, first for its Ryuk cleanup container and then for PostgreSQL, and fails without
 * saying what to do. Here an offline pull fails in milliseconds and a registry that does not answer is given up
 * after {@link #REGISTRY_ANSWER_TIMEOUT}; a pull that makes progress may take as long as Testcontainers' own
 * {@code pull.timeout}, so a first run on a slow connection still works.
 */
final class DockerImages {

    private static final Logger LOG = LoggerFactory.getLogger(DockerImages.class);

    /** How long a registry may take to start answering a pull. */
    static final Duration REGISTRY_ANSWER_TIMEOUT = Duration.ofSeconds(20);

    /**
     * The image Testcontainers 2.0.5 runs for Ryuk ({@code RyukContainer}, not public API); keep it in step with
     * the Testcontainers version in the parent POM.
     */
    static final String RYUK_IMAGE = "testcontainers/ryuk:0.14.0";

    private DockerImages() {
    }

    /**
     * Returns once Docker has every image the container needs.
     *
     * @throws IllegalStateException when an image is missing and cannot be pulled; the message names the image,
     *                               Docker's reason and the remedies
     */
    static void requireAvailable(DockerImageName postgresImage) {
        TransportConfig transport = DockerClientFactory.instance().getTransportConfig();
        List<Needed> needed = new ArrayList<>();
        needed.add(new Needed(ImageNameSubstitutor.instance().apply(postgresImage), "the PostgreSQL image",
                "pull it while online (docker pull " + postgresImage.asCanonicalNameString() + "), or set "
                        + TestSetting.POSTGRES_IMAGE.settingName() + " to an image this Docker has that behaves like"
                        + " the official postgres image"));
        if (!Boolean.parseBoolean(System.getenv("TESTCONTAINERS_RYUK_DISABLED"))) {
            needed.add(new Needed(ImageNameSubstitutor.instance().apply(DockerImageName.parse(RYUK_IMAGE)),
                    "the image of Testcontainers' Ryuk cleanup container",
                    "pull it while online (docker pull " + RYUK_IMAGE + "), or set the environment variable"
                            + " TESTCONTAINERS_RYUK_DISABLED=true"));
        }
        try (DockerClient docker = DockerClientProviderStrategy.getClientForConfig(transport)) {
            for (Needed image : needed) {
                if (!present(docker, image.name())) {
                    pull(docker, image, transport);
                }
            }
        } catch (IOException e) {
            LOG.debug("Closing the Docker client of the image check failed", e);
        }
    }

    private static boolean present(DockerClient docker, DockerImageName image) {
        try {
            docker.inspectImageCmd(image.asCanonicalNameString()).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private static void pull(DockerClient docker, Needed image, TransportConfig transport) {
        String name = image.name().asCanonicalNameString();
        LOG.info("Docker does not have {} ({}); pulling it", name, image.purpose());
        PullWatcher watcher = new PullWatcher();
        String failure;
        try (PullWatcher running = docker.pullImageCmd(image.name().getUnversionedPart())
                .withTag(image.name().getVersionPart())
                .exec(watcher)) {
            failure = running.await();
        } catch (IOException e) {
            failure = e.getMessage();
        } catch (RuntimeException e) {
            // docker-java reports the daemon's refusal (no such host, access denied, not found) as an exception.
            failure = e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "interrupted while pulling";
        }
        if (failure == null && present(docker, image.name())) {
            return;
        }
        throw new IllegalStateException("Docker at " + transport.getDockerHost() + " answers but cannot supply "
                + image.purpose() + " " + name + ": " + (failure == null ? "the pull ended without it" : failure.strip())
                + ". To fix it, " + image.remedy() + "; or set " + TestSetting.SOURCE.settingName()
                + "=embedded to use embedded PostgreSQL without Docker.");
    }

    /** An image the container needs, what it is for, and what to do when it cannot be had. */
    private record Needed(DockerImageName name, String purpose, String remedy) {
    }

    /** Follows one pull: the first answer from the registry, errors in the stream, the end. */
    private static final class PullWatcher extends ResultCallback.Adapter<PullResponseItem> {
        private final CountDownLatch answered = new CountDownLatch(1);
        private final AtomicReference<String> streamError = new AtomicReference<>();

        @Override
        public void onNext(PullResponseItem item) {
            if (item.isErrorIndicated()) {
                streamError.compareAndSet(null, item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null
                        ? item.getErrorDetail().getMessage() : item.getError());
            }
            answered.countDown();
        }

        /**
         * Keeps the daemon's refusal for the exception this class throws, instead of docker-java's default, which
         * logs it at ERROR level with a stack trace before anyone has decided it is an error.
         */
        @Override
        public void onError(Throwable throwable) {
            streamError.compareAndSet(null, throwable.getMessage() == null ? throwable.toString() : throwable.getMessage());
            onComplete();
        }

        /** Null when the pull finished without error; otherwise why it failed. */
        String await() throws InterruptedException {
            long answerMillis = REGISTRY_ANSWER_TIMEOUT.toMillis();
            if (!awaitCompletion(answerMillis, TimeUnit.MILLISECONDS)) {
                if (answered.getCount() > 0) {
                    return "the registry gave no answer within " + REGISTRY_ANSWER_TIMEOUT.toSeconds() + " s";
                }
                int pullTimeout = TestcontainersConfiguration.getInstance().getImagePullTimeout();
                if (!awaitCompletion(pullTimeout, TimeUnit.SECONDS)) {
                    return "the pull did not finish within " + pullTimeout + " s (Testcontainers' pull.timeout)";
                }
            }
            return streamError.get();
        }
    }
}
