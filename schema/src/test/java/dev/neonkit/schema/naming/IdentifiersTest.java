package dev.neonkit.schema.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void shortNamesAreKeptAsTheyAre() {
        String exactly63 = "a".repeat(63);
        assertEquals(exactly63, Identifiers.shorten(exactly63));
        assertEquals("customer_pkey", Identifiers.shorten("customer_pkey"));
    }

    @Test
    void longNamesAreCutTo63BytesWithAHashSuffix() {
        String long64 = "a".repeat(64);
        String shortened = Identifiers.shorten(long64);
        // 54 bytes of prefix, "_" and 8 hex digits of SHA-256("a" x 64).
        assertEquals("a".repeat(54) + "_" + "ffe054fe", shortened);
        assertEquals(63, Identifiers.byteLength(shortened));
    }

    @Test
    void shorteningIsStableAndKeepsDifferentNamesApart() {
        String common = "order_line_item_with_a_very_long_descriptive_name_for_testing_";
        String first = Identifiers.shorten(common + "first_column_key");
        String second = Identifiers.shorten(common + "second_column_key");
        assertEquals(first, Identifiers.shorten(common + "first_column_key"));
        assertNotEquals(first, second);
        assertTrue(first.startsWith(common.substring(0, 54)));
    }

    @Test
    void multibyteCharactersAreNeverSplitAndTheLimitCountsBytes() {
        // "ü" is 2 bytes in UTF-8: 32 of them are 64 bytes although only 32 characters.
        String umlauts = "ü".repeat(32);
        assertEquals(64, Identifiers.byteLength(umlauts));
        String shortened = Identifiers.shorten(umlauts);
        // 54 bytes of budget hold 27 whole "ü"; then the suffix.
        assertEquals("ü".repeat(27), shortened.substring(0, shortened.length() - 9));
        assertTrue(Identifiers.byteLength(shortened) <= 63);

        // A 3-byte character straddling the cut-off is dropped whole: 53 ASCII bytes + "漢" would need 56.
        String straddling = "b".repeat(53) + "漢字" + "c".repeat(10);
        String cut = Identifiers.shorten(straddling);
        assertEquals("b".repeat(53), cut.substring(0, cut.length() - 9));
        assertEquals('_', cut.charAt(53));
    }

    @Test
    void trailingUnderscoresBeforeTheSuffixAreTrimmed() {
        String name = "x".repeat(53) + "_" + "y".repeat(20);
        assertEquals("x".repeat(53) + "_a75d2321", Identifiers.shorten(name));
    }

    @Test
    void requireValidRejectsLongBlankAndNulNames() {
        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
                () -> Identifiers.requireValid("é".repeat(32), "column name"));
        assertTrue(tooLong.getMessage().contains("64 bytes"), tooLong.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Identifiers.requireValid(" ", "column name"));
        assertThrows(IllegalArgumentException.class, () -> Identifiers.requireValid("a\0b", "column name"));
        assertEquals("ok", Identifiers.requireValid("ok", "column name"));
    }

    @Test
    void quotesOnlyWhenNeeded() {
        assertEquals("customer", Identifiers.quote("customer"));
        // Expected values are what PostgreSQL 15's quote_ident() returns for the same input.
        assertEquals("_x1", Identifiers.quote("_x1"));
        assertEquals("\"_x1$\"", Identifiers.quote("_x1$"));
        assertEquals("\"time\"", Identifiers.quote("time"));
        assertEquals("\"user\"", Identifiers.quote("user"));
        assertEquals("\"order\"", Identifiers.quote("order"));
        assertEquals("\"Customer\"", Identifiers.quote("Customer"));
        assertEquals("\"1st\"", Identifiers.quote("1st"));
        assertEquals("\"first name\"", Identifiers.quote("first name"));
        assertEquals("\"say \"\"hi\"\"\"", Identifiers.quote("say \"hi\""));
        assertEquals("\"größe\"", Identifiers.quote("größe"));
    }
}
