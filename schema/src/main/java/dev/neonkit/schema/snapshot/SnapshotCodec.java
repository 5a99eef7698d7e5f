package dev.neonkit.schema.snapshot;

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
import dev.neonkit.schema.snapshot.JsonValue.JsonArray;
import dev.neonkit.schema.snapshot.JsonValue.JsonBoolean;
import dev.neonkit.schema.snapshot.JsonValue.JsonNumber;
import dev.neonkit.schema.snapshot.JsonValue.JsonObject;
import dev.neonkit.schema.snapshot.JsonValue.JsonString;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads and writes the snapshot file ({@code schema-snapshot.json}).
 *
 * <p>The written text is deterministic: keys in a fixed order, tables sorted by name, one column or constraint per
 * line, two-space indentation and a trailing newline, so {@code write(parse(text))} gives back {@code text} byte
 * for byte and a schema change shows up as a small, readable diff. The reader is strict: unknown or missing keys,
 * values of the wrong kind and an unsupported {@code formatVersion} are errors that name the line and column.
 *
 * <pre>{@code
 * {
 *   "formatVersion": 1,
 *   "tables": [
 *     {
 *       "schema": "public",
 *       "name": "customer",
 *       "columns": [
 *         { "name": "id", "type": "bigint", "nullable": false, "identity": true },
 *         { "name": "email", "type": "varchar(255)", "nullable": false }
 *       ],
 *       "primaryKey": { "name": "customer_pkey", "columns": ["id"] },
 *       "uniqueConstraints": [],
 *       "indexes": [],
 *       "foreignKeys": [],
 *       "checks": []
 *     }
 *   ],
 *   "migrations": [
 *     { "version": 1, "file": "V1__create_customer.sql", "checksum": 1234567 }
 *   ]
 * }
 * }</pre>
 */
public final class SnapshotCodec {

    private SnapshotCodec() {
    }

    /** The snapshot as the file's text. */
    public static String write(Snapshot snapshot) {
        Map<String, JsonValue> root = new LinkedHashMap<>();
        root.put("formatVersion", number(snapshot.formatVersion()));
        root.put("tables", array(snapshot.model().tables(), SnapshotCodec::tableJson));
        root.put("migrations", array(snapshot.chain(), SnapshotCodec::migrationJson));
        return JsonWriter.write(object(root));
    }

    /**
     * Reads a snapshot file's text.
     *
     * @throws SnapshotFormatException with the line and column of the first problem
     */
    public static Snapshot parse(String text) {
        JsonValue rootValue = JsonParser.parse(text);
        Fields root = Fields.of(rootValue, "the snapshot", Set.of("formatVersion", "tables", "migrations"));
        JsonValue formatValue = root.required("formatVersion");
        int format = root.integer("formatVersion");
        if (format != Snapshot.CURRENT_FORMAT) {
            throw new SnapshotFormatException(formatValue.line(), formatValue.column(), "formatVersion " + format
                    + " is not supported: this neonkit reads format " + Snapshot.CURRENT_FORMAT
                    + ". Use the neonkit version that wrote the file, or regenerate the snapshot");
        }
        List<Table> tables = root.list("tables", SnapshotCodec::readTable);
        SchemaModel model = build(root.required("tables"), () -> new SchemaModel(tables));
        List<AcceptedMigration> chain = root.list("migrations", SnapshotCodec::readMigration);
        return build(root.required("migrations"), () -> new Snapshot(format, model, chain));
    }

    private static JsonValue tableJson(Table table) {
        Map<String, JsonValue> json = new LinkedHashMap<>();
        json.put("schema", string(table.name().schema()));
        json.put("name", string(table.name().name()));
        table.renamedFrom().ifPresent(previous -> json.put("renamedFrom", string(previous)));
        json.put("columns", array(table.columns(), SnapshotCodec::columnJson));
        table.primaryKey().ifPresent(pk -> {
            Map<String, JsonValue> key = new LinkedHashMap<>();
            key.put("name", string(pk.name()));
            key.put("columns", strings(pk.columns()));
            json.put("primaryKey", object(key));
        });
        json.put("uniqueConstraints", array(table.uniqueConstraints(), unique -> {
            Map<String, JsonValue> constraint = new LinkedHashMap<>();
            constraint.put("name", string(unique.name()));
            constraint.put("columns", strings(unique.columns()));
            return object(constraint);
        }));
        json.put("indexes", array(table.indexes(), index -> {
            Map<String, JsonValue> indexJson = new LinkedHashMap<>();
            indexJson.put("name", string(index.name()));
            indexJson.put("columns", strings(index.columns()));
            indexJson.put("unique", bool(index.unique()));
            index.where().ifPresent(where -> indexJson.put("where", string(where)));
            return object(indexJson);
        }));
        json.put("foreignKeys", array(table.foreignKeys(), foreignKey -> {
            Map<String, JsonValue> fk = new LinkedHashMap<>();
            fk.put("name", string(foreignKey.name()));
            fk.put("columns", strings(foreignKey.columns()));
            fk.put("referencedSchema", string(foreignKey.referencedTable().schema()));
            fk.put("referencedTable", string(foreignKey.referencedTable().name()));
            fk.put("referencedColumns", strings(foreignKey.referencedColumns()));
            fk.put("onDelete", string(foreignKey.onDelete().sql()));
            return object(fk);
        }));
        json.put("checks", array(table.checks(), check -> {
            Map<String, JsonValue> checkJson = new LinkedHashMap<>();
            checkJson.put("name", string(check.name()));
            checkJson.put("expression", string(check.expression()));
            return object(checkJson);
        }));
        return object(json);
    }

    private static JsonValue columnJson(Column column) {
        Map<String, JsonValue> json = new LinkedHashMap<>();
        json.put("name", string(column.name()));
        json.put("type", string(column.type().sql()));
        json.put("nullable", bool(column.nullable()));
        if (column.identity()) {
            json.put("identity", bool(true));
        }
        column.defaultSql().ifPresent(sql -> json.put("default", string(sql)));
        column.renamedFrom().ifPresent(previous -> json.put("renamedFrom", string(previous)));
        return object(json);
    }

    private static JsonValue migrationJson(AcceptedMigration migration) {
        Map<String, JsonValue> json = new LinkedHashMap<>();
        json.put("version", number(migration.version()));
        json.put("file", string(migration.fileName()));
        json.put("checksum", number(migration.checksum()));
        return object(json);
    }

    private static Table readTable(JsonValue value) {
        Fields table = Fields.of(value, "a table", Set.of("schema", "name", "renamedFrom", "columns", "primaryKey",
                "uniqueConstraints", "indexes", "foreignKeys", "checks"));
        String schema = table.string("schema");
        String name = table.string("name");
        Optional<String> renamedFrom = table.optionalString("renamedFrom");
        List<Column> columns = table.list("columns", SnapshotCodec::readColumn);
        Optional<PrimaryKey> primaryKey = table.optional("primaryKey").map(keyValue -> {
            Fields key = Fields.of(keyValue, "a primary key", Set.of("name", "columns"));
            String keyName = key.string("name");
            List<String> keyColumns = key.strings("columns");
            return build(keyValue, () -> new PrimaryKey(keyName, keyColumns));
        });
        List<UniqueConstraint> uniques = table.list("uniqueConstraints", uniqueValue -> {
            Fields unique = Fields.of(uniqueValue, "a unique constraint", Set.of("name", "columns"));
            String uniqueName = unique.string("name");
            List<String> uniqueColumns = unique.strings("columns");
            return build(uniqueValue, () -> new UniqueConstraint(uniqueName, uniqueColumns));
        });
        List<Index> indexes = table.list("indexes", indexValue -> {
            Fields index = Fields.of(indexValue, "an index", Set.of("name", "columns", "unique", "where"));
            String indexName = index.string("name");
            List<String> indexColumns = index.strings("columns");
            boolean unique = index.bool("unique");
            Optional<String> where = index.optionalString("where");
            return build(indexValue, () -> new Index(indexName, indexColumns, unique, where));
        });
        List<ForeignKey> foreignKeys = table.list("foreignKeys", fkValue -> {
            Fields fk = Fields.of(fkValue, "a foreign key", Set.of("name", "columns", "referencedSchema",
                    "referencedTable", "referencedColumns", "onDelete"));
            String fkName = fk.string("name");
            List<String> fkColumns = fk.strings("columns");
            String referencedSchema = fk.string("referencedSchema");
            String referencedTable = fk.string("referencedTable");
            List<String> referencedColumns = fk.strings("referencedColumns");
            String onDelete = fk.string("onDelete");
            return build(fkValue, () -> new ForeignKey(fkName, fkColumns,
                    new TableName(referencedSchema, referencedTable), referencedColumns,
                    ReferentialAction.parse(onDelete)));
        });
        List<CheckConstraint> checks = table.list("checks", checkValue -> {
            Fields check = Fields.of(checkValue, "a check constraint", Set.of("name", "expression"));
            String checkName = check.string("name");
            String expression = check.string("expression");
            return build(checkValue, () -> new CheckConstraint(checkName, expression));
        });
        return build(value, () -> new Table(new TableName(schema, name), columns, primaryKey, uniques, indexes,
                foreignKeys, checks, renamedFrom));
    }

    private static Column readColumn(JsonValue value) {
        Fields column = Fields.of(value, "a column",
                Set.of("name", "type", "nullable", "identity", "default", "renamedFrom"));
        String name = column.string("name");
        JsonValue typeValue = column.required("type");
        String typeText = column.string("type");
        ColumnType type = build(typeValue, () -> ColumnType.parse(typeText));
        if (!type.sql().equals(typeText)) {
            throw new SnapshotFormatException(typeValue.line(), typeValue.column(), "type \"" + typeText
                    + "\" is not in canonical form; the snapshot writes it as \"" + type.sql() + "\"");
        }
        boolean nullable = column.bool("nullable");
        boolean identity = column.optional("identity").isPresent() && column.bool("identity");
        Optional<String> defaultSql = column.optionalString("default");
        Optional<String> renamedFrom = column.optionalString("renamedFrom");
        return build(value, () -> new Column(name, type, nullable, defaultSql, identity, renamedFrom));
    }

    private static AcceptedMigration readMigration(JsonValue value) {
        Fields migration = Fields.of(value, "a migration", Set.of("version", "file", "checksum"));
        int version = migration.integer("version");
        String file = migration.string("file");
        int checksum = migration.integer("checksum");
        return build(value, () -> new AcceptedMigration(version, file, checksum));
    }

    /** Runs a model constructor, turning its validation error into a positioned snapshot error. */
    private static <T> T build(JsonValue at, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw new SnapshotFormatException(at.line(), at.column(), e.getMessage());
        }
    }

    private static JsonValue string(String value) {
        return new JsonString(value, 0, 0);
    }

    private static JsonValue number(int value) {
        return new JsonNumber(Integer.toString(value), 0, 0);
    }

    private static JsonValue bool(boolean value) {
        return new JsonBoolean(value, 0, 0);
    }

    private static JsonValue object(Map<String, JsonValue> members) {
        return new JsonObject(members, 0, 0);
    }

    private static JsonValue strings(List<String> values) {
        return array(values, SnapshotCodec::string);
    }

    private static <T> JsonValue array(List<T> items, Function<T, JsonValue> toJson) {
        return new JsonArray(items.stream().map(toJson).toList(), 0, 0);
    }

    /** Typed, position-aware access to one JSON object's members. */
    private record Fields(JsonObject object, String what) {

        static Fields of(JsonValue value, String what, Set<String> allowedKeys) {
            if (!(value instanceof JsonObject object)) {
                throw new SnapshotFormatException(value.line(), value.column(),
                        "expected " + what + " as an object, but found " + value.kind());
            }
            for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
                if (!allowedKeys.contains(member.getKey())) {
                    throw new SnapshotFormatException(member.getValue().line(), member.getValue().column(),
                            "unknown key \"" + member.getKey() + "\" in " + what + "; expected one of "
                                    + new TreeSet<>(allowedKeys));
                }
            }
            return new Fields(object, what);
        }

        JsonValue required(String key) {
            JsonValue value = object.members().get(key);
            if (value == null) {
                throw new SnapshotFormatException(object.line(), object.column(),
                        what + " is missing the key \"" + key + "\"");
            }
            return value;
        }

        Optional<JsonValue> optional(String key) {
            return Optional.ofNullable(object.members().get(key));
        }

        String string(String key) {
            return asString(required(key), key);
        }

        Optional<String> optionalString(String key) {
            return optional(key).map(value -> asString(value, key));
        }

        boolean bool(String key) {
            JsonValue value = required(key);
            if (!(value instanceof JsonBoolean bool)) {
                throw wrongKind(value, key, "true or false");
            }
            return bool.value();
        }

        int integer(String key) {
            JsonValue value = required(key);
            if (value instanceof JsonNumber number) {
                try {
                    return Integer.parseInt(number.literal());
                } catch (NumberFormatException e) {
                    // Falls through to the error below: fractions, exponents and out-of-range values.
                }
            }
            throw wrongKind(value, key, "a whole number in the int range");
        }

        List<String> strings(String key) {
            return list(key, item -> asString(item, key + " item"));
        }

        <T> List<T> list(String key, Function<JsonValue, T> reader) {
            JsonValue value = required(key);
            if (!(value instanceof JsonArray array)) {
                throw wrongKind(value, key, "an array");
            }
            List<T> items = new ArrayList<>();
            for (JsonValue item : array.items()) {
                items.add(reader.apply(item));
            }
            return items;
        }

        private String asString(JsonValue value, String key) {
            if (!(value instanceof JsonString string)) {
                throw wrongKind(value, key, "a string");
            }
            return string.value();
        }

        private SnapshotFormatException wrongKind(JsonValue value, String key, String expected) {
            return new SnapshotFormatException(value.line(), value.column(),
                    "\"" + key + "\" in " + what + " must be " + expected + ", but is " + value.kind());
        }
    }
}
