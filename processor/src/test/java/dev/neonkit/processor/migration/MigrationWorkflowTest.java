package dev.neonkit.processor.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neonkit.schema.doc.SchemaDocument;
import dev.neonkit.schema.migrations.MigrationFile;
import dev.neonkit.schema.model.Column;
import dev.neonkit.schema.model.ColumnType;
import dev.neonkit.schema.model.PrimaryKey;
import dev.neonkit.schema.model.SchemaModel;
import dev.neonkit.schema.model.Table;
import dev.neonkit.schema.sql.MigrationRenderer;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workflow on its own, without a compiler: a schema model in, files and findings out. */
class MigrationWorkflowTest {

    @TempDir Path directory;

    private static SchemaModel customerTable() {
        return SchemaModel.of(Table.builder("customer")
                .column(Column.of("id", ColumnType.of("bigint")).asIdentity())
                .column(Column.of("email", ColumnType.of("text")).notNull())
                .primaryKey(new PrimaryKey("customer_pkey", List.of("id")))
                .build());
    }

    private MigrationWorkflow workflow(boolean checkOnly) {
        return new MigrationWorkflow(directory.resolve("migrations"), new MigrationSettings(checkOnly, false),
                MigrationRenderer.withDefaults(), SchemaDocument::render);
    }

    @Test
    void firstRunCreatesTheDirectoryWithADraft() throws IOException {
        MigrationWorkflow.Outcome outcome = workflow(false).run(customerTable());

        assertFalse(outcome.failed(), outcome.findings().toString());
        Path draft = directory.resolve("migrations/V1__create_customer.sql");
        assertTrue(Files.readString(draft).startsWith(MigrationFile.DRAFT_MARKER + "\n"));
        assertEquals(List.of(), outcome.accepted().orElseThrow().chain());
        assertEquals("draft", outcome.findings().get(0).tag().id());
    }

    @Test
    void checkModeWritesNothingNotEvenTheDirectory() {
        MigrationWorkflow.Outcome outcome = workflow(true).run(customerTable());

        assertTrue(outcome.failed());
        assertFalse(Files.exists(directory.resolve("migrations")));
    }

    @Test
    void writtenFilesHaveTheDirectorysUsualPermissionsAndNoTemporaryFileRemains() throws IOException {
        Path migrations = Files.createDirectories(directory.resolve("migrations"));
        Path reference = Files.writeString(migrations.resolve("reference.txt"), "written the ordinary way");

        assertFalse(workflow(false).run(customerTable()).failed());

        try (var files = Files.list(migrations)) {
            for (Path file : files.toList()) {
                assertFalse(file.getFileName().toString().endsWith(".tmp"), file.toString());
                if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(file),
                            file.toString());
                }
            }
        }
    }

    @Test
    void unreadableSnapshotIsAnErrorThatSaysWhatToDo() throws IOException {
        Files.createDirectories(directory.resolve("migrations"));
        Files.writeString(directory.resolve("migrations/" + MigrationWorkflow.SNAPSHOT_FILE), "{ \"formatVersion\": ");

        MigrationWorkflow.Outcome outcome = workflow(false).run(customerTable());

        assertTrue(outcome.failed());
        Finding finding = outcome.findings().get(0);
        assertEquals("migrations", finding.tag().id());
        assertTrue(finding.message().startsWith("neonkit-snapshot.json in "), finding.message());
        assertTrue(finding.message().endsWith("Restore it from version control."), finding.message());
        assertFalse(Files.exists(directory.resolve("migrations/V1__create_customer.sql")));
    }
}
