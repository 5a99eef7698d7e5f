package dev.neonkit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.neonkit.testsupport.WithTestDatabase;
import dev.neonkit.testsupport.TestDatabase;
import dev.neonkit.testsupport.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The direct endpoint (DATABASE_URL_UNPOOLED) gets unpooled connections, for migrations. */
@WithTestDatabase
class DirectDataSourceTest {

    @Test
    void directConnectionsGoToTheUnpooledUrlAndAreNotPooled(TestDatabase pooled) throws Exception {
        try (TestDatabase direct = TestPostgres.shared().createDatabase("direct");
             NeonDatabase database = NeonDatabase.fromEnvironment(Map.of(
                     "DATABASE_URL", pooled.libpqUrl(), "DATABASE_URL_UNPOOLED", direct.libpqUrl()))) {
            assertEquals(direct.name(), database.directEndpoint().database());
            assertSame(database.directDataSource(), database.directDataSource(), "created once, on demand");

            int firstPid;
            try (Connection connection = database.directDataSource().getConnection()) {
                assertEquals(direct.name(), currentDatabase(connection));
                firstPid = PrePingTest.backendPid(connection);
            }
            try (Connection connection = database.directDataSource().getConnection()) {
                assertNotEquals(firstPid, PrePingTest.backendPid(connection), "each call opens a new connection");
            }
            assertEquals(0, database.poolStatistics().total(), "the primary's pool was not touched");
        }
    }

    private static String currentDatabase(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement();
             ResultSet name = statement.executeQuery("SELECT current_database()")) {
            name.next();
            return name.getString(1);
        }
    }
}
