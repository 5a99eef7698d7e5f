package dev.neonkit.repositorytest;

import dev.neonkit.runtime.NeonDatabase;
import dev.neonkit.schema.diff.SchemaDiff;
import dev.neonkit.schema.model.SchemaModel;
import dev.neonkit.schema.sql.MigrationRenderer;
import dev.neonkit.schema.sql.MigrationScript;
import dev.neonkit.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/** The suite's tables and {@link NeonDatabase}s, built from the generated {@code NeonkitSchema}. */
final class Databases {
    /** Runtime settings the PgBouncer run passes through the environment (see the processor README). */
    private static final String[] PASSED_THROUGH = {"NEONKIT_POOLED", "NEONKIT_PREPARE_THRESHOLD"};

    private Databases() {
    }

    /** Creates the tables of the test entities, as the processor's first migration would. */
    static void createTables(TestDatabase db) throws SQLException {
        SchemaModel model = NeonkitSchema.model();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            for (MigrationScript script : MigrationRenderer.withDefaults()
                    .render(SchemaDiff.between(SchemaModel.EMPTY, model)).scripts()) {
                statement.execute(script.sqlText());
            }
        }
    }

    /** A database whose {@code DATABASE_URL} is {@code url}. */
    static NeonDatabase open(String url) {
        return NeonDatabase.fromEnvironment(environment(Map.of("DATABASE_URL", url)));
    }

    /** A database configured from {@code variables} plus the pass-through settings of the process. */
    static NeonDatabase open(Map<String, String> variables) {
        return NeonDatabase.fromEnvironment(environment(variables));
    }

    private static Map<String, String> environment(Map<String, String> variables) {
        Map<String, String> environment = new HashMap<>(variables);
        for (String name : PASSED_THROUGH) {
            String value = System.getenv(name);
            if (value != null) {
                environment.put(name, value);
            }
        }
        return environment;
    }

    /** Empties every table of the test entities. */
    static void truncate(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE sample, owner, tag, reminder, note");
        }
    }
}
