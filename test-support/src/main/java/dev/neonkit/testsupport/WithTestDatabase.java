package dev.neonkit.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a JUnit 5 test class its own fresh database on the {@link TestPostgres} server.
 *
 * <p>The database is created before the class's first test (or earlier, when a constructor of a
 * {@code PER_CLASS} test instance asks for it) and dropped after its last. Any constructor, lifecycle method or
 * test method may declare a {@link TestDatabase} parameter; all of them receive the same database. Tests in
 * different classes never see each other's tables; {@code @Nested} classes share their enclosing class's
 * database.
 *
 * <pre>
 * &#64;WithTestDatabase
 * class OrderRepositoryTest {
 *     &#64;BeforeAll
 *     static void schema(TestDatabase db) throws SQLException {
 *         try (Connection connection = db.connect()) {
 *             connection.createStatement().execute("CREATE TABLE orders (id bigint PRIMARY KEY)");
 *         }
 *     }
 *
 *     &#64;Test
 *     void startsEmpty(TestDatabase db) throws SQLException { ... }
 * }
 * </pre>
 *
 * <p>Applications' tests usually want neonkit-testing's {@code @NeonDatabaseTest}, which also hands out a migrated
 * {@code NeonDatabase}; this annotation is for code that cannot depend on neonkit-runtime (the runtime's own tests).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(TestDatabaseExtension.class)
public @interface WithTestDatabase {
}
