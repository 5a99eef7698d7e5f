package dev.neonkit.testsupport;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * Reads a connection URL ({@code NEONKIT_TEST_DATABASE_URL}) with neonkit-runtime's parser, so a test URL means
 * exactly what the same text in {@code DATABASE_URL} means: libpq parameter names translated to pgjdbc's, unknown
 * parameters refused, a URL without a database refused.
 *
 * <p>neonkit has one URL parser, {@code dev.neonkit.runtime.config.ConnectionUrl}. test-support cannot depend on
 * neonkit-runtime at build time, since the runtime's own tests use test-support; so the parser is found on the test
 * classpath, where neonkit-testing (and, in the runtime's own build, the runtime) puts it, and called through its
 * public methods: {@code parse(String)}, then {@code host()}, {@code port()}, {@code database()}, {@code user()},
 * {@code password().reveal()} and {@code properties()}. Without the runtime a set URL fails with the advice to add
 * neonkit-testing.
 */
public final class RuntimeUrls {
    static final String PARSER = "dev.neonkit.runtime.config.ConnectionUrl";
    /** What the parser throws for a URL it refuses (RuntimeUrlsTest in neonkit-testing fails if this name is wrong). */
    static final String REFUSAL = "dev.neonkit.runtime.config.ConfigException";

    private RuntimeUrls() {
    }

    /**
     * The server {@code url} names; its database becomes the {@linkplain ServerEndpoint#adminDatabase() admin
     * database}.
     *
     * @throws IllegalArgumentException if the runtime refuses the URL; the message says what is wrong and never
     *                                  contains the password
     * @throws IllegalStateException    if neonkit-runtime is not on the classpath
     */
    public static ServerEndpoint parse(String url) {
        Class<?> parser;
        try {
            parser = Class.forName(PARSER, true, RuntimeUrls.class.getClassLoader());
        } catch (ClassNotFoundException absent) {
            throw new IllegalStateException(UrlServer.VARIABLE + " is set, but nothing on the test classpath can read"
                    + " it: add the test dependency dev.neonkit:neonkit-testing, which brings neonkit-runtime's URL"
                    + " parser (or unset " + UrlServer.VARIABLE + " to use Testcontainers or embedded PostgreSQL).");
        }
        Object parsed = call(parser, null, "parse", url);
        Object password = call(parsed.getClass(), parsed, "password");
        @SuppressWarnings("unchecked")
        Map<String, String> properties = (Map<String, String>) call(parsed.getClass(), parsed, "properties");
        return new ServerEndpoint((String) call(parsed.getClass(), parsed, "host"),
                (Integer) call(parsed.getClass(), parsed, "port"), (String) call(parsed.getClass(), parsed, "database"),
                (String) call(parsed.getClass(), parsed, "user"), (String) call(password.getClass(), password, "reveal"),
                properties);
    }

    private static Object call(Class<?> type, Object target, String method, Object... arguments) {
        try {
            Method accessor = arguments.length == 0 ? type.getMethod(method) : type.getMethod(method, String.class);
            return accessor.invoke(target, arguments);
        } catch (InvocationTargetException refused) {
            // The runtime's ConfigException: its message says what is wrong and never repeats the password.
            Throwable cause = refused.getCause();
            throw cause.getClass().getName().equals(REFUSAL)
                    ? new IllegalArgumentException(cause.getMessage(), cause)
                    : new IllegalStateException("neonkit-runtime's URL parser failed: " + cause, cause);
        } catch (ReflectiveOperationException mismatch) {
            throw new IllegalStateException("The neonkit-runtime on the test classpath has no " + type.getName() + "."
                    + method + "(): use the same neonkit version for neonkit-testing and neonkit-runtime.", mismatch);
        }
    }
}
