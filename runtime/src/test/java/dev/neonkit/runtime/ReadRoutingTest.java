package dev.neonkit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import dev.neonkit.testsupport.WithTestDatabase;
import dev.neonkit.testsupport.TestDatabase;
import dev.neonkit.testsupport.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** DATABASE_URL_RO routes readDataSource() to the replica; writes stay on the primary. */
@WithTestDatabase
class ReadRoutingTest {

    @Test
    void readsGoToTheReplicaWhenOneIsConfigured(TestDatabase primary) throws Exception {
        try (TestDatabase replica = TestPostgres.shared().createDatabase("replica")) {
            label(primary, "primary");
            label(replica, "replica");
            try (NeonDatabase database = NeonDatabase.fromEnvironment(Map.of(
                    "DATABASE_URL", primary.libpqUrl(), "DATABASE_URL_RO", replica.libpqUrl()))) {
                assertNotSame(database.dataSource(), database.readDataSource());
                assertEquals("replica", which(database.readDataSource()));
                assertEquals("primary", which(database.dataSource()));
            }
        }
    }

    private static void label(TestDatabase db, String name) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE whoami (name text)");
            statement.execute("INSERT INTO whoami VALUES ('" + name + "')");
        }
    }

    private static String which(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet name = statement.executeQuery("SELECT name FROM whoami")) {
            name.next();
            return name.getString(1);
        }
    }
}
