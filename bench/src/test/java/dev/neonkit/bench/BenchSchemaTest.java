package dev.neonkit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neonkit.schema.diff.SchemaDiff;
import dev.neonkit.schema.model.SchemaModel;
import dev.neonkit.schema.sql.MigrationRenderer;
import dev.neonkit.schema.sql.MigrationScript;
import dev.neonkit.testsupport.TestDatabase;
import dev.neonkit.testsupport.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written table is the one neonkit's migration for {@link BenchItem} would create. */
class BenchSchemaTest {

    @Test
    void handWrittenTableMatchesTheMigrationNeonkitRendersForBenchItem() throws SQLException {
        try (TestDatabase handWritten = TestPostgres.shared().createDatabase("bench_schema_sql");
             TestDatabase migrated = TestPostgres.shared().createDatabase("bench_schema_migration")) {
            BenchSchema.create(handWritten.dataSource());
            try (Connection connection = migrated.connect(); Statement statement = connection.createStatement()) {
                SchemaDiff diff = SchemaDiff.between(SchemaModel.EMPTY, NeonkitSchema.model());
                for (MigrationScript script : MigrationRenderer.withDefaults().render(diff).scripts()) {
                    statement.execute(script.sqlText());
                }
            }
            List<String> expected = columns(migrated);
            assertEquals(6, expected.size(), "columns of the migrated table: " + expected);
            assertEquals(expected, columns(handWritten));
        }
    }

    private static List<String> columns(TestDatabase database) throws SQLException {
        String query = """
                SELECT column_name, format_type(atttypid, atttypmod), is_nullable, column_default, is_identity
                FROM information_schema.columns
                JOIN pg_attribute ON attrelid = 'bench_item'::regclass AND attname = column_name
                WHERE table_name = 'bench_item' ORDER BY ordinal_position""";
        List<String> columns = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                columns.add(String.join(" ", rows.getString(1), rows.getString(2), rows.getString(3),
                        String.valueOf(rows.getString(4)), rows.getString(5)));
            }
        }
        return columns;
    }
}
