package dev.neonkit.runtime.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neonkit.testsupport.WithTestDatabase;
import dev.neonkit.testsupport.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** How the canonicalisation ends its transaction when something fails. */
@WithTestDatabase
class CanonicalExpressionsTest {

    /**
     * A real connection on which creating a statement fails (the first thing the canonicalisation does inside its
     * transaction) and so does the rollback that cleans up after it.
     */
    private static Connection failingTwice(Connection real) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("createStatement")) {
                        throw new SQLException("the connection broke");
                    }
                    if (method.getName().equals("rollback") && args == null) {
                        throw new SQLException("the rollback failed too");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void aFailedRollbackDoesNotHideWhyTheWorkFailed(TestDatabase db) throws SQLException {
        try (Connection real = db.connect()) {
            SQLException failure = assertThrows(SQLException.class,
                    () -> CanonicalExpressions.canonicalize(failingTwice(real), EveryFeatureSchema.model()));

            assertEquals("the connection broke", failure.getMessage());
            assertEquals(1, failure.getSuppressed().length);
            assertEquals("the rollback failed too", failure.getSuppressed()[0].getMessage());
            assertTrue(real.getAutoCommit(), "the connection is back in auto-commit mode");
        }
    }
}
