package dev.neonkit.runtime.drift;

import dev.neonkit.runtime.NeonDatabase;
import dev.neonkit.runtime.config.NeonConfig;
import dev.neonkit.runtime.internal.pool.DirectDataSource;
import dev.neonkit.schema.diff.Change;
import dev.neonkit.schema.diff.SchemaDiff;
import dev.neonkit.schema.model.SchemaModel;
import dev.neonkit.schema.model.Table;
import dev.neonkit.schema.model.TableName;
import dev.neonkit.schema.snapshot.SnapshotCodec;
import dev.neonkit.schema.sql.ChangeSql;
import dev.neonkit.schema.sql.MigrationRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Checks that a live database has the schema the application expects, and says how to fix it when it does not.
 *
 * <pre>{@code
 * DriftReport report = SchemaVerifier.expecting(NeonkitSchema.model()).verify(database);
 * if (report.hasDrift()) {
 *     report.differences().forEach(drift -> log.warn("{}: {}", drift.description(), drift.fixSql()));
 * }
 * }</pre>
 *
 * <p>The stages: read the live catalog ({@link CatalogReader}) of every schema the expected model uses, plus
 * {@value TableName#DEFAULT_SCHEMA}; bring the expected model's expressions into PostgreSQL's printed form
 * ({@link CanonicalExpressions}); compare the two with the same diff that plans migrations ({@link SchemaDiff},
 * from the live database to the expected schema); render each change with {@link MigrationRenderer#fixSql}.
 * Nothing in the database is changed. Rename hints of the expected model are ignored: a database is compared by
 * its shape.
 */
public final class SchemaVerifier {

    private final SchemaModel expected;

    private SchemaVerifier(SchemaModel expected) {
        this.expected = expected.withoutRenameHints();
    }

    /** A verifier expecting {@code model}, for example the processor's generated {@code NeonkitSchema.model()}. */
    public static SchemaVerifier expecting(SchemaModel model) {
        return new SchemaVerifier(Objects.requireNonNull(model, "model"));
    }

    /**
     * A verifier expecting the schema of a snapshot file ({@code neonkit-snapshot.json}).
     *
     * @throws IOException when the file cannot be read
     * @throws dev.neonkit.schema.snapshot.SnapshotFormatException when it is not a valid snapshot, with the line
     *                                                             and column of the problem
     */
    public static SchemaVerifier fromSnapshot(Path snapshotFile) throws IOException {
        String json = Files.readString(snapshotFile, StandardCharsets.UTF_8);
        return expecting(SnapshotCodec.parse(json).model());
    }

    /** The expected schema. */
    public SchemaModel expected() {
        return expected;
    }

    /** Verifies the database behind {@code database}'s direct endpoint. */
    public DriftReport verify(NeonDatabase database) throws SQLException {
        return verify(database.directDataSource());
    }

    /**
     * Verifies the database behind {@code config}'s direct endpoint, on one unpooled connection (with the
     * configuration's cold-start retry) that is closed afterwards: no pool is opened.
     */
    public DriftReport verify(NeonConfig config) throws SQLException {
        return verify(DirectDataSource.of(config));
    }

    /** Verifies the database behind {@code dataSource}, on one connection that is closed afterwards. */
    public DriftReport verify(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return verify(connection);
        }
    }

    /**
     * Verifies the database behind {@code connection}, which must be in auto-commit mode (the expected
     * expressions are canonicalised in a transaction of its own that is rolled back).
     *
     * @throws UnsupportedSchemaException when the live schema holds something the model cannot represent
     */
    public DriftReport verify(Connection connection) throws SQLException {
        LiveSchema live = CatalogReader.forSchemas(schemasToRead()).read(connection);
        CanonicalExpressions.Result canonical = CanonicalExpressions.canonicalize(connection, expected);

        List<Change> changes = SchemaDiff.between(live.model(), canonical.model()).changes();
        List<Drift> differences = new ArrayList<>();
        for (ChangeSql fix : MigrationRenderer.withDefaults().fixSql(changes)) {
            differences.add(new Drift(DriftDescriptions.describe(fix.change(), changes), fix.sql(),
                    fix.change().destructive()));
        }
        List<String> notes = new ArrayList<>(live.notCompared());
        notes.addAll(canonical.problems());
        return new DriftReport(differences, notes);
    }

    private List<String> schemasToRead() {
        Set<String> schemas = new LinkedHashSet<>();
        schemas.add(TableName.DEFAULT_SCHEMA);
        for (Table table : expected.tables()) {
            schemas.add(table.name().schema());
        }
        return List.copyOf(schemas);
    }
}
