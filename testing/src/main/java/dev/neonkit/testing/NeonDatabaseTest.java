package dev.neonkit.testing;

import dev.neonkit.testsupport.TestDatabase;
import dev.neonkit.testsupport.TestDatabaseExtension;
import dev.neonkit.testsupport.TestPostgres;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a JUnit 5 test class its own fresh database on the {@link TestPostgres} server, and a ready
 * {@code NeonDatabase} on it with the project's migrations applied.
 *
 * <p>Any constructor, lifecycle method or test method may declare either parameter; within a class all of them
 * receive the same objects:
 * <ul>
 *   <li>{@link dev.neonkit.runtime.NeonDatabase}: configured from the database's {@code DATABASE_URL} (plus the
 *       {@code NEONKIT_*} tuning variables of the process, such as {@code NEONKIT_POOLED}), migrated with
 *       {@link dev.neonkit.runtime.migrate.Migrator} from {@link #migrations()} before it is handed out, and
 *       closed after the class;</li>
 *   <li>{@link TestDatabase}: the same database for plain JDBC ({@code connect()}, {@code jdbcUrl()},
 *       {@code libpqUrl()}).</li>
 * </ul>
 * The database is created before the class's first test and dropped after its last. Tests in different classes
 * never see each other's tables; {@code @Nested} classes share their enclosing class's database.
 *
 * <pre>
 * &#64;NeonDatabaseTest
 * class TaskRepositoryTest {
 *     &#64;Test
 *     void storesATask(NeonDatabase database) {
 *         Project project = new ProjectRepository(database).insert(new Project(null, "Test", null, null));
 *         assertEquals("Test", project.name());
 *     }
 * }
 * </pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith({TestDatabaseExtension.class, NeonDatabaseExtension.class})
public @interface NeonDatabaseTest {

    /**
     * Where the migrations are, as {@code Migrator.locations(...)} reads them ({@code classpath:...},
     * {@code filesystem:...} or a directory). Empty, the default: the Migrator's default,
     * {@code classpath:db/migration}, where the README's build packages the reviewed {@code migrations/} folder.
     */
    String[] migrations() default {};
}
