package dev.neonkit.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a JUnit 5 test class the JVM's shared {@link TlsPostgres}: a Neon-like server that accepts only TLS with
 * SCRAM-SHA-256. Any constructor, lifecycle method or test method may declare a {@link TlsPostgres} parameter.
 * The server starts before the first such class runs and stops when the JVM exits; test classes share its
 * database {@link TlsPostgres#database()}, so give the objects a test creates names of their own.
 *
 * <pre>
 * &#64;WithTlsPostgres
 * class TlsConnectionTest {
 *     &#64;Test
 *     void connectsWithVerifyFull(TlsPostgres tls) throws SQLException { ... }
 * }
 * </pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(TlsPostgresExtension.class)
public @interface WithTlsPostgres {
}
