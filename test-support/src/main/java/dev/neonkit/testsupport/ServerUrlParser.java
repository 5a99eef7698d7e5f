package dev.neonkit.testsupport;

/**
 * Reads the value of {@code NEONKIT_TEST_DATABASE_URL} into the server the tests create their databases on.
 *
 * <p>test-support has no URL parser of its own: neonkit has exactly one, in neonkit-runtime, and test-support must
 * not depend on the runtime (the runtime's own tests use test-support). So the parser is found with
 * {@link java.util.ServiceLoader}; {@code neonkit-testing} provides the implementation on top of the runtime's
 * parser. Without one, a set {@code NEONKIT_TEST_DATABASE_URL} fails with the advice to add neonkit-testing.
 */
public interface ServerUrlParser {

    /**
     * The server {@code url} names; its database becomes the {@linkplain ServerEndpoint#adminDatabase() admin
     * database}.
     *
     * @param url a connection URL as {@code DATABASE_URL} holds it
     * @throws IllegalArgumentException if the URL cannot be used; the message says what is wrong and never
     *                                  contains the password
     */
    ServerEndpoint parse(String url);
}
