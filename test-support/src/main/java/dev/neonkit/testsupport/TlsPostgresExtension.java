package dev.neonkit.testsupport;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link WithTlsPostgres}: resolves {@link TlsPostgres} parameters to
 * {@link TlsPostgres#shared()}.
 */
public final class TlsPostgresExtension implements BeforeAllCallback, ParameterResolver {

    /** Starts the shared server now, so a server that cannot start fails the class before any test runs. */
    @Override
    public void beforeAll(ExtensionContext context) {
        TlsPostgres.shared();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == TlsPostgres.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return TlsPostgres.shared();
    }
}
