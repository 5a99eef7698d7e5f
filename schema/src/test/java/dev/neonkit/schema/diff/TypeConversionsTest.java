package dev.neonkit.schema.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neonkit.schema.model.ColumnType;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeConversionsTest {

    @ParameterizedTest(name = "{0} -> {1} is lossless")
    @CsvSource(delimiter = '|', value = {
            "varchar(100)   | varchar(255)",
            "varchar(100)   | text",
            "varchar(100)   | varchar",
            "char(3)        | varchar(3)",
            "integer        | text",
            "smallint       | integer",
            "integer        | bigint",
            "integer        | numeric",
            "integer        | numeric(12,2)",
            "integer        | double precision",
            "smallint       | real",
            "numeric(10,2)  | numeric(12,2)",
            "numeric(10,2)  | numeric(11,3)",
            "numeric(10,2)  | numeric",
            "real           | double precision",
            "timestamptz(3) | timestamptz",
            "date           | timestamptz",
            "jsonb          | json",
            "text[]         | text[]",
            "varchar(10)[]  | text[]",
            "varbit(8)      | varbit(16)",
    })
    void keepsEveryValue(String from, String to) {
        assertEquals(Optional.empty(), TypeConversions.lossReason(ColumnType.parse(from), ColumnType.parse(to)));
    }

    @ParameterizedTest(name = "{0} -> {1} may lose data")
    @CsvSource(delimiter = '|', value = {
            "varchar(255)     | varchar(100)     | values longer than 100 characters are cut off",
            "text             | varchar(50)      | values longer than 50 characters are cut off",
            "varchar          | varchar(50)      | values longer than 50 characters are cut off",
            "bigint           | integer          | values outside the integer range make the migration fail",
            "integer          | smallint         | values outside the smallint range make the migration fail",
            "bigint           | numeric(10,0)    | values with more than 10 integer digits make the migration fail",
            "bigint           | double precision | large values are rounded to the nearest double precision",
            "numeric(12,2)    | numeric(10,2)    | fewer integer digits (8 instead of 10) make large values fail",
            "numeric(12,2)    | numeric(12,1)    | the scale goes down from 2 to 1, so values are rounded",
            "numeric          | numeric(12,2)    | unconstrained numeric values may not fit numeric(12,2)",
            "double precision | real             | converting double precision values to real can fail or lose information",
            "timestamptz      | timestamptz(0)   | fractional seconds are rounded to 0 digits",
            "timestamp        | timestamptz      | stored values are reinterpreted in the session time zone of the migration",
            "timestamptz      | timestamp        | values are converted to the migration's session time zone and lose their offset",
            "json             | jsonb            | jsonb drops duplicate keys, key order and whitespace",
            "text             | integer          | converting text values to integer can fail or lose information",
            "text             | text[]           | changes between an array and a single value",
    })
    void namesTheLoss(String from, String to, String reason) {
        String expected = reason.startsWith("changes between")
                ? from + " -> " + to + " " + reason
                : from + " -> " + to + ": " + reason;
        assertEquals(Optional.of(expected),
                TypeConversions.lossReason(ColumnType.parse(from), ColumnType.parse(to)));
    }
}
