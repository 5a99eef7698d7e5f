package dev.neonkit.testsupport;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link WithTestDatabase}: one {@link TestDatabase} per top-level test class, kept
 * in that class's extension store, resolved as a parameter, and dropped after the class.
 *
 * <p>Register it with {@code @WithTestDatabase} (or {@code @ExtendWith(TestDatabaseExtension.class)}).
 */
public final class TestDatabaseExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(TestDatabaseExtension.class);

    /** Creates the class's database now, so a missing server fails the class before any test runs. */
    @Override
    public void beforeAll(ExtensionContext context) {
        classDatabase(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        ExtensionContext owner = owningClassContext(context);
        if (owner == context) {
            TestDatabase database = owner.getStore(NAMESPACE).remove(owner.getRequiredTestClass(), TestDatabase.class);
            if (database != null) {
                database.close();
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return classDatabase(extensionContext);
    }

    /**
     * The database of the top-level test class {@code context} belongs to, created on first use. Other extensions
     * (neonkit-testing's {@code @NeonDatabaseTest}) build on it; it is dropped after that class, by this extension.
     */
    public static TestDatabase classDatabase(ExtensionContext context) {
        ExtensionContext owner = owningClassContext(context);
        Class<?> testClass = owner.getRequiredTestClass();
        return owner.getStore(NAMESPACE).getOrComputeIfAbsent(testClass,
                key -> TestPostgres.shared().createDatabase(testClass.getSimpleName()), TestDatabase.class);
    }

    /**
     * The context of the outermost test class: method contexts and {@code @Nested} class contexts share their
     * top-level class's database. neonkit-testing's extension keys its {@code NeonDatabase} the same way.
     */
    public static ExtensionContext owningClassContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getParent().flatMap(ExtensionContext::getTestClass).isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }
}
