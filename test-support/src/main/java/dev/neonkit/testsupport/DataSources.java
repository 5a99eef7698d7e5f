package dev.neonkit.testsupport;

import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** The one place that turns an endpoint and a database name into pgjdbc connections. */
final class DataSources {

    private DataSources() {
    }

    /** An unpooled pgjdbc data source: every {@code getConnection()} opens a new physical connection. */
    static DataSource forDatabase(ServerEndpoint endpoint, String database) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(ServerUrls.jdbc(endpoint.host(), endpoint.port(), database, endpoint.driverProperties()));
        dataSource.setUser(endpoint.user());
        dataSource.setPassword(endpoint.password());
        return dataSource;
    }
}
