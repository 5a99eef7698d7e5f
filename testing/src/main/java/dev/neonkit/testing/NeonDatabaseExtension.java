package dev.neonkit.testing;

import dev.neonkit.runtime.NeonDatabase;
import dev.neonkit.runtime.config.Setting;
import dev.neonkit.runtime.migrate.Migrator;
import dev.neonkit.testsupport.TestDatabase;
import dev.neonkit.testsupport.TestDatabaseExtension;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link NeonDatabaseTest} that resolves {@link NeonDatabase} parameters: one per
 * top-level test class, on the class's {@link TestDatabase} (from {@link TestDatabaseExtension}), migrated before it
 * is first handed out and closed after the class, before its database is dropped.
 */
public final class NeonDatabaseExtension implements AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(NeonDatabaseExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == NeonDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        ExtensionContext owner = TestDatabaseExtension.owningClassContext(extensionContext);
        Class<?> testClass = owner.getRequiredTestClass();
        return owner.getStore(NAMESPACE).getOrComputeIfAbsent(testClass, key -> migratedDatabase(owner),
                NeonDatabase.class);
    }

    /** Runs before {@link TestDatabaseExtension}'s afterAll (JUnit runs them in reverse order of registration). */
    @Override
    public void afterAll(ExtensionContext context) {
        ExtensionContext owner = TestDatabaseExtension.owningClassContext(context);
        if (owner == context) {
            NeonDatabase database = owner.getStore(NAMESPACE).remove(owner.getRequiredTestClass(), NeonDatabase.class);
            if (database != null) {
                database.close();
            }
        }
    }

    private static NeonDatabase migratedDatabase(ExtensionContext owner) {
        TestDatabase db = TestDatabaseExtension.classDatabase(owner);
        String[] locations = AnnotationSupport.findAnnotation(owner.getRequiredTestClass(), NeonDatabaseTest.class)
                .map(NeonDatabaseTest::migrations)
                .orElse(new String[0]);
        NeonDatabase database = NeonDatabase.fromEnvironment(environment(db));
        try {
            Migrator migrator = Migrator.from(database);
            (locations.length == 0 ? migrator : migrator.locations(locations)).migrate();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /**
     * {@code DATABASE_URL} for the test database, and the process's {@code NEONKIT_*} tuning variables, so a run
     * against a PgBouncer ({@code NEONKIT_POOLED=true}) or with other pool settings configures the tests' databases
     * as it would the application. The process's own {@code DATABASE_URL*} and {@code PG*} variables are left out:
     * they name another database.
     */
    private static Map<String, String> environment(TestDatabase db) {
        Map<String, String> environment = new HashMap<>();
        for (Setting setting : Setting.values()) {
            String value = System.getenv(setting.variable());
            if (setting.group() == Setting.Group.TUNING && value != null) {
                environment.put(setting.variable(), value);
            }
        }
        environment.put(Setting.DATABASE_URL.variable(), db.libpqUrl());
        return environment;
    }
}
