package dev.neonkit.processor.migration;

import dev.neonkit.processor.diagnostics.Tag;
import dev.neonkit.schema.diff.SchemaDiff;
import dev.neonkit.schema.migrations.MigrationFile;
import dev.neonkit.schema.model.SchemaModel;
import dev.neonkit.schema.sql.MigrationPlan;
import dev.neonkit.schema.sql.MigrationRenderer;
import dev.neonkit.schema.sql.MigrationScript;
import dev.neonkit.schema.sql.MigrationWarning;
import dev.neonkit.schema.snapshot.AcceptedMigration;
import dev.neonkit.schema.snapshot.FlywayChecksum;
import dev.neonkit.schema.snapshot.Snapshot;
import dev.neonkit.schema.snapshot.SnapshotCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Keeps a migrations directory in step with the current schema. Everything it knows is in the directory:
 *
 * <ul>
 *   <li>{@value #SNAPSHOT_FILE}: the schema as of the last accepted migration, and the chain of accepted migrations
 *       (version, file name, Flyway checksum);
 *   <li>{@code V<n>__<description>.sql}: accepted migrations, never touched again; drafts, whose first line is
 *       {@value MigrationFile#DRAFT_MARKER}; and hand-written data migrations, whose first line is
 *       {@value MigrationFile#MANUAL_MARKER};
 *   <li>{@value #DRAFT_FILE}: while drafts exist, the schema they lead to and the Flyway checksum of each draft as
 *       written, so accepting them records exactly the schema they were generated from, and a draft someone edited
 *       is recognised and left alone;
 *   <li>{@value #SCHEMA_DOC}: the current schema as Markdown.
 * </ul>
 *
 * <p>Each run first plans every change and checks everything; files are written or deleted only when no error was
 * found, and only when their content changes.
 *
 * <p>The diff from the accepted schema to the current one is computed once per run and handed on in the
 * {@link Outcome}, for the checks that run after this stage. Findings carry the directory's tags of {@link Tag}
 * ({@code draft}, {@code draft-edited}, {@code accepted}, {@code manual-migration}, {@code unsafe-migration},
 * {@code check}, {@code duplicate-version}, {@code chain-mismatch}, {@code accepted-changed},
 * {@code partial-acceptance}, {@code migrations}).
 */
public final class MigrationWorkflow {

    /** The accepted snapshot's file name. */
    public static final String SNAPSHOT_FILE = "neonkit-snapshot.json";
    /** The pending drafts' file name. */
    public static final String DRAFT_FILE = "neonkit-draft.json";
    /** The schema documentation's file name. */
    public static final String SCHEMA_DOC = "SCHEMA.md";

    private static final String NON_TRANSACTIONAL = "executeInTransaction=false\n";

    private final Path directory;
    private final MigrationSettings settings;
    private final MigrationRenderer renderer;
    private final Function<SchemaModel, String> schemaDoc;

    /**
     * @param directory the migrations directory (created on the first write)
     * @param settings  check mode and lint level
     * @param renderer  writes the SQL of a change
     * @param schemaDoc renders {@value #SCHEMA_DOC}
     */
    public MigrationWorkflow(
            Path directory, MigrationSettings settings, MigrationRenderer renderer,
            Function<SchemaModel, String> schemaDoc) {
        this.directory = directory;
        this.settings = settings;
        this.renderer = renderer;
        this.schemaDoc = schemaDoc;
    }

    /**
     * What a run found, and the accepted schema after it (empty when the directory could not be read).
     *
     * @param findings errors, warnings and notes for the user
     * @param accepted the accepted schema and chain, including a draft accepted by this run
     * @param diff     the diff from {@code accepted}'s schema to the current one; present exactly when
     *                 {@code accepted} is
     */
    public record Outcome(List<Finding> findings, Optional<Snapshot> accepted, Optional<SchemaDiff> diff) {

        public Outcome {
            findings = List.copyOf(findings);
            Objects.requireNonNull(accepted, "accepted");
            Objects.requireNonNull(diff, "diff");
        }

        /** Whether any finding is an error, in which case nothing was written. */
        public boolean failed() {
            return findings.stream().anyMatch(finding -> finding.severity() == Finding.Severity.ERROR);
        }
    }

    /** Brings the directory in step with {@code current} (or, in check mode, reports whether it is). */
    public Outcome run(SchemaModel current) {
        Plan plan = new Plan();
        Optional<Compared> compared;
        try {
            compared = plan(current, read(), plan);
        } catch (IOException | UncheckedIOException e) {
            return new Outcome(List.of(Finding.error(Tag.MIGRATIONS,
                    "Cannot read the migrations directory " + directory + ": " + e.getMessage())), Optional.empty(),
                    Optional.empty());
        }
        Optional<Snapshot> accepted = compared.map(Compared::accepted);
        Optional<SchemaDiff> diff = compared.map(Compared::diff);
        Outcome outcome = new Outcome(plan.findings, accepted, diff);
        if (!outcome.failed() && !settings.checkOnly()) {
            try {
                plan.apply(directory);
            } catch (IOException | UncheckedIOException e) {
                List<Finding> findings = new ArrayList<>(plan.findings);
                findings.add(Finding.error(Tag.MIGRATIONS, "Cannot write to the migrations directory " + directory
                        + ": " + e.getMessage() + ". Files already written are complete; fix the cause and compile"
                        + " again."));
                return new Outcome(findings, accepted, diff);
            }
        }
        return outcome;
    }

    /** The directory's relevant files, read once. */
    private record DirectoryState(
            Optional<String> snapshotText,
            Optional<String> draftStateText,
            Map<String, String> migrations,
            Set<String> sidecars,
            Optional<String> schemaDoc,
            List<String> notRegularFiles) {}

    private DirectoryState read() throws IOException {
        if (!Files.isDirectory(directory)) {
            return new DirectoryState(
                    Optional.empty(), Optional.empty(), Map.of(), Set.of(), Optional.empty(), List.of());
        }
        Map<String, String> migrations = new TreeMap<>();
        List<String> notRegularFiles = new ArrayList<>();
        Set<String> sidecars;
        try (Stream<Path> files = Files.list(directory)) {
            List<String> names = files.map(path -> path.getFileName().toString()).sorted().toList();
            for (String name : names) {
                if (MigrationFile.parse(name).isPresent()) {
                    Optional<String> text = readText(name);
                    if (text.isPresent()) {
                        migrations.put(name, text.get());
                    } else {
                        notRegularFiles.add(name);
                    }
                }
            }
            sidecars = names.stream().filter(name -> name.endsWith(".sql" + MigrationFile.SIDECAR_SUFFIX))
                    .collect(Collectors.toSet());
        }
        return new DirectoryState(readText(SNAPSHOT_FILE), readText(DRAFT_FILE), migrations, sidecars,
                readText(SCHEMA_DOC), notRegularFiles);
    }

    /** A regular file's text with its line endings normalised, or empty when there is no such regular file. */
    private Optional<String> readText(String name) throws IOException {
        Path file = directory.resolve(name);
        return Files.isRegularFile(file)
                ? Optional.of(withLfLineEndings(Files.readString(file, StandardCharsets.UTF_8)))
                : Optional.empty();
    }

    /**
     * {@code text} with CRLF and CR line endings turned into LF. Files are compared in this form and written with LF:
     * a checkout that converts line endings (Git's core.autocrlf on Windows) then matches what neonkit writes, and the
     * Flyway checksum, which ignores line endings, stays the same.
     */
    static String withLfLineEndings(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The accepted snapshot after a run, and the diff from its schema to the current one. */
    private record Compared(Snapshot accepted, SchemaDiff diff) {}

    /** Fills {@code plan} and returns the accepted snapshot and diff, or empty when an error stops planning early. */
    private Optional<Compared> plan(SchemaModel current, DirectoryState state, Plan plan) {
        Optional<Snapshot> parsedSnapshot = parseSnapshot(state.snapshotText(), SNAPSHOT_FILE, plan);
        Optional<Snapshot> draftState = parseSnapshot(state.draftStateText(), DRAFT_FILE, plan);
        if (parsedSnapshot.isEmpty() || (state.draftStateText().isPresent() && draftState.isEmpty())) {
            return Optional.empty();
        }
        Snapshot snapshot = parsedSnapshot.get();
        if (!checkRegularFiles(state, plan) || !checkVersionsAreUnique(state, plan)
                || !checkChain(snapshot, state, plan)) {
            return Optional.empty();
        }
        Set<String> chainFiles = snapshot.chain().stream().map(AcceptedMigration::fileName).collect(Collectors.toSet());
        Map<String, String> drafts = new TreeMap<>();
        Map<String, String> acceptedDrafts = new TreeMap<>();
        Map<String, String> manual = new TreeMap<>();
        state.migrations().forEach((name, text) -> {
            if (!chainFiles.contains(name)) {
                if (MigrationFile.isDraft(text)) {
                    drafts.put(name, text);
                } else if (MigrationFile.isManual(text)) {
                    manual.put(name, text);
                } else {
                    acceptedDrafts.put(name, text);
                }
            }
        });

        if (!acceptedDrafts.isEmpty()) {
            Optional<Snapshot> advanced = accept(snapshot, draftState, acceptedDrafts, drafts, plan);
            if (advanced.isEmpty()) {
                return Optional.empty();
            }
            snapshot = advanced.get();
            drafts.clear();
            draftState = Optional.empty();
        }
        if (!manual.isEmpty()) {
            Optional<Snapshot> advanced = recordManual(snapshot, manual, plan);
            if (advanced.isEmpty()) {
                return Optional.empty();
            }
            snapshot = advanced.get();
        }
        SchemaDiff diff = SchemaDiff.between(snapshot.model(), current);
        Compared compared = new Compared(snapshot, diff);
        if (!checkDraftsAreAsWritten(drafts, draftState, plan)) {
            return Optional.of(compared);
        }

        SchemaModel target = current.withoutRenameHints();
        if (diff.isEmpty()) {
            if (settings.checkOnly() && !drafts.isEmpty()) {
                plan.error(Tag.CHECK, "Draft migration " + String.join(", ", drafts.keySet()) + " exists although the "
                        + "entities match the accepted schema. Compile without -Aneonkit.mode=check to remove it.");
            }
            drafts.keySet().forEach(name -> plan.deleteDraft(name, state.sidecars()));
            draftState.ifPresent(stale -> plan.delete(DRAFT_FILE));
            if (!drafts.isEmpty() && !settings.checkOnly()) {
                plan.note(Tag.DRAFT, "Removed draft migration " + String.join(", ", drafts.keySet()) + ": the entities"
                        + " match the accepted schema again.");
            }
        } else if (settings.checkOnly()) {
            plan.error(Tag.CHECK, "The entities differ from the accepted schema in " + SNAPSHOT_FILE + ". Compile "
                    + "without -Aneonkit.mode=check, review the draft migration it writes, accept it by deleting its first "
                    + "line, compile again and commit the result.");
        } else {
            writeDrafts(snapshot, diff, target, drafts, state, plan);
        }

        String doc = schemaDoc.apply(target);
        if (!state.schemaDoc().equals(Optional.of(doc))) {
            if (settings.checkOnly()) {
                plan.error(Tag.CHECK, SCHEMA_DOC + " is not up to date. Compile without -Aneonkit.mode=check and commit it.");
            }
            plan.write(SCHEMA_DOC, doc);
        }
        return Optional.of(compared);
    }

    private Optional<Snapshot> parseSnapshot(Optional<String> text, String fileName, Plan plan) {
        if (text.isEmpty()) {
            return Optional.of(Snapshot.initial());
        }
        try {
            return Optional.of(SnapshotCodec.parse(text.get()));
        } catch (RuntimeException e) {
            plan.error(Tag.MIGRATIONS, fileName + " in " + directory + " cannot be read: " + e.getMessage()
                    + ". Restore it from version control.");
            return Optional.empty();
        }
    }

    /** Every file named like a migration is a file Flyway and neonkit can read. */
    private boolean checkRegularFiles(DirectoryState state, Plan plan) {
        for (String name : state.notRegularFiles()) {
            plan.error(Tag.MIGRATIONS, name + " in " + directory + " is named like a migration but is not a regular"
                    + " file (a directory, perhaps). Rename or remove it: Flyway treats every V<n>__*.sql as a migration.");
        }
        return state.notRegularFiles().isEmpty();
    }

    /**
     * Every draft on disk is exactly as neonkit wrote it (same Flyway checksum as recorded in {@value #DRAFT_FILE}).
     * A draft someone edited without accepting it belongs to them: neonkit neither rewrites nor deletes it.
     */
    private boolean checkDraftsAreAsWritten(Map<String, String> drafts, Optional<Snapshot> draftState, Plan plan) {
        Map<String, Integer> written = draftState.map(state -> state.chain().stream()
                        .collect(Collectors.toMap(AcceptedMigration::fileName, AcceptedMigration::checksum)))
                .orElse(Map.of());
        List<String> edited = drafts.entrySet().stream()
                .filter(draft -> !Integer.valueOf(FlywayChecksum.of(draft.getValue())).equals(written.get(draft.getKey())))
                .map(Map.Entry::getKey)
                .toList();
        for (String name : edited) {
            plan.error(Tag.DRAFT_EDITED, "The draft migration " + name + " was changed after neonkit wrote it, so neonkit"
                    + " will neither rewrite nor delete it. To keep your version, accept it: delete its first line ("
                    + MigrationFile.DRAFT_MARKER + ") and compile again. To let neonkit write it again from the"
                    + " entities, delete the file and compile again.");
        }
        return edited.isEmpty();
    }

    /**
     * Records hand-written migrations (first line {@value MigrationFile#MANUAL_MARKER}) in the chain without changing
     * the accepted schema: they change data, not the schema. Each must take the next free version, so it runs after
     * everything accepted before it.
     */
    private Optional<Snapshot> recordManual(Snapshot snapshot, Map<String, String> manual, Plan plan) {
        Snapshot advanced = snapshot;
        for (Map.Entry<String, String> file : manual.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(MigrationWorkflow::compareVersions)).toList()) {
            int version = MigrationFile.parse(file.getKey()).orElseThrow().version();
            if (version != advanced.nextVersion()) {
                plan.error(Tag.MANUAL_MIGRATION, "The hand-written migration " + file.getKey() + " has version " + version
                        + ", but the next free version is " + advanced.nextVersion() + ". Rename it to V"
                        + advanced.nextVersion() + "__" + MigrationFile.description(file.getKey())
                        + ".sql (with no draft pending) and compile again.");
                return Optional.empty();
            }
            advanced = advanced.accept(advanced.model(),
                    List.of(new AcceptedMigration(version, file.getKey(), FlywayChecksum.of(file.getValue()))));
        }
        if (settings.checkOnly()) {
            plan.error(Tag.CHECK, "Hand-written migration " + String.join(", ", manual.keySet()) + " is not recorded in "
                    + SNAPSHOT_FILE + " yet. Compile without -Aneonkit.mode=check and commit the snapshot.");
            return Optional.empty();
        }
        plan.write(SNAPSHOT_FILE, SnapshotCodec.write(advanced));
        plan.note(Tag.ACCEPTED, "Recorded the hand-written migration " + String.join(", ", manual.keySet()) + " in "
                + SNAPSHOT_FILE + " (the accepted schema is unchanged); commit it with the migration.");
        return Optional.of(advanced);
    }

    private static int compareVersions(String first, String second) {
        return Integer.compare(MigrationFile.parse(first).orElseThrow().version(),
                MigrationFile.parse(second).orElseThrow().version());
    }

    /** Two files with one version, typically one from each of two merged branches. */
    private boolean checkVersionsAreUnique(DirectoryState state, Plan plan) {
        Map<Integer, List<String>> byVersion = new TreeMap<>();
        for (String name : state.migrations().keySet()) {
            byVersion.computeIfAbsent(MigrationFile.parse(name).orElseThrow().version(), v -> new ArrayList<>()).add(name);
        }
        byVersion.forEach((version, names) -> {
            if (names.size() > 1) {
                plan.error(Tag.DUPLICATE_VERSION, "Migrations " + String.join(" and ", names) + " both have version "
                        + version + ", usually because two branches each added one. Keep the one recorded in " + SNAPSHOT_FILE
                        + " (resolve that file's merge first), delete the other, and compile again: neonkit drafts its change "
                        + "again under the next free version.");
            }
        });
        return byVersion.values().stream().allMatch(names -> names.size() == 1);
    }

    /** Every accepted migration is still there, unchanged. */
    private boolean checkChain(Snapshot snapshot, DirectoryState state, Plan plan) {
        boolean intact = true;
        for (AcceptedMigration migration : snapshot.chain()) {
            String text = state.migrations().get(migration.fileName());
            if (text == null) {
                plan.error(Tag.CHAIN_MISMATCH, SNAPSHOT_FILE + " lists the accepted migration " + migration.fileName()
                        + ", which is missing from " + directory + ". Restore it from version control; if the chain in "
                        + SNAPSHOT_FILE + " came from another branch, merge that branch's migrations too.");
                intact = false;
            } else if (FlywayChecksum.of(text) != migration.checksum()) {
                plan.error(Tag.ACCEPTED_CHANGED, "The accepted migration " + migration.fileName() + " was changed after it "
                        + "was accepted (checksum " + migration.checksum() + " recorded, " + FlywayChecksum.of(text)
                        + " now); Flyway refuses to run against databases where it already ran. Restore it from version "
                        + "control and make the change in the entities instead: neonkit drafts a new migration for it.");
                intact = false;
            }
        }
        return intact;
    }

    /**
     * Records drafts whose marker line was deleted: they join the chain with the checksum of their text as it is now
     * (a reviewer may have edited them), and the snapshot moves to the schema they were generated for.
     */
    private Optional<Snapshot> accept(
            Snapshot snapshot, Optional<Snapshot> draftState, Map<String, String> acceptedDrafts,
            Map<String, String> drafts, Plan plan) {
        Map<String, AcceptedMigration> generated = draftState.map(state -> state.chain().stream()
                        .collect(Collectors.toMap(AcceptedMigration::fileName, migration -> migration)))
                .orElse(Map.of());
        List<String> unknown = acceptedDrafts.keySet().stream().filter(name -> !generated.containsKey(name)).toList();
        if (!unknown.isEmpty()) {
            plan.error(Tag.CHAIN_MISMATCH, String.join(", ", unknown) + " is neither an accepted migration in "
                    + SNAPSHOT_FILE + " nor a draft neonkit wrote. If it came from another branch, merge that branch's "
                    + SNAPSHOT_FILE + " too, or delete it (renumber its change) and compile again to regenerate it as a draft. "
                    + "If you wrote it by hand to change data (not the schema), make its first line "
                    + MigrationFile.MANUAL_MARKER + " and give it the next free version, V" + snapshot.nextVersion()
                    + ": neonkit then records it in " + SNAPSHOT_FILE + ".");
            return Optional.empty();
        }
        if (!drafts.isEmpty() || !acceptedDrafts.keySet().containsAll(generated.keySet())) {
            plan.error(Tag.PARTIAL_ACCEPTANCE, "The drafts " + String.join(", ", generated.keySet()) + " belong together, "
                    + "but only " + String.join(", ", acceptedDrafts.keySet()) + " was accepted. Delete the first line of "
                    + "every one of them to accept the change, or restore it to keep them all drafts.");
            return Optional.empty();
        }
        if (settings.checkOnly()) {
            plan.error(Tag.CHECK, "Accepted migration " + String.join(", ", acceptedDrafts.keySet()) + " is not recorded "
                    + "in " + SNAPSHOT_FILE + " yet. Compile without -Aneonkit.mode=check and commit the snapshot.");
            return Optional.empty();
        }
        List<AcceptedMigration> migrations = draftState.orElseThrow().chain().stream()
                .map(draft -> new AcceptedMigration(
                        draft.version(), draft.fileName(), FlywayChecksum.of(acceptedDrafts.get(draft.fileName()))))
                .toList();
        Snapshot advanced = snapshot.accept(draftState.get().model(), migrations);
        plan.write(SNAPSHOT_FILE, SnapshotCodec.write(advanced));
        plan.delete(DRAFT_FILE);
        plan.note(Tag.ACCEPTED, "Accepted " + String.join(", ", acceptedDrafts.keySet()) + " into " + SNAPSHOT_FILE
                + "; commit it with the migration.");
        return Optional.of(advanced);
    }

    /** Writes the drafts for {@code diff}, from the accepted schema to {@code target}, replacing earlier drafts. */
    private void writeDrafts(
            Snapshot snapshot, SchemaDiff diff, SchemaModel target, Map<String, String> oldDrafts,
            DirectoryState state, Plan plan) {
        MigrationPlan rendered = renderer.render(diff);
        for (MigrationWarning warning : rendered.warnings()) {
            String message = "Table " + warning.table().qualified() + ": " + warning.message();
            if (settings.lintErrors()) {
                plan.error(Tag.UNSAFE_MIGRATION, message + " (an error because of -Aneonkit.lint=error)");
            } else {
                plan.warning(Tag.UNSAFE_MIGRATION, message);
            }
        }
        int version = snapshot.nextVersion();
        List<AcceptedMigration> written = new ArrayList<>();
        Map<String, String> newDrafts = new LinkedHashMap<>();
        for (MigrationScript script : rendered.scripts()) {
            MigrationFile file = MigrationFile.of(version++, script.descriptionSlug());
            String text = MigrationFile.DRAFT_MARKER + "\n" + script.sqlText();
            newDrafts.put(file.fileName(), text);
            written.add(new AcceptedMigration(file.version(), file.fileName(), FlywayChecksum.of(text)));
            if (!text.equals(oldDrafts.get(file.fileName()))) {
                plan.write(file.fileName(), text);
            }
            if (!script.executeInTransaction()) {
                if (!state.sidecars().contains(file.sidecarName())) {
                    plan.write(file.sidecarName(), NON_TRANSACTIONAL);
                }
            } else if (state.sidecars().contains(file.sidecarName())) {
                plan.delete(file.sidecarName());
            }
        }
        oldDrafts.keySet().stream()
                .filter(name -> !newDrafts.containsKey(name))
                .forEach(name -> plan.deleteDraft(name, state.sidecars()));
        if (!written.isEmpty()) {
            String draftState = SnapshotCodec.write(new Snapshot(Snapshot.CURRENT_FORMAT, target, written));
            if (!state.draftStateText().equals(Optional.of(draftState))) {
                plan.write(DRAFT_FILE, draftState);
            }
            plan.warning(Tag.DRAFT, "Draft migration " + String.join(", ", newDrafts.keySet()) + " in " + directory
                    + ": review it, then delete its first line to accept it.");
        }
    }

    /** The findings and file changes of one run, applied only when there is no error. */
    private static final class Plan {
        private final List<Finding> findings = new ArrayList<>();
        /** File name to new content; empty content means delete. Ordered, so files are written predictably. */
        private final Map<String, Optional<String>> changes = new LinkedHashMap<>();

        void error(Tag tag, String message) {
            findings.add(Finding.error(tag, message));
        }

        void warning(Tag tag, String message) {
            findings.add(Finding.warning(tag, message));
        }

        void note(Tag tag, String message) {
            findings.add(new Finding(Finding.Severity.NOTE, tag, message));
        }

        void write(String name, String text) {
            changes.put(name, Optional.of(text));
        }

        void delete(String name) {
            changes.put(name, Optional.empty());
        }

        void deleteDraft(String name, Set<String> sidecars) {
            delete(name);
            String sidecar = name + MigrationFile.SIDECAR_SUFFIX;
            if (sidecars.contains(sidecar)) {
                delete(sidecar);
            }
        }

        /**
         * Writes, then deletes. Each file is written whole or not at all (a temporary file moved into place), and the
         * snapshot is written last: a run that stops half-way leaves the accepted history as it was, and the next
         * run finishes the work. Drafts are deleted before {@value MigrationWorkflow#DRAFT_FILE}, which vouches for them.
         */
        void apply(Path directory) throws IOException {
            if (changes.values().stream().anyMatch(Optional::isPresent)) {
                Files.createDirectories(directory);
            }
            List<String> writes = changes.keySet().stream().filter(name -> changes.get(name).isPresent())
                    .sorted(Comparator.comparing((String name) -> name.equals(SNAPSHOT_FILE)))
                    .toList();
            for (String name : writes) {
                writeAtomically(directory, name, changes.get(name).orElseThrow());
            }
            List<String> deletions = changes.keySet().stream().filter(name -> changes.get(name).isEmpty())
                    .sorted(Comparator.comparing((String name) -> name.equals(DRAFT_FILE)))
                    .toList();
            for (String name : deletions) {
                Files.deleteIfExists(directory.resolve(name));
            }
        }

        private static void writeAtomically(Path directory, String name, String text) throws IOException {
            // A plain new file rather than Files.createTempFile, whose owner-only permissions would stick to the
            // migration; the leading dot and the suffix keep it out of Flyway's and neonkit's view.
            Path temporary = directory.resolve("." + name + ".tmp");
            try {
                Files.writeString(temporary, text, StandardCharsets.UTF_8);
                try {
                    Files.move(temporary, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException notAtomic) {
                    Files.move(temporary, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
    }
}
