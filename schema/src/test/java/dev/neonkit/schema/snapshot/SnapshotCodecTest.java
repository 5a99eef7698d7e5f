package dev.neonkit.schema.snapshot;

import static dev.neonkit.schema.fixtures.GoldenFiles.assertMatchesGolden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neonkit.schema.fixtures.GoldenFiles;
import dev.neonkit.schema.fixtures.ShopSchema;
import dev.neonkit.schema.model.Column;
import dev.neonkit.schema.model.ColumnType;
import dev.neonkit.schema.model.SchemaModel;
import dev.neonkit.schema.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotCodecTest {

    private static final String SHOP = "snapshot/shop-snapshot.json";

    private static Snapshot shopSnapshot() {
        return new Snapshot(1, ShopSchema.shop(), List.of(
                new AcceptedMigration(1, "V1__create_customer.sql", 1216804996),
                new AcceptedMigration(2, "V2__create_purchase_order_and_order_line.sql", -1502341870)));
    }

    @Test
    void writesTheReviewedLayout() {
        assertMatchesGolden(SHOP, SnapshotCodec.write(shopSnapshot()));
    }

    @Test
    void readsTheReviewedFileIntoTheSameSnapshot() {
        assertEquals(shopSnapshot(), SnapshotCodec.parse(GoldenFiles.read(SHOP)));
    }

    @Test
    void roundTripsByteForByte() {
        String text = GoldenFiles.read(SHOP);
        assertEquals(text, SnapshotCodec.write(SnapshotCodec.parse(text)));
    }

    @Test
    void emptySnapshotHasAFixedSmallForm() {
        assertEquals("{\n  \"formatVersion\": 1,\n  \"tables\": [],\n  \"migrations\": []\n}\n",
                SnapshotCodec.write(Snapshot.initial()));
        assertEquals(Snapshot.initial(), SnapshotCodec.parse("{\"formatVersion\":1,\"tables\":[],\"migrations\":[]}"));
    }

    @Test
    void escapesQuotesControlCharactersAndKeepsUnicode() {
        Table table = Table.builder("note")
                .column(Column.of("body", ColumnType.of("text"))
                        .withDefault("'say \"hi\"\\n' || E'\\t' || '\u0001' || 'ü漢😀'"))
                .build();
        Snapshot snapshot = new Snapshot(1, SchemaModel.of(table), List.of());
        String text = SnapshotCodec.write(snapshot);
        assertTrue(text.contains("\"default\": \"'say \\\"hi\\\"\\\\n' || E'\\\\t' || '\\u0001' || 'ü漢😀'\""), text);
        assertEquals(snapshot, SnapshotCodec.parse(text));
        assertEquals(text, SnapshotCodec.write(SnapshotCodec.parse(text)));
    }

    @Test
    void readsUnicodeEscapesAndSurrogatePairs() {
        String text = "{\"formatVersion\":1,\"tables\":[{\"schema\":\"public\",\"name\":\"n\\u00fc\\ud83d\\ude00\","
                + "\"columns\":[{\"name\":\"a\\/b\",\"type\":\"text\",\"nullable\":true}],\"uniqueConstraints\":[],"
                + "\"indexes\":[],\"foreignKeys\":[],\"checks\":[]}],\"migrations\":[]}";
        Table table = SnapshotCodec.parse(text).model().tables().get(0);
        assertEquals("nü😀", table.name().name());
        assertEquals("a/b", table.columns().get(0).name());
    }

    @Test
    void syntaxErrorsNameLineColumnAndExpectation() {
        assertError("{\n  \"formatVersion\": 1,\n  \"tables\": [],\n}\n", 4, 1,
                "expected a member name in double quotes, but found '}'");
        assertError("{\n  \"formatVersion\": 1\n  \"tables\": []\n}", 3, 3,
                "expected ',' or '}' in object, but found '\"'");
        assertError("{\"formatVersion\": 01}", 1, 20, "expected ',' or '}' in object, but found '1'");
        assertError("{\"a\": \"tab\there\"}", 1, 11, "control character U+0009 must be escaped inside a string");
        assertError("{\"a\": \"\\x\"}", 1, 9, "expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX, but found '\\x'");
        assertError("{\"a\": tru}", 1, 7, "expected true, but found 't'");
        assertError("{\"a\": 1} x", 1, 10, "expected the end of the file after the top-level value, but found 'x'");
        assertError("{\"a\": \"open", 1, 7, "string is not closed: expected '\"'");
        assertError("{\"a\": 1, \"a\": 2}", 1, 10, "duplicate key \"a\" in object");
        assertError("", 1, 1, "expected a value, but the file ended");
    }

    @Test
    void structuralErrorsPointAtTheOffendingValue() {
        assertError("{\n  \"formatVersion\": 2,\n  \"tables\": [],\n  \"migrations\": []\n}", 2, 20,
                "formatVersion 2 is not supported: this neonkit reads format 1. Use the neonkit version that wrote"
                        + " the file, or regenerate the snapshot");
        assertError("{\"formatVersion\": 1, \"tables\": [], \"migrations\": [], \"extra\": true}", 1, 63,
                "unknown key \"extra\" in the snapshot; expected one of [formatVersion, migrations, tables]");
        assertError("{\"formatVersion\": 1, \"tables\": []}", 1, 1, "the snapshot is missing the key \"migrations\"");
        assertError("{\"formatVersion\": \"1\", \"tables\": [], \"migrations\": []}", 1, 19,
                "\"formatVersion\" in the snapshot must be a whole number in the int range, but is a string");
        String badType = "{\"formatVersion\": 1, \"tables\": [{\"schema\": \"public\", \"name\": \"t\", \"columns\": [\n"
                + "  {\"name\": \"a\", \"type\": \"character varying(5)\", \"nullable\": true}\n"
                + "], \"uniqueConstraints\": [], \"indexes\": [], \"foreignKeys\": [], \"checks\": []}],"
                + " \"migrations\": []}";
        assertError(badType, 2, 25,
                "type \"character varying(5)\" is not in canonical form; the snapshot writes it as \"varchar(5)\"");
        String modelError = "{\"formatVersion\": 1, \"tables\": [{\"schema\": \"public\", \"name\": \"t\", \"columns\": [],"
                + " \"uniqueConstraints\": [], \"indexes\": [], \"foreignKeys\": [], \"checks\": []}], \"migrations\": []}";
        assertError(modelError, 1, 33, "table public.t has no columns; PostgreSQL tables need at least one");
        String badChain = "{\"formatVersion\": 1, \"tables\": [], \"migrations\": [\n"
                + "  {\"version\": 2, \"file\": \"V2__b.sql\", \"checksum\": 1},\n"
                + "  {\"version\": 1, \"file\": \"V1__a.sql\", \"checksum\": 1}\n]}";
        SnapshotFormatException chain = assertThrows(SnapshotFormatException.class,
                () -> SnapshotCodec.parse(badChain));
        assertTrue(chain.getMessage().contains("must strictly increase"), chain.getMessage());
    }

    private static void assertError(String text, int line, int column, String problem) {
        SnapshotFormatException error = assertThrows(SnapshotFormatException.class, () -> SnapshotCodec.parse(text));
        assertEquals("line " + line + ", column " + column + ": " + problem, error.getMessage());
        assertEquals(line, error.line());
        assertEquals(column, error.column());
    }
}
