package dev.neonkit.runtime.drift;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real connection that counts the statements created through it, to show how many queries a reader sends.
 * Everything else goes to the connection unchanged.
 */
final class StatementCounter {
    private final AtomicInteger statements = new AtomicInteger();
    private final Connection connection;

    StatementCounter(Connection target) {
        this.connection = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement") || method.getName().equals("createStatement")) {
                        statements.incrementAndGet();
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    Connection connection() {
        return connection;
    }

    int statements() {
        return statements.get();
    }
}
