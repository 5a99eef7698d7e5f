package dev.neonkit.runtime.drift;

import dev.neonkit.schema.model.CheckConstraint;
import dev.neonkit.schema.model.Column;
import dev.neonkit.schema.model.Index;
import dev.neonkit.schema.model.SchemaModel;
import dev.neonkit.schema.model.Table;
import dev.neonkit.schema.model.TableName;
import dev.neonkit.schema.naming.Identifiers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Brings the SQL expressions of a model (column defaults, CHECK expressions, partial-index predicates) into the
 * exact text PostgreSQL's catalog returns for them, by asking PostgreSQL itself.
 *
 * <p><b>Why.</b> PostgreSQL stores an expression as a parse tree and prints it back in its own form: a default
 * {@code 'new'} reads back as {@code 'new'::text}, a check {@code status IN ('a', 'b')} as
 * {@code (status = ANY (ARRAY['a'::text, 'b'::text]))}, with casts depending on the column's type, operators
 * resolved and parentheses added. Rewriting expressions in Java would mean re-implementing the parser and type
 * resolution; any gap would report drift where there is none. So the expected expressions take the same path as
 * the live ones: they are attached to temporary tables with the same column names and types, inside a transaction
 * that is rolled back, and read back with the same catalog queries ({@link CatalogReader}). Two spellings of the
 * same expression then compare equal, and a real difference stays a difference.
 *
 * <p>An expression PostgreSQL rejects (a syntax error, an unknown function, a column type that does not exist) is
 * kept as written and reported: it will then show up as drift next to the reason.
 *
 * <p>Cost: one round trip (a JDBC batch of separate statements) for all the temporary DDL of a batch, the three
 * catalog queries, and a rollback. Tables whose names collide across schemas go into further batches.
 */
final class CanonicalExpressions {

    /** The model with canonical expressions, and the expressions PostgreSQL would not accept. */
    record Result(SchemaModel model, List<String> problems) {
        Result {
            problems = List.copyOf(problems);
        }
    }

    private CanonicalExpressions() {
    }

    /**
     * Canonicalises {@code model}'s expressions through {@code connection}, which must be in auto-commit mode; it
     * is back in auto-commit mode afterwards, and nothing it did remains.
     */
    static Result canonicalize(Connection connection, SchemaModel model) throws SQLException {
        if (!connection.getAutoCommit()) {
            throw new IllegalStateException("canonicalising expressions needs a connection in auto-commit mode: it"
                    + " works in a transaction of its own and rolls it back");
        }
        List<String> problems = new ArrayList<>();
        Map<TableName, Table> canonical = new HashMap<>();
        connection.setAutoCommit(false);
        try {
            for (List<Table> batch : batches(model.tables())) {
                Savepoint start = connection.setSavepoint();
                createTemporaryTables(connection, batch, problems);
                Map<String, Table> read = readTemporaryTables(connection);
                for (Table table : batch) {
                    canonical.put(table.name(), withExpressionsOf(table, read.get(table.name().name()), problems));
                }
                connection.rollback(start);
            }
        } catch (SQLException | RuntimeException failure) {
            // A failed rollback must not hide why the work failed.
            try {
                endTransaction(connection);
            } catch (SQLException rollbackFailure) {
                failure.addSuppressed(rollbackFailure);
            }
            throw failure;
        }
        endTransaction(connection);
        List<Table> tables = model.tables().stream().map(table -> canonical.get(table.name())).toList();
        return new Result(new SchemaModel(tables), problems);
    }

    /** Rolls back everything the canonicalisation did and returns the connection to auto-commit mode. */
    private static void endTransaction(Connection connection) throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Batches in which no two tables share a table or index name (temporary tables all live in one schema). */
    private static List<List<Table>> batches(List<Table> tables) {
        List<List<Table>> batches = new ArrayList<>();
        List<Set<String>> usedNames = new ArrayList<>();
        for (Table table : tables) {
            Set<String> names = new HashSet<>();
            names.add(table.name().name());
            table.indexes().forEach(index -> names.add(index.name()));
            int batch = 0;
            while (batch < batches.size() && usedNames.get(batch).stream().anyMatch(names::contains)) {
                batch++;
            }
            if (batch == batches.size()) {
                batches.add(new ArrayList<>());
                usedNames.add(new HashSet<>());
            }
            batches.get(batch).add(table);
            usedNames.get(batch).addAll(names);
        }
        return batches;
    }

    /**
     * Sends the statements as one JDBC batch (one round trip) of separate statements, never as one joined string:
     * the model already refuses an expression that could end its statement ({@code SqlExpressions}), and no
     * statement text here is built to run together with another. If any fails, runs them again one by one, each
     * under a savepoint, so that one bad expression only loses itself.
     */
    private static void createTemporaryTables(Connection connection, List<Table> batch, List<String> problems)
            throws SQLException {
        List<TableStatements> statements = batch.stream().map(TableStatements::of).toList();
        Savepoint beforeBatch = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            for (TableStatements table : statements) {
                for (String sql : table.all()) {
                    statement.addBatch(sql);
                }
            }
            statement.executeBatch();
            connection.releaseSavepoint(beforeBatch);
            return;
        } catch (SQLException someFailed) {
            connection.rollback(beforeBatch);
        }
        for (TableStatements table : statements) {
            Optional<String> failure = tryExecute(connection, table.create());
            if (failure.isPresent()) {
                problems.add("the expected table " + table.name().qualified() + " cannot be created as a temporary"
                        + " table (" + failure.get() + "), so its expressions are compared as written");
                continue;
            }
            for (Map.Entry<String, String> expression : table.expressions().entrySet()) {
                tryExecute(connection, expression.getValue()).ifPresent(error -> problems.add(expression.getKey()
                        + " is not valid for PostgreSQL (" + error + "); it is compared as written"));
            }
        }
    }

    private static Optional<String> tryExecute(Connection connection, String sql) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
            connection.releaseSavepoint(savepoint);
            return Optional.empty();
        } catch (SQLException failure) {
            connection.rollback(savepoint);
            return Optional.of(String.valueOf(failure.getMessage()).lines().findFirst().orElse("").strip());
        }
    }

    private static Map<String, Table> readTemporaryTables(Connection connection) throws SQLException {
        String temporarySchema;
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(
                     "SELECT nspname FROM pg_namespace WHERE oid = pg_my_temp_schema()")) {
            if (!row.next()) {
                return Map.of();
            }
            temporarySchema = row.getString(1);
        }
        LiveSchema temporary = CatalogReader.forSchemas(List.of(temporarySchema)).read(connection);
        return temporary.model().tables().stream()
                .collect(Collectors.toMap(table -> table.name().name(), Function.identity()));
    }

    /** {@code expected} with each expression replaced by its canonical text from {@code temporary}, where found. */
    private static Table withExpressionsOf(Table expected, Table temporary, List<String> problems) {
        if (temporary == null) {
            return expected;
        }
        Table.Builder builder = expected.toBuilder();
        for (Column column : expected.columns()) {
            if (column.defaultSql().isPresent()) {
                temporary.column(column.name()).flatMap(Column::defaultSql)
                        .ifPresent(canonical -> builder.replaceColumn(column.withDefault(canonical)));
            }
        }
        for (CheckConstraint check : expected.checks()) {
            temporary.checks().stream().filter(candidate -> candidate.name().equals(check.name())).findFirst()
                    .ifPresent(canonical -> builder.removeConstraint(check.name())
                            .check(new CheckConstraint(check.name(), canonical.expression())));
        }
        for (Index index : expected.indexes()) {
            if (index.where().isPresent()) {
                temporary.indexes().stream().filter(candidate -> candidate.name().equals(index.name())).findFirst()
                        .flatMap(Index::where)
                        .ifPresent(canonical -> builder.removeConstraint(index.name())
                                .index(new Index(index.name(), index.columns(), index.unique(), Optional.of(canonical))));
            }
        }
        return builder.build();
    }

    /**
     * The temporary DDL for one table: a table with the same column names and types (no keys, no identity: they
     * do not change how expressions print), then one statement per expression, keyed by what it is for messages.
     */
    private record TableStatements(TableName name, String create, Map<String, String> expressions) {
        static TableStatements of(Table table) {
            String temporaryTable = "pg_temp." + Identifiers.quote(table.name().name());
            String columns = table.columns().stream()
                    .map(column -> Identifiers.quote(column.name()) + " " + column.type().sql())
                    .collect(Collectors.joining(", "));
            String create = "CREATE TEMPORARY TABLE " + Identifiers.quote(table.name().name()) + " (" + columns + ");";
            Map<String, String> expressions = new LinkedHashMap<>();
            for (Column column : table.columns()) {
                column.defaultSql().ifPresent(expression -> expressions.put(
                        "the DEFAULT of " + table.name().qualified() + "." + column.name() + ", " + expression + ",",
                        "ALTER TABLE " + temporaryTable + " ALTER COLUMN " + Identifiers.quote(column.name())
                                + " SET DEFAULT " + expression + ";"));
            }
            for (CheckConstraint check : table.checks()) {
                expressions.put("the CHECK " + check.name() + " of " + table.name().qualified() + ", "
                                + check.expression() + ",",
                        "ALTER TABLE " + temporaryTable + " ADD CONSTRAINT " + Identifiers.quote(check.name())
                                + " CHECK (" + check.expression() + ");");
            }
            for (Index index : table.indexes()) {
                index.where().ifPresent(predicate -> expressions.put(
                        "the WHERE predicate of index " + index.name() + " of " + table.name().qualified() + ", "
                                + predicate + ",",
                        "CREATE INDEX " + Identifiers.quote(index.name()) + " ON " + temporaryTable + " ("
                                + index.columns().stream().map(Identifiers::quote).collect(Collectors.joining(", "))
                                + ") WHERE " + predicate + ";"));
            }
            return new TableStatements(table.name(), create, expressions);
        }

        List<String> all() {
            List<String> all = new ArrayList<>();
            all.add(create);
            all.addAll(expressions.values());
            return all;
        }
    }
}
