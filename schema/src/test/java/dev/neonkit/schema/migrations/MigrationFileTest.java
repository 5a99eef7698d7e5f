package dev.neonkit.schema.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MigrationFileTest {

    @Test
    void versionNamesAreFlywaysWithAnyDescription() {
        assertEquals(Optional.of(new MigrationFile(3, "V3__Add-x.sql")), MigrationFile.parse("V3__Add-x.sql"));
        assertEquals(Optional.empty(), MigrationFile.parse("V3_add_x.sql"));
        assertEquals(Optional.empty(), MigrationFile.parse("R__view.sql"));
        assertEquals(Optional.empty(), MigrationFile.parse("V3__add_x.sql.conf"));
        assertEquals(new MigrationFile(4, "V4__add_x.sql"), MigrationFile.of(4, "add_x"));
        assertEquals("add_x", MigrationFile.description("V4__add_x.sql"));
        assertEquals("V4__add_x.sql.conf", MigrationFile.of(4, "add_x").sidecarName());
        assertThrows(IllegalArgumentException.class, () -> MigrationFile.description("notes.sql"));
    }

    @Test
    void aDraftIsAFileWhoseFirstLineIsTheMarker() {
        assertTrue(MigrationFile.isDraft(MigrationFile.DRAFT_MARKER + "\nCREATE TABLE t (id bigint);\n"));
        assertTrue(MigrationFile.isDraft(MigrationFile.DRAFT_MARKER + "\r\nCREATE TABLE t (id bigint);\r\n"));
        assertTrue(MigrationFile.isDraft(MigrationFile.DRAFT_MARKER));
        assertFalse(MigrationFile.isDraft("CREATE TABLE t (id bigint);\n"));
        assertFalse(MigrationFile.isDraft("\n" + MigrationFile.DRAFT_MARKER + "\n"));
        assertFalse(MigrationFile.isDraft(MigrationFile.DRAFT_MARKER + " and more\n"));
    }

    @Test
    void aManualMigrationStartsWithTheManualMarker() {
        assertTrue(MigrationFile.isManual("-- neonkit:manual lower-case every email\nUPDATE t SET e = lower(e);\n"));
        assertFalse(MigrationFile.isManual("UPDATE t SET e = lower(e);\n"));
        assertFalse(MigrationFile.isDraft("-- neonkit:manual\nSELECT 1;\n"));
    }
}
