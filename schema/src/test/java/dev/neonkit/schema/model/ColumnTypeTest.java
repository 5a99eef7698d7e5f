package dev.neonkit.schema.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnTypeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // Spellings people write.
            "VARCHAR(100)                        | varchar(100)",
            "numeric(12, 2)                      | numeric(12,2)",
            "DECIMAL(10,0)                       | numeric(10,0)",
            "int                                 | integer",
            "text[]                              | text[]",
            "integer [ ] [ ]                     | integer[]",
            "timestamptz                         | timestamptz",
            "timestamptz(3)                      | timestamptz(3)",
            "bool                                | boolean",
            "float                               | double precision",
            "float(10)                           | real",
            "float(53)                           | double precision",
            "char                                | char(1)",
            "jsonb                               | jsonb",
            "citext                              | citext",
            "vector(1536)                        | vector(1536)",
            "myschema.mood                       | myschema.mood",
            // Spellings PostgreSQL's catalog prints (format_type, information_schema, pg_type.typname).
            "character varying(255)              | varchar(255)",
            "character varying                   | varchar",
            "character(2)                        | char(2)",
            "bpchar                              | char(1)",
            "timestamp with time zone            | timestamptz",
            "timestamp without time zone         | timestamp",
            "timestamp(3) with time zone         | timestamptz(3)",
            "time without time zone              | time",
            "time(0) with time zone              | timetz(0)",
            "bit varying(8)                      | varbit(8)",
            "double precision                    | double precision",
            "int2                                | smallint",
            "int4                                | integer",
            "int8                                | bigint",
            "float4                              | real",
            "float8                              | double precision",
            "_int4                               | integer[]",
            "_text                               | text[]",
            "_varchar                            | varchar[]",
            "character varying(100)[]            | varchar(100)[]",
            "timestamp with time zone[]          | timestamptz[]",
    })
    void parsesEverySpellingToOneCanonicalForm(String spelled, String canonical) {
        assertEquals(canonical, ColumnType.parse(spelled).sql());
    }

    @Test
    void buildsTypesFromParts() {
        assertEquals("varchar(100)", ColumnType.of("varchar", 100).sql());
        assertEquals("numeric(12,2)", ColumnType.of("numeric", 12, 2).sql());
        assertEquals("text[]", ColumnType.of("text").asArray().sql());
        assertEquals(ColumnType.of("text"), ColumnType.of("text").asArray().elementType());
        assertEquals(new ColumnType("numeric", 12, 2, false), ColumnType.parse("NUMERIC ( 12 , 2 )"));
    }

    @Test
    void rejectsTypesPostgresWouldReject() {
        assertThrows(IllegalArgumentException.class, () -> ColumnType.of("varchar", 0));
        assertThrows(IllegalArgumentException.class, () -> ColumnType.of("numeric", 5, 6));
        assertThrows(IllegalArgumentException.class, () -> ColumnType.of("timestamptz", 7));
        assertThrows(IllegalArgumentException.class, () -> ColumnType.of("text", 10));
        assertThrows(IllegalArgumentException.class, () -> ColumnType.parse("integer(4)"));
        assertThrows(IllegalArgumentException.class, () -> ColumnType.parse("varchar(100"));
        assertThrows(IllegalArgumentException.class, () -> ColumnType.parse("'text'"));
        assertThrows(IllegalArgumentException.class, () -> ColumnType.parse(""));
    }

    @Test
    void explainsNonCanonicalAndShorthandNames() {
        IllegalArgumentException alias = assertThrows(IllegalArgumentException.class, () -> ColumnType.of("int4"));
        assertTrue(alias.getMessage().contains("'integer'"), alias.getMessage());
        IllegalArgumentException serial = assertThrows(IllegalArgumentException.class,
                () -> ColumnType.parse("bigserial"));
        assertTrue(serial.getMessage().contains("identity"), serial.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ColumnType.of("Text"));
    }

    @Test
    void knowsBuiltInTypes() {
        assertTrue(ColumnType.of("uuid").isBuiltIn());
        assertTrue(ColumnType.of("varchar", 3).isBuiltIn());
        assertFalse(ColumnType.of("citext").isBuiltIn());
    }
}
