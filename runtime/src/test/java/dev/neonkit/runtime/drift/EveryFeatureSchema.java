package dev.neonkit.runtime.drift;

import dev.neonkit.schema.diff.SchemaDiff;
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
import dev.neonkit.schema.sql.MigrationRenderer;
import dev.neonkit.schema.sql.MigrationScript;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * A schema that uses every column type of the model's type table and every kind of constraint and index, with
 * expressions written the way a person writes them (not the way PostgreSQL prints them back).
 */
public final class EveryFeatureSchema {

    private EveryFeatureSchema() {
    }

    public static SchemaModel model() {
        Table customer = Table.builder("customer")
                .column(Column.of("id", ColumnType.of("bigint")).asIdentity())
                .column(Column.of("email", ColumnType.of("varchar", 200)).notNull())
                .column(Column.of("name", ColumnType.of("text")).notNull())
                .column(Column.of("created_at", ColumnType.of("timestamptz")).notNull().withDefault("now()"))
                .primaryKey(new PrimaryKey("customer_pkey", List.of("id")))
                .unique(new UniqueConstraint("customer_email_key", List.of("email")))
                .build();

        Table allTypes = Table.builder("all_types")
                .column(Column.of("id", ColumnType.of("bigint")).asIdentity())
                .column(Column.of("flag", ColumnType.of("boolean")).notNull().withDefault("false"))
                .column(Column.of("small", ColumnType.of("smallint")))
                .column(Column.of("medium", ColumnType.of("integer")).withDefault("0"))
                .column(Column.of("big", ColumnType.of("bigint")))
                .column(Column.of("ratio", ColumnType.of("real")))
                .column(Column.of("score", ColumnType.of("double precision")).withDefault("1.5"))
                .column(Column.of("amount", ColumnType.of("numeric")))
                .column(Column.of("price", ColumnType.of("numeric", 12, 2)).notNull().withDefault("0"))
                .column(Column.of("title", ColumnType.of("text")).withDefault("'untitled'"))
                .column(Column.of("code", ColumnType.of("varchar", 20)))
                .column(Column.of("token", ColumnType.of("uuid")).notNull().withDefault("gen_random_uuid()"))
                .column(Column.of("happened_at", ColumnType.of("timestamptz")))
                .column(Column.of("local_at", ColumnType.of("timestamp")))
                .column(Column.of("due_on", ColumnType.of("date")).withDefault("CURRENT_DATE"))
                .column(Column.of("opens_at", ColumnType.of("time")))
                .column(Column.of("payload", ColumnType.of("bytea")))
                .column(Column.of("doc", ColumnType.of("jsonb")).notNull().withDefault("'{}'"))
                .column(Column.of("tags", ColumnType.of("text").asArray()).withDefault("'{}'"))
                .column(Column.of("big_ids", ColumnType.of("bigint").asArray()))
                .column(Column.of("int_ids", ColumnType.of("integer").asArray()))
                .column(Column.of("status", ColumnType.of("text")).notNull().withDefault("'new'"))
                .primaryKey(new PrimaryKey("all_types_pkey", List.of("id")))
                .check(new CheckConstraint("all_types_status_check", "status IN ('new', 'paid', 'shipped')"))
                .check(new CheckConstraint("all_types_price_check", "price >= 0"))
                .index(new Index("all_types_open_idx", List.of("status"), false, Optional.of("status <> 'shipped'")))
                .index(new Index("all_types_code_idx", List.of("code"), true, Optional.of("code IS NOT NULL")))
                .index(Index.of("all_types_small_medium_idx", List.of("small", "medium")))
                .build();

        Table link = Table.builder("link")
                .column(Column.of("id", ColumnType.of("bigint")).asIdentity())
                .column(Column.of("no_action_id", ColumnType.of("bigint")))
                .column(Column.of("restrict_id", ColumnType.of("bigint")))
                .column(Column.of("cascade_id", ColumnType.of("bigint")).notNull())
                .column(Column.of("set_null_id", ColumnType.of("bigint")))
                .column(Column.of("set_default_id", ColumnType.of("bigint")).withDefault("1"))
                .column(Column.of("pair_a", ColumnType.of("integer")))
                .column(Column.of("pair_b", ColumnType.of("text")))
                .primaryKey(new PrimaryKey("link_pkey", List.of("id")))
                .foreignKey(reference("link_no_action_fkey", "no_action_id", ReferentialAction.NO_ACTION))
                .foreignKey(reference("link_restrict_fkey", "restrict_id", ReferentialAction.RESTRICT))
                .foreignKey(reference("link_cascade_fkey", "cascade_id", ReferentialAction.CASCADE))
                .foreignKey(reference("link_set_null_fkey", "set_null_id", ReferentialAction.SET_NULL))
                .foreignKey(reference("link_set_default_fkey", "set_default_id", ReferentialAction.SET_DEFAULT))
                .foreignKey(new ForeignKey("link_pair_fkey", List.of("pair_b", "pair_a"), TableName.of("pair"),
                        List.of("b", "a"), ReferentialAction.CASCADE))
                .index(Index.of("link_cascade_id_idx", List.of("cascade_id")))
                .build();

        // A composite key referred to in another column order than it is declared in.
        Table pair = Table.builder("pair")
                .column(Column.of("a", ColumnType.of("integer")).notNull())
                .column(Column.of("b", ColumnType.of("text")).notNull())
                .primaryKey(new PrimaryKey("pair_pkey", List.of("a", "b")))
                .unique(new UniqueConstraint("pair_b_a_key", List.of("b", "a")))
                .check(new CheckConstraint("pair_b_check", "length(b) BETWEEN 1 AND 10"))
                .build();

        return SchemaModel.of(customer, allTypes, link, pair);
    }

    private static ForeignKey reference(String name, String column, ReferentialAction onDelete) {
        return new ForeignKey(name, List.of(column), TableName.of("customer"), List.of("id"), onDelete);
    }

    /** Creates {@code model} in the database behind {@code connection} with the migration renderer's scripts. */
    public static void apply(Connection connection, SchemaModel model) throws SQLException {
        List<MigrationScript> scripts = MigrationRenderer.withDefaults()
                .render(SchemaDiff.between(SchemaModel.EMPTY, model)).scripts();
        try (Statement statement = connection.createStatement()) {
            for (MigrationScript script : scripts) {
                statement.execute(script.sqlText());
            }
        }
    }
}
