package dev.neonkit.runtime.drift;

import dev.neonkit.schema.model.CheckConstraint;
import dev.neonkit.schema.model.Column;
import dev.neonkit.schema.model.ColumnType;
import dev.neonkit.schema.model.ForeignKey;
import dev.neonkit.schema.model.Index;
import dev.neonkit.schema.model.PrimaryKey;
import dev.neonkit.schema.model.ReferentialAction;
import dev.neonkit.schema.model.SchemaModel;
import dev.neonkit.schema.model.Table;
import dev.neonkit.schema.model.TableName;
import dev.neonkit.schema.model.UniqueConstraint;
import dev.neonkit.schema.naming.Identifiers;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the tables of one or more schemas from PostgreSQL's catalog into a {@link SchemaModel}: columns (type as
 * {@code format_type} prints it, read with {@link ColumnType#parse}), nullability, defaults ({@code pg_get_expr}),
 * identity, primary keys, unique constraints, foreign keys, CHECK constraints and the indexes that back no
 * constraint (columns, uniqueness, partial-index predicate). Three queries, whatever the number of tables.
 *
 * <p>Expressions (defaults, checks, predicates) are PostgreSQL's own deparsed text, such as {@code 'new'::text} or
 * {@code (status = ANY (ARRAY['a'::text, 'b'::text]))}. To compare them with a model written by hand or by the
 * processor, bring that model into the same form with {@link CanonicalExpressions}; {@link SchemaVerifier} does.
 *
 * <p>Flyway's history table ({@value #FLYWAY_HISTORY_TABLE}) is skipped, as are partitions (their parent is read)
 * and everything the model cannot describe, which is listed in {@link LiveSchema#notCompared()}.
 */
public final class CatalogReader {

    /** The name of Flyway's history table, which is not part of the application's schema. */
    public static final String FLYWAY_HISTORY_TABLE = "flyway_schema_history";

    private static final String TABLE_FILTER = "n.nspname = ANY (?) AND c.relkind IN ('r', 'p') AND NOT c.relispartition";

    private static final String COLUMNS_SQL = """
            SELECT n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod) AS type_sql,
                   a.attnotnull, a.attidentity, a.attgenerated, pg_get_expr(d.adbin, d.adrelid) AS default_sql
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE %s
            ORDER BY n.nspname, c.relname, a.attnum
            """.formatted(TABLE_FILTER);

    private static final String CONSTRAINTS_SQL = """
            SELECT n.nspname, c.relname, con.conname, con.contype,
                   ARRAY(SELECT a.attname::text
                         FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, position)
                         JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
                         ORDER BY k.position) AS columns,
                   rn.nspname AS referenced_schema, rc.relname AS referenced_table,
                   ARRAY(SELECT a.attname::text
                         FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, position)
                         JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
                         ORDER BY k.position) AS referenced_columns,
                   con.confdeltype, con.confupdtype, pg_get_expr(con.conbin, con.conrelid) AS check_sql,
                   con.convalidated
            FROM pg_constraint con
            JOIN pg_class c ON c.oid = con.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_class rc ON rc.oid = con.confrelid
            LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
            WHERE %s AND con.contype IN ('p', 'u', 'f', 'c', 'x')
            ORDER BY n.nspname, c.relname, con.conname
            """.formatted(TABLE_FILTER);

    /** Indexes that back no primary key, unique or exclusion constraint (a foreign key's conindid is elsewhere). */
    private static final String INDEXES_SQL = """
            SELECT n.nspname, c.relname, ic.relname AS index_name, i.indisunique, i.indisvalid,
                   ARRAY(SELECT a.attname::text
                         FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, position)
                         JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                         WHERE k.position <= i.indnkeyatts
                         ORDER BY k.position) AS columns,
                   i.indexprs IS NOT NULL AS has_expressions, i.indnatts > i.indnkeyatts AS has_include,
                   0 <> ANY (i.indoption::int2[]) AS has_options, am.amname,
                   pg_get_expr(i.indpred, i.indrelid) AS predicate_sql
            FROM pg_index i
            JOIN pg_class c ON c.oid = i.indrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_am am ON am.oid = ic.relam
            WHERE %s
              AND NOT EXISTS (SELECT 1 FROM pg_constraint con
                              WHERE con.conindid = i.indexrelid AND con.contype IN ('p', 'u', 'x'))
            ORDER BY n.nspname, c.relname, ic.relname
            """.formatted(TABLE_FILTER);

    private final List<String> schemas;
    private final Set<String> ignoredTables;

    private CatalogReader(List<String> schemas, Set<String> ignoredTables) {
        this.schemas = List.copyOf(schemas);
        this.ignoredTables = Set.copyOf(ignoredTables);
    }

    /** A reader of the {@value TableName#DEFAULT_SCHEMA} schema that skips Flyway's history table. */
    public static CatalogReader forDefaultSchema() {
        return forSchemas(List.of(TableName.DEFAULT_SCHEMA));
    }

    /**
     * A reader of {@code schemas} that skips Flyway's history table. A foreign key to a table outside them is
     * listed as not compared.
     */
    public static CatalogReader forSchemas(List<String> schemas) {
        if (schemas.isEmpty()) {
            throw new IllegalArgumentException("name at least one schema to read");
        }
        return new CatalogReader(schemas, Set.of(FLYWAY_HISTORY_TABLE));
    }

    /** This reader, also skipping the tables called {@code tableNames} (in every schema it reads). */
    public CatalogReader ignoringTables(String... tableNames) {
        Set<String> ignored = new LinkedHashSet<>(ignoredTables);
        ignored.addAll(Arrays.asList(tableNames));
        return new CatalogReader(schemas, ignored);
    }

    /** The schemas this reader reads. */
    public List<String> schemas() {
        return schemas;
    }

    /**
     * Reads the schemas through {@code connection}, in three queries. The connection is left as it was.
     *
     * @throws SQLException when a query fails
     * @throws UnsupportedSchemaException when the catalog holds something the model cannot represent (a column
     *                                    type whose name needs quotes, a key the model's rules reject); the
     *                                    message names it
     */
    public LiveSchema read(Connection connection) throws SQLException {
        Objects.requireNonNull(connection, "connection");
        Map<TableName, TableParts> tables = new LinkedHashMap<>();
        List<String> notCompared = new ArrayList<>();
        try {
            // The model validates as the parts are read: an expression it refuses stops here with its reason.
            readColumns(connection, tables, notCompared);
            readConstraints(connection, tables, notCompared);
            readIndexes(connection, tables, notCompared);
            List<Table> built = new ArrayList<>();
            for (TableParts parts : tables.values()) {
                if (parts.columnCount == 0) {
                    notCompared.add("table " + parts.name.qualified() + " has no columns, which the model cannot"
                            + " describe");
                    continue;
                }
                built.add(parts.builder.build());
            }
            return new LiveSchema(new SchemaModel(withoutForeignKeysLeaving(built, notCompared)), notCompared);
        } catch (IllegalArgumentException unrepresentable) {
            throw new UnsupportedSchemaException("the live schema (" + String.join(", ", schemas) + ") does not fit"
                    + " neonkit's schema model: " + unrepresentable.getMessage(), unrepresentable);
        }
    }

    private void readColumns(Connection connection, Map<TableName, TableParts> tables, List<String> notCompared)
            throws SQLException {
        try (PreparedStatement query = prepare(connection, COLUMNS_SQL); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                TableName table = new TableName(rows.getString(1), rows.getString(2));
                if (ignoredTables.contains(table.name())) {
                    continue;
                }
                TableParts parts = tables.computeIfAbsent(table, TableParts::new);
                String name = rows.getString(3);
                String where = "column " + table.qualified() + "." + name;
                ColumnType type = columnType(rows.getString(4), where);
                boolean notNull = rows.getBoolean(5);
                String identity = rows.getString(6);
                String generated = rows.getString(7);
                Optional<String> defaultSql = Optional.ofNullable(rows.getString(8));
                boolean isIdentity = identity != null && !identity.isEmpty();
                if (generated != null && !generated.isEmpty()) {
                    notCompared.add(where + " is GENERATED ALWAYS AS (" + defaultSql.orElse("") + ") STORED;"
                            + " the model has no generated columns, so its expression is not compared");
                    defaultSql = Optional.empty();
                }
                if ("a".equals(identity)) {
                    notCompared.add(where + " is GENERATED ALWAYS AS IDENTITY; it is compared as the model's"
                            + " GENERATED BY DEFAULT AS IDENTITY");
                }
                Column column = new Column(name, type, !notNull && !isIdentity, isIdentity ? Optional.empty()
                        : defaultSql, isIdentity, Optional.empty());
                parts.builder.column(column);
                parts.columnCount++;
            }
        }
    }

    private void readConstraints(Connection connection, Map<TableName, TableParts> tables, List<String> notCompared)
            throws SQLException {
        try (PreparedStatement query = prepare(connection, CONSTRAINTS_SQL); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                TableParts parts = tables.get(new TableName(rows.getString(1), rows.getString(2)));
                if (parts == null) {
                    continue;
                }
                String name = rows.getString(3);
                String kind = rows.getString(4);
                List<String> columns = strings(rows.getArray(5));
                String where = "constraint " + name + " of " + parts.name.qualified();
                if (!rows.getBoolean(12)) {
                    // Added NOT VALID and never validated: the rows that existed then were never checked.
                    notCompared.add(where + " is NOT VALID: rows older than the constraint are not checked; run"
                            + " ALTER TABLE " + parts.name.sql() + " VALIDATE CONSTRAINT " + Identifiers.quote(name));
                }
                switch (kind) {
                    case "p" -> parts.builder.primaryKey(new PrimaryKey(name, columns));
                    case "u" -> parts.builder.unique(new UniqueConstraint(name, columns));
                    case "c" -> parts.builder.check(new CheckConstraint(name, rows.getString(11)));
                    case "f" -> {
                        TableName referenced = new TableName(rows.getString(6), rows.getString(7));
                        parts.builder.foreignKey(new ForeignKey(name, columns, referenced, strings(rows.getArray(8)),
                                referentialAction(rows.getString(9))));
                        if (!"a".equals(rows.getString(10))) {
                            notCompared.add("the ON UPDATE " + referentialAction(rows.getString(10)).sql()
                                    + " action of " + where + " (the model compares ON DELETE only)");
                        }
                    }
                    default -> notCompared.add(where + " is an exclusion constraint, which the model cannot"
                            + " describe");
                }
            }
        }
    }

    private void readIndexes(Connection connection, Map<TableName, TableParts> tables, List<String> notCompared)
            throws SQLException {
        try (PreparedStatement query = prepare(connection, INDEXES_SQL); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                TableParts parts = tables.get(new TableName(rows.getString(1), rows.getString(2)));
                if (parts == null) {
                    continue;
                }
                String name = rows.getString(3);
                String where = "index " + name + " of " + parts.name.qualified();
                if (!rows.getBoolean(5)) {
                    notCompared.add(where + " is INVALID (a CREATE INDEX CONCURRENTLY that failed); it is compared"
                            + " as if it worked, but queries cannot use it: drop it and build it again");
                }
                if (!"btree".equals(rows.getString(10))) {
                    notCompared.add(where + " is a " + rows.getString(10) + " index; the model describes B-tree"
                            + " indexes only");
                    continue;
                }
                if (rows.getBoolean(7)) {
                    notCompared.add(where + " indexes an expression; the model describes column indexes only");
                    continue;
                }
                if (rows.getBoolean(8)) {
                    notCompared.add("the INCLUDE columns of " + where);
                }
                if (rows.getBoolean(9)) {
                    notCompared.add("the sort order (DESC or NULLS FIRST/LAST) of " + where);
                }
                parts.builder.index(new Index(name, strings(rows.getArray(6)), rows.getBoolean(4),
                        Optional.ofNullable(rows.getString(11))));
            }
        }
    }

    /** Foreign keys to tables this reader did not read would fail the model's checks; they are listed instead. */
    private static List<Table> withoutForeignKeysLeaving(List<Table> tables, List<String> notCompared) {
        Set<TableName> read = new LinkedHashSet<>();
        tables.forEach(table -> read.add(table.name()));
        List<Table> kept = new ArrayList<>();
        for (Table table : tables) {
            Table.Builder builder = table.toBuilder();
            for (ForeignKey foreignKey : table.foreignKeys()) {
                if (!read.contains(foreignKey.referencedTable())) {
                    builder.removeConstraint(foreignKey.name());
                    notCompared.add("foreign key " + foreignKey.name() + " of " + table.name().qualified()
                            + ", which refers to " + foreignKey.referencedTable().qualified()
                            + " outside the schemas read");
                }
            }
            kept.add(builder.build());
        }
        return kept;
    }

    private PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setArray(1, connection.createArrayOf("text", schemas.toArray()));
        return statement;
    }

    private static ColumnType columnType(String typeSql, String where) {
        try {
            return ColumnType.parse(typeSql);
        } catch (IllegalArgumentException unreadable) {
            throw new UnsupportedSchemaException(where + " has type " + typeSql + ", which neonkit's schema model"
                    + " cannot read: " + unreadable.getMessage(), unreadable);
        }
    }

    /** {@code pg_constraint.confdeltype}: a, r, c, n, d. */
    private static ReferentialAction referentialAction(String code) {
        return switch (code) {
            case "r" -> ReferentialAction.RESTRICT;
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }

    /** A table being assembled from the three queries. */
    private static final class TableParts {
        final TableName name;
        final Table.Builder builder;
        int columnCount;

        TableParts(TableName name) {
            this.name = name;
            this.builder = Table.builder(name);
        }
    }
}
