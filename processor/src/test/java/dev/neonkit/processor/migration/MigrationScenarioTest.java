package dev.neonkit.processor.migration;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.neonkit.processor.Compiler;
import dev.neonkit.schema.snapshot.AcceptedMigration;
import dev.neonkit.schema.snapshot.FlywayChecksum;
import dev.neonkit.schema.snapshot.Snapshot;
import dev.neonkit.schema.snapshot.SnapshotCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several compiles in a row against one migrations directory, the way a project evolves. */
class MigrationScenarioTest {

    private static final String MARKER = "-- neonkit:draft (review, then delete this line to accept)";

    @TempDir Path migrations;

    // --- the model, version by version -------------------------------------------------------------------------

    static List<JavaFileObject> v1() {
        return List.of(
                Compiler.source("app.Status", "public enum Status { NEW, ACTIVE }"),
                Compiler.source("app.Customer",
                        "@NeonEntity",
                        "public record Customer(@Id long id, String email, Status status) {}"),
                Compiler.source("app.Note",
                        "@NeonEntity",
                        "public record Note(@Id UUID id, @References(Customer.class) long customerId, String body) {}"));
    }

    /** v2: a new column, an index on an existing table, a renamed column and a new enum constant. */
    static List<JavaFileObject> v2() {
        return List.of(
                Compiler.source("app.Status", "public enum Status { NEW, ACTIVE, BLOCKED }"),
                Compiler.source("app.Customer",
                        "@NeonEntity",
                        "public record Customer(@Id long id, String email, Status status, @Nullable String phone) {}"),
                Compiler.source("app.Note",
                        "@NeonEntity",
                        "@Index(columns = \"customerId\")",
                        "public record Note(@Id UUID id, @References(Customer.class) long customerId,",
                        "    @RenamedFrom(\"body\") String text) {}"));
    }

    /** v3: the phone column is dropped again (destructive). */
    static List<JavaFileObject> v3() {
        return List.of(
                Compiler.source("app.Status", "public enum Status { NEW, ACTIVE, BLOCKED }"),
                Compiler.source("app.Customer",
                        "@NeonEntity",
                        "public record Customer(@Id long id, String email, Status status) {}"),
                Compiler.source("app.Note",
                        "@NeonEntity",
                        "@Index(columns = \"customerId\")",
                        "public record Note(@Id UUID id, @References(Customer.class) long customerId, String text) {}"));
    }

    // --- scenarios -----------------------------------------------------------------------------------------------

    @Test
    void projectLifecycleFromCreateToDestructiveChange() throws IOException {
        // v1: one draft creating both tables.
        assertThat(compile(v1())).succeeded();
        List<String> v1Drafts = drafts();
        assertEquals(1, v1Drafts.size(), files().toString());
        assertTrue(v1Drafts.get(0).startsWith("V1__"), v1Drafts.toString());
        assertTrue(read(v1Drafts.get(0)).contains("CREATE TABLE customer"), read(v1Drafts.get(0)));
        assertFalse(Files.exists(migrations.resolve(MigrationWorkflow.SNAPSHOT_FILE)));

        // Accepting it records it in the snapshot, with the checksum of the file as accepted.
        accept(v1Drafts.get(0));
        assertThat(compile(v1())).succeeded();
        Snapshot snapshot = snapshot();
        assertEquals(List.of(new AcceptedMigration(1, v1Drafts.get(0), FlywayChecksum.of(read(v1Drafts.get(0))))),
                snapshot.chain());
        assertEquals(List.of(), drafts());
        assertFalse(Files.exists(migrations.resolve(MigrationWorkflow.DRAFT_FILE)));

        // v2: the in-transaction changes in V2, the concurrent index in V3 with its Flyway sidecar, and in V4 the
        // validation of the changed enum CHECK (added NOT VALID in V2).
        Compilation v2 = compile(v2());
        assertThat(v2).succeeded();
        List<String> v2Drafts = drafts();
        assertEquals(3, v2Drafts.size(), files().toString());
        String changes = read(v2Drafts.get(0));
        assertTrue(v2Drafts.get(0).startsWith("V2__"), v2Drafts.toString());
        assertTrue(changes.contains("ADD COLUMN phone text"), changes);
        assertTrue(changes.contains("RENAME COLUMN body TO text"), changes);
        assertTrue(changes.contains("'BLOCKED'"), changes);
        String index = read(v2Drafts.get(1));
        assertTrue(v2Drafts.get(1).startsWith("V3__"), v2Drafts.toString());
        assertTrue(index.contains("CREATE INDEX CONCURRENTLY"), index);
        assertEquals("executeInTransaction=false\n", read(v2Drafts.get(1) + ".conf"));
        assertTrue(v2Drafts.get(2).startsWith("V4__"), v2Drafts.toString());
        assertTrue(read(v2Drafts.get(2)).contains("VALIDATE CONSTRAINT"), read(v2Drafts.get(2)));

        v2Drafts.forEach(this::accept);
        assertThat(compile(v2())).succeeded();
        assertEquals(List.of(1, 2, 3, 4), snapshot().chain().stream().map(AcceptedMigration::version).toList());
        // The rename was accepted: the annotation now names nothing in the accepted schema.
        assertThat(compile(v2())).hadWarningContaining("[neonkit:stale-rename] @RenamedFrom: column public.note.text "
                + "says it was renamed from body, but it already exists in the earlier schema; the rename was applied "
                + "before, so remove the renamedFrom hint.");

        // v3: dropping a column is written commented out, with a warning.
        Compilation v3 = compile(v3());
        assertThat(v3).succeeded();
        assertThat(v3).hadWarningContaining("[neonkit:unsafe-migration]");
        List<String> v3Drafts = drafts();
        assertEquals(1, v3Drafts.size(), files().toString());
        assertTrue(v3Drafts.get(0).startsWith("V5__"), v3Drafts.toString());
        assertTrue(read(v3Drafts.get(0)).contains("-- ALTER TABLE customer DROP COLUMN phone"), read(v3Drafts.get(0)));
    }

    @Test
    void compilingAgainWithoutChangeTouchesNoFile() throws IOException {
        assertThat(compile(v1())).succeeded();
        accept(drafts().get(0));
        assertThat(compile(v1())).succeeded();
        assertThat(compile(v2())).succeeded();
        Map<String, Stamp> before = backdatedStamps();

        assertThat(compile(v2())).succeeded();
        assertEquals(before, stamps());

        drafts().forEach(this::accept);
        assertThat(compile(v2())).succeeded();
        Map<String, Stamp> accepted = backdatedStamps();
        assertThat(compile(v2())).succeeded();
        assertEquals(accepted, stamps());
    }

    @Test
    void draftFollowsTheModelAndDisappearsWhenTheModelReturns() throws IOException {
        assertThat(compile(v1())).succeeded();
        String v1 = drafts().get(0);
        accept(v1);
        assertThat(compile(v1())).succeeded();

        assertThat(compile(v3())).succeeded();
        String first = String.join("\n", drafts());
        assertThat(compile(v2())).succeeded();
        assertTrue(read(drafts().get(0)).contains("ADD COLUMN phone"), "the draft was regenerated for v2");
        assertNotEquals(first, String.join("\n", drafts()));

        assertThat(compile(v1())).succeeded();
        assertEquals(List.of(), drafts());
        assertEquals(List.of("SCHEMA.md", v1, "neonkit-snapshot.json"), files());
    }

    @Test
    void reviewerEditsBeforeAcceptingAreKeptAndRecorded() throws IOException {
        assertThat(compile(v1())).succeeded();
        String v1 = drafts().get(0);
        String edited = read(v1).substring(MARKER.length() + 1) + "\nCOMMENT ON TABLE customer IS 'Buyers';\n";
        Files.writeString(migrations.resolve(v1), edited, StandardCharsets.UTF_8);

        assertThat(compile(v1())).succeeded();
        assertEquals(edited, read(v1));
        assertEquals(FlywayChecksum.of(edited), snapshot().chain().get(0).checksum());
    }

    @Test
    void aDraftEditedWithoutAcceptingIsNeverRewrittenWhenTheModelChanges() throws IOException {
        assertThat(compile(v1())).succeeded();
        accept(drafts().get(0));
        assertThat(compile(v1())).succeeded();
        assertThat(compile(v2())).succeeded();
        String draft = drafts().get(0);
        String edited = read(draft) + "\nUPDATE customer SET phone = '' WHERE phone IS NULL;\n";
        Files.writeString(migrations.resolve(draft), edited, StandardCharsets.UTF_8);
        Map<String, Stamp> before = backdatedStamps();

        Compilation compilation = compile(v3());

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[neonkit:draft-edited] The draft migration " + draft + " was "
                + "changed after neonkit wrote it, so neonkit will neither rewrite nor delete it. To keep your version, "
                + "accept it: delete its first line (" + MARKER + ") and compile again. To let neonkit write it again "
                + "from the entities, delete the file and compile again.");
        assertEquals(before, stamps(), "nothing is written, the edited draft least of all");

        // Deleting it hands the draft back to neonkit.
        Files.delete(migrations.resolve(draft));
        assertThat(compile(v3())).succeeded();
        assertTrue(read(drafts().get(0)).contains("DROP COLUMN") || read(drafts().get(0)).contains("RENAME COLUMN"),
                read(drafts().get(0)));
    }

    @Test
    void aDraftEditedWithoutAcceptingIsNeverDeletedWhenTheModelReturns() throws IOException {
        assertThat(compile(v1())).succeeded();
        String v1 = drafts().get(0);
        accept(v1);
        assertThat(compile(v1())).succeeded();
        assertThat(compile(v2())).succeeded();
        String draft = drafts().get(0);
        String edited = read(draft).replace("ADD COLUMN phone text", "ADD COLUMN phone varchar(40)");
        assertNotEquals(read(draft), edited);
        Files.writeString(migrations.resolve(draft), edited, StandardCharsets.UTF_8);

        Compilation compilation = compile(v1());

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[neonkit:draft-edited] The draft migration " + draft);
        assertEquals(edited, read(draft));
        assertTrue(Files.exists(migrations.resolve(MigrationWorkflow.DRAFT_FILE)));
    }

    @Test
    void untouchedDraftsAreRemovedWithANoteWhenTheModelReturns() throws IOException {
        assertThat(compile(v1())).succeeded();
        accept(drafts().get(0));
        assertThat(compile(v1())).succeeded();
        assertThat(compile(v2())).succeeded();
        List<String> v2Drafts = drafts();

        Compilation compilation = compile(v1());

        assertThat(compilation).succeeded();
        assertThat(compilation).hadNoteContaining("[neonkit:draft] Removed draft migration "
                + String.join(", ", v2Drafts.stream().sorted().toList()) + ": the entities match the accepted schema again.");
        assertEquals(List.of(), drafts());
    }

    @Test
    void windowsLineEndingsAreNoDifference() throws IOException {
        assertThat(compile(v1())).succeeded();
        accept(drafts().get(0));
        assertThat(compile(v1())).succeeded();
        assertThat(compile(v2())).succeeded();
        convertToCrlf();
        Map<String, Stamp> withDrafts = backdatedStamps();

        assertThat(compile(v2())).succeeded();
        assertEquals(withDrafts, stamps(), "drafts, draft state and SCHEMA.md checked out with CRLF are up to date");

        drafts().forEach(this::accept);
        assertThat(compile(v2())).succeeded();
        convertToCrlf();
        Map<String, Stamp> accepted = backdatedStamps();
        assertThat(compile(List.of("-Aneonkit.mode=check"), v2())).succeeded();
        assertThat(compile(v2())).succeeded();
        assertEquals(accepted, stamps());
    }

    @Test
    void aFailedWriteKeepsTheWarningsAndLeavesTheSnapshotAsItWas() throws IOException {
        assertThat(compile(v1())).succeeded();
        accept(drafts().get(0));
        assertThat(compile(v1())).succeeded();
        String snapshotBefore = read(MigrationWorkflow.SNAPSHOT_FILE);
        assertThat(compile(v2())).succeeded();
        drafts().forEach(this::accept);
        // SCHEMA.md cannot be replaced: a non-empty directory has taken its name.
        Files.delete(migrations.resolve(MigrationWorkflow.SCHEMA_DOC));
        Files.createDirectories(migrations.resolve(MigrationWorkflow.SCHEMA_DOC).resolve("blocker"));

        Compilation accepting = compile(v2());

        assertThat(accepting).failed();
        assertThat(accepting).hadErrorContaining("[neonkit:migrations] Cannot write to the migrations directory");
        assertEquals(snapshotBefore, read(MigrationWorkflow.SNAPSHOT_FILE), "the snapshot is written last");
        assertTrue(files().stream().noneMatch(name -> name.endsWith(".tmp")), files().toString());

        Compilation destructive = compile(v3());
        assertThat(destructive).failed();
        assertThat(destructive).hadWarningContaining("[neonkit:unsafe-migration]");
    }

    @Test
    void aHandNamedFileTakesItsVersionToo() throws IOException {
        assertThat(compile(v1())).succeeded();
        accept(drafts().get(0));
        assertThat(compile(v1())).succeeded();
        Files.writeString(migrations.resolve("V1__Add-x.sql"), "SELECT 1;\n");

        Compilation compilation = compile(v1());

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[neonkit:duplicate-version] Migrations ");
        assertThat(compilation).hadErrorContaining("both have version 1");
    }

    @Test
    void aHandWrittenDataMigrationIsRecordedWithoutChangingTheSchema() throws IOException {
        assertThat(compile(v1())).succeeded();
        accept(drafts().get(0));
        assertThat(compile(v1())).succeeded();
        Snapshot before = snapshot();
        String backfill = "-- neonkit:manual lower-case every email\nUPDATE customer SET email = lower(email);\n";
        Files.writeString(migrations.resolve("V2__lowercase_emails.sql"), backfill);

        Compilation compilation = compile(v1());

        assertThat(compilation).succeeded();
        assertThat(compilation).hadNoteContaining("[neonkit:accepted] Recorded the hand-written migration "
                + "V2__lowercase_emails.sql");
        assertEquals(before.model(), snapshot().model());
        assertEquals(new AcceptedMigration(2, "V2__lowercase_emails.sql", FlywayChecksum.of(backfill)),
                snapshot().chain().get(1));
        assertThat(compile(v2())).succeeded();
        assertTrue(drafts().get(0).startsWith("V3__"), drafts().toString());
    }

    @Test
    void aHandWrittenMigrationMustTakeTheNextFreeVersion() throws IOException {
        assertThat(compile(v1())).succeeded();
        accept(drafts().get(0));
        assertThat(compile(v1())).succeeded();
        Files.writeString(migrations.resolve("V5__backfill.sql"), "-- neonkit:manual\nSELECT 1;\n");

        Compilation compilation = compile(v1());

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[neonkit:manual-migration] The hand-written migration "
                + "V5__backfill.sql has version 5, but the next free version is 2. Rename it to V2__backfill.sql");
    }

    @Test
    void aDirectoryNamedLikeAMigrationIsAnError() throws IOException {
        assertThat(compile(v1())).succeeded();
        Files.createDirectories(migrations.resolve("V7__stray.sql"));

        Compilation compilation = compile(v1());

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[neonkit:migrations] V7__stray.sql in ");
        assertThat(compilation).hadErrorContaining("is named like a migration but is not a regular file");
    }

    @Test
    void acceptingOnlyPartOfAChangeIsAnError() throws IOException {
        assertThat(compile(v1())).succeeded();
        accept(drafts().get(0));
        assertThat(compile(v1())).succeeded();
        assertThat(compile(v2())).succeeded();
        accept(drafts().get(0));

        Compilation compilation = compile(v2());
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[neonkit:partial-acceptance] The drafts ");
        assertThat(compilation).hadErrorContaining("belong together");
    }

    @Test
    void missingAcceptedMigrationIsAnError() throws IOException {
        assertThat(compile(v1())).succeeded();
        String v1 = drafts().get(0);
        accept(v1);
        assertThat(compile(v1())).succeeded();
        Files.delete(migrations.resolve(v1));

        Compilation compilation = compile(v1());
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[neonkit:chain-mismatch] neonkit-snapshot.json lists the accepted "
                + "migration " + v1 + ", which is missing");
    }

    @Test
    void changedAcceptedMigrationIsAnError() throws IOException {
        assertThat(compile(v1())).succeeded();
        String v1 = drafts().get(0);
        accept(v1);
        assertThat(compile(v1())).succeeded();
        Files.writeString(migrations.resolve(v1), read(v1) + "\nDROP TABLE customer;\n");
        Map<String, Stamp> before = backdatedStamps();

        Compilation compilation = compile(v2());
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[neonkit:accepted-changed] The accepted migration " + v1
                + " was changed after it was accepted");
        assertEquals(before, stamps(), "nothing is written when there is an error");
    }

    @Test
    void sameVersionFromTwoBranchesIsAnError() throws IOException {
        assertThat(compile(v1())).succeeded();
        accept(drafts().get(0));
        assertThat(compile(v1())).succeeded();
        assertThat(compile(v2())).succeeded();
        // Another branch accepted its own V2, and merging it brought in its file.
        Files.writeString(migrations.resolve("V2__add_archive.sql"), "CREATE TABLE archive (id bigint);\n");

        Compilation compilation = compile(v2());
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[neonkit:duplicate-version] Migrations ");
        assertThat(compilation).hadErrorContaining("both have version 2, usually because two branches each added one.");
    }

    @Test
    void migrationNotInTheChainIsAnError() throws IOException {
        assertThat(compile(v1())).succeeded();
        accept(drafts().get(0));
        assertThat(compile(v1())).succeeded();
        Files.writeString(migrations.resolve("V2__add_archive.sql"), "CREATE TABLE archive (id bigint);\n");

        Compilation compilation = compile(v1());
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[neonkit:chain-mismatch] V2__add_archive.sql is neither an accepted "
                + "migration in neonkit-snapshot.json nor a draft neonkit wrote.");
        assertThat(compilation).hadErrorContaining("If you wrote it by hand to change data (not the schema), make its "
                + "first line -- neonkit:manual and give it the next free version, V2");
    }

    @Test
    void checkModeFailsUntilEverythingIsAccepted() throws IOException {
        List<String> check = List.of("-Aneonkit.mode=check");
        Compilation first = compile(check, v1());
        assertThat(first).failed();
        assertThat(first).hadErrorContaining("[neonkit:check] The entities differ from the accepted schema");
        assertEquals(List.of(), files(), "check mode writes nothing");

        assertThat(compile(v1())).succeeded();
        assertThat(compile(check, v1())).hadErrorContaining("[neonkit:check]");
        accept(drafts().get(0));
        assertThat(compile(check, v1())).hadErrorContaining("[neonkit:check] Accepted migration");
        assertThat(compile(v1())).succeeded();

        assertThat(compile(check, v1())).succeededWithoutWarnings();
        assertThat(compile(check, v2())).hadErrorContaining("[neonkit:check] The entities differ");
    }

    @Test
    void lintErrorTurnsUnsafeChangesIntoErrorsAndWritesNothing() throws IOException {
        assertThat(compile(v2())).succeeded();
        drafts().forEach(this::accept);
        assertThat(compile(v2())).succeeded();
        Map<String, Stamp> before = backdatedStamps();

        Compilation compilation = compile(List.of("-Aneonkit.lint=error"), v3());
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[neonkit:unsafe-migration]");
        assertEquals(before, stamps());
    }

    @Test
    void entityErrorsWriteNoFile() throws IOException {
        List<JavaFileObject> broken = new ArrayList<>(v1());
        broken.add(Compiler.source("app.Tag", "@NeonEntity", "public record Tag(String label) {}"));
        assertThat(compile(broken)).hadErrorContaining("[neonkit:missing-id]");
        assertEquals(List.of(), files());
    }

    @Test
    void sameModelGivesByteIdenticalFilesWhateverTheSourceOrder(@TempDir Path other) throws IOException {
        List<JavaFileObject> sources = new ArrayList<>(Compiler.referenceModel());
        Compilation first = Compiler.compileWithMigrations(migrations, List.of(), sources);
        Collections.shuffle(sources, new Random(7));
        Collections.reverse(sources);
        Compilation second = Compiler.compileWithMigrations(other, List.of(), sources);
        assertThat(first).succeeded();
        assertThat(second).succeeded();
        assertEquals(contents(migrations), contents(other));
        assertEquals(first.generatedSourceFile("shop.NeonkitSchema").orElseThrow().getCharContent(false).toString(),
                second.generatedSourceFile("shop.NeonkitSchema").orElseThrow().getCharContent(false).toString());
    }

    @Test
    void withoutTheOptionOneNoteExplainsHowToSetIt() {
        Compilation compilation = Compiler.compile(List.of(), v1());
        assertThat(compilation).succeeded();
        long notes = compilation.notes().stream()
                .filter(note -> note.getMessage(null).contains("[neonkit:migrations-option]"))
                .count();
        assertEquals(1, notes);
        assertThat(compilation).hadNoteContaining(
                "-Aneonkit.migrations=${project.basedir}/migrations");
        assertTrue(compilation.generatedSourceFile("app.NeonkitSchema").isPresent());
    }

    @Test
    void relativeMigrationsDirectoryIsAnError() {
        Compilation compilation = Compiler.compile(List.of("-Aneonkit.migrations=migrations"), v1());
        assertThat(compilation).hadErrorContaining("[neonkit:migrations-option] -Aneonkit.migrations=migrations is a "
                + "relative path");
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private Compilation compile(List<JavaFileObject> sources) {
        return compile(List.of(), sources);
    }

    private Compilation compile(List<String> options, List<JavaFileObject> sources) {
        return Compiler.compileWithMigrations(migrations, options, sources);
    }

    /** Accepts a draft the way a user does: deletes its first line. */
    private void accept(String draft) {
        try {
            String text = read(draft);
            assertTrue(text.startsWith(MARKER + "\n") || text.startsWith(MARKER + "\r\n"), draft + " is a draft");
            Files.writeString(migrations.resolve(draft), text.substring(text.indexOf('\n') + 1), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Rewrites every file with CRLF line endings, as a Windows checkout with core.autocrlf=true has them. */
    private void convertToCrlf() throws IOException {
        for (String file : files()) {
            Path path = migrations.resolve(file);
            Files.writeString(path, Files.readString(path).replace("\r\n", "\n").replace("\n", "\r\n"));
        }
    }

    private String read(String file) throws IOException {
        return Files.readString(migrations.resolve(file), StandardCharsets.UTF_8);
    }

    private Snapshot snapshot() throws IOException {
        return SnapshotCodec.parse(read(MigrationWorkflow.SNAPSHOT_FILE));
    }

    private List<String> files() throws IOException {
        if (!Files.isDirectory(migrations)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(migrations)) {
            return listing.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> drafts(List<String> files) {
        return files.stream().filter(name -> name.matches("V\\d+__.*\\.sql")).toList();
    }

    /** The draft migration files, in version order. */
    private List<String> drafts() throws IOException {
        List<String> drafts = new ArrayList<>();
        for (String file : drafts(files())) {
            if (read(file).startsWith(MARKER)) {
                drafts.add(file);
            }
        }
        drafts.sort((a, b) -> Integer.compare(version(a), version(b)));
        return drafts;
    }

    private static int version(String file) {
        return Integer.parseInt(file.substring(1, file.indexOf("__")));
    }

    private record Stamp(String content, FileTime modified) {}

    /**
     * Sets every file's modification time to a fixed past instant and returns the stamps: a later write, however
     * soon, then shows as a changed time.
     */
    private Map<String, Stamp> backdatedStamps() throws IOException {
        for (String file : files()) {
            Files.setLastModifiedTime(migrations.resolve(file), FileTime.fromMillis(946_684_800_000L));
        }
        return stamps();
    }

    private Map<String, Stamp> stamps() throws IOException {
        Map<String, Stamp> stamps = new TreeMap<>();
        for (String file : files()) {
            Path path = migrations.resolve(file);
            stamps.put(file, new Stamp(Files.readString(path), Files.getLastModifiedTime(path)));
        }
        return stamps;
    }

    private static Map<String, String> contents(Path directory) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> listing = Files.list(directory)) {
            for (Path path : listing.toList()) {
                contents.put(path.getFileName().toString(), Files.readString(path));
            }
        }
        return contents;
    }
}
