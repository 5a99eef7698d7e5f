package dev.neonkit.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.neonkit.annotations.NeonEntity;
import dev.neonkit.processor.diagnostics.ErrorReporter;
import dev.neonkit.processor.diagnostics.Tag;
import dev.neonkit.processor.generation.GeneratedSources;
import dev.neonkit.processor.generation.RepositoryGenerator;
import dev.neonkit.processor.generation.RuntimeApi;
import dev.neonkit.processor.generation.SchemaClassGenerator;
import dev.neonkit.processor.generation.TableClassGenerator;
import dev.neonkit.processor.mapping.EntityMapping;
import dev.neonkit.processor.mapping.SchemaMapper;
import dev.neonkit.processor.migration.Finding;
import dev.neonkit.processor.migration.MigrationSettings;
import dev.neonkit.processor.migration.MigrationWorkflow;
import dev.neonkit.processor.model.Classpath;
import dev.neonkit.processor.model.EntityDescriptor;
import dev.neonkit.processor.model.EntityExtractor;
import dev.neonkit.processor.validation.EntityValidator;
import dev.neonkit.processor.validation.RenameCheck;
import dev.neonkit.schema.doc.SchemaDocument;
import dev.neonkit.schema.snapshot.AcceptedMigration;
import dev.neonkit.schema.snapshot.Snapshot;
import dev.neonkit.schema.sql.MigrationRenderer;
import java.io.IOException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Reads every {@code @NeonEntity} of the compilation and, when they are all valid, keeps the migrations directory in
 * step with them and generates {@code NeonkitSchema}, and per entity a jOOQ table class and a repository.
 *
 * <p>Stages, each in its own package, each handing its result to the next:
 * <ol>
 *   <li>{@code model}: descriptors read from {@code javax.lang.model}, each keeping its element, and the
 *       {@link Classpath}; the only stage that reads the compiler's model;
 *   <li>{@code validation}: errors on the elements; nothing after it runs when there is one;
 *   <li>{@code mapping}: each property's row of the one type table (SQL type, jOOQ type, value codec), the schema
 *       module's {@code SchemaModel} and the per-entity mappings;
 *   <li>{@code migration}: drafts, acceptance, snapshot; it computes the diff from the accepted schema once, and the
 *       rename check ({@code validation.RenameCheck}) reads that diff;
 *   <li>{@code generation}: {@code NeonkitSchema}, tables and repositories (JavaPoet).
 * </ol>
 * Every message goes through {@code diagnostics} ({@link ErrorReporter}, {@link Tag}). All entities are processed
 * together, sorted by name so the order of sources never matters.
 *
 * <p>Options: see {@link ProcessorOptions}.
 */
@AutoService(Processor.class)
public final class NeonProcessor extends AbstractProcessor {

    /** Generated tables need jOOQ; without it on the compile path neither tables nor repositories are written. */
    private static final String JOOQ_TABLE = "org.jooq.impl.TableImpl";

    /** Whether the entities were processed; it happens once, in the first round that has any. */
    private boolean processed;

    /**
     * All of neonkit's annotations, and {@code @Generated}, which the generated sources carry into the next round;
     * {@link #process} claims them, so javac's {@code processing} lint does not warn that no processor claimed them
     * and {@code -Xlint:all -Werror} builds pass. Claiming hides nothing: another processor still finds these
     * elements through {@link RoundEnvironment#getElementsAnnotatedWith}; only a later processor supporting nothing
     * but these exact types is no longer called for them.
     */
    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(NeonEntity.class.getPackageName() + ".*", GeneratedSources.GENERATED.canonicalName());
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public Set<String> getSupportedOptions() {
        return ProcessorOptions.NAMES;
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Set<TypeElement> entities = ElementFilter.typesIn(round.getElementsAnnotatedWith(NeonEntity.class));
        if (entities.isEmpty()) {
            return true;
        }
        ErrorReporter reporter = new ErrorReporter(processingEnv);
        if (processed) {
            // NeonkitSchema and the migrations already describe the schema without these.
            entities.forEach(entity -> reporter.error(Tag.LATE_ENTITY, entity,
                    "@NeonEntity %s was generated by another annotation processor after neonkit read the entities. Write "
                            + "entities as source files.", entity.getSimpleName()));
            return true;
        }
        processed = true;
        processAll(entities, reporter);
        return true;
    }

    /**
     * Runs every stage over all entities of the compilation. It runs in the first round that has entities rather
     * than the last, because javac warns about source files generated in the last round.
     */
    private void processAll(Set<TypeElement> entityElements, ErrorReporter reporter) {
        ProcessorOptions.Parsed options = ProcessorOptions.parse(processingEnv.getOptions());
        options.problems().forEach(problem -> reporter.global(Diagnostic.Kind.ERROR, Tag.MIGRATIONS_OPTION, problem));

        EntityExtractor extractor = new EntityExtractor(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
        List<EntityDescriptor> entities = entityElements.stream()
                .map(extractor::extract)
                .sorted(Comparator.comparing(EntityDescriptor::qualifiedName))
                .toList();
        Classpath classpath = Classpath.read(processingEnv.getElementUtils(), JOOQ_TABLE, RuntimeApi.runtimeType(),
                RuntimeApi.generatedCodeApiType());
        new EntityValidator(reporter).validate(entities);
        if (reporter.hasErrors()) {
            generateSoundEntities(entities, classpath, reporter);
            return;
        }
        Optional<SchemaMapper.Mapped> mapped = new SchemaMapper(reporter).map(entities);
        if (mapped.isEmpty()) {
            return;
        }
        Optional<Snapshot> accepted = options.options().migrationsDirectory().isEmpty()
                ? noMigrationsDirectory(reporter)
                : updateMigrations(options.options(), mapped.get(), entities, reporter);
        if (reporter.hasErrors()) {
            return;
        }
        List<AcceptedMigration> chain = accepted.map(Snapshot::chain).orElse(List.of());
        Snapshot compiled = new Snapshot(Snapshot.CURRENT_FORMAT, mapped.get().schema().withoutRenameHints(), chain);
        List<String> packages = entities.stream().map(EntityDescriptor::packageName).toList();
        try {
            SchemaClassGenerator.generate(packages, compiled).writeTo(processingEnv.getFiler());
        } catch (IOException e) {
            reporter.global(Diagnostic.Kind.ERROR, Tag.MIGRATIONS, "Cannot write " + SchemaClassGenerator.CLASS_NAME
                    + ": " + e.getMessage());
        }
        generateAccessCode(mapped.get().entities(), classpath, reporter);
    }

    /**
     * After errors: the tables and repositories of the entities without any (and that reference only such entities),
     * so a user sees the real errors rather than them buried under "cannot find symbol" from code that uses the
     * sound entities. Nothing of the migrations directory, and no {@code NeonkitSchema}, is written while any error
     * stands: they describe the whole model.
     */
    private void generateSoundEntities(List<EntityDescriptor> entities, Classpath classpath, ErrorReporter reporter) {
        if (reporter.hasGlobalErrors()) {
            return;
        }
        Set<String> sound = entities.stream()
                .filter(entity -> !reporter.hasErrorsWithin(entity.element()))
                .map(EntityDescriptor::qualifiedName)
                .collect(Collectors.toCollection(HashSet::new));
        // An entity whose reference leads to an unsound one would not compile either; repeat until nothing changes.
        boolean removed = true;
        while (removed) {
            removed = sound.removeIf(name -> entities.stream()
                    .filter(entity -> entity.qualifiedName().equals(name))
                    .flatMap(entity -> entity.properties().stream())
                    .flatMap(property -> property.reference().stream())
                    .anyMatch(reference -> !sound.contains(reference.targetName())));
        }
        List<EntityDescriptor> generated = entities.stream()
                .filter(entity -> sound.contains(entity.qualifiedName()))
                .toList();
        if (!generated.isEmpty()) {
            new SchemaMapper(reporter).map(generated)
                    .ifPresent(mapped -> generateAccessCode(mapped.entities(), classpath, reporter));
        }
    }

    /**
     * Writes {@code <Entity>Table} when jOOQ is on the compile path, and {@code <Entity>Repository} when the neonkit
     * runtime is too, with the generated-code API version this processor writes for (else one error says so); a
     * module that only keeps migrations needs neither.
     */
    private void generateAccessCode(List<EntityMapping> mappings, Classpath classpath, ErrorReporter reporter) {
        if (!classpath.jooq()) {
            return;
        }
        Optional<String> mismatch = RuntimeApi.mismatch(classpath);
        mismatch.ifPresent(problem -> reporter.global(Diagnostic.Kind.ERROR, Tag.RUNTIME_VERSION, problem));
        Map<String, EntityMapping> byName = mappings.stream()
                .collect(Collectors.toMap(mapping -> mapping.entity().qualifiedName(), Function.identity()));
        for (EntityMapping mapping : mappings) {
            write(TableClassGenerator.generate(mapping, byName), mapping, reporter);
            if (classpath.runtime() && mismatch.isEmpty()) {
                write(RepositoryGenerator.generate(mapping), mapping, reporter);
            }
        }
    }

    private void write(JavaFile file, EntityMapping mapping, ErrorReporter reporter) {
        try {
            file.writeTo(processingEnv.getFiler());
        } catch (IOException e) {
            reporter.error(Tag.MIGRATIONS, mapping.entity().element(), "Cannot write %s.%s: %s", file.packageName(),
                    file.typeSpec().name(), e.getMessage());
        }
    }

    private Optional<Snapshot> noMigrationsDirectory(ErrorReporter reporter) {
        reporter.global(Diagnostic.Kind.NOTE, Tag.MIGRATIONS_OPTION, "No migrations are written because the "
                + "compiler option " + ProcessorOptions.MIGRATIONS + " is not set. Set it to an absolute directory, in Maven "
                + "with <compilerArgs><arg>-A" + ProcessorOptions.MIGRATIONS
                + "=${project.basedir}/migrations</arg></compilerArgs>.");
        return Optional.empty();
    }

    private Optional<Snapshot> updateMigrations(
            ProcessorOptions options, SchemaMapper.Mapped mapped, List<EntityDescriptor> entities,
            ErrorReporter reporter) {
        MigrationWorkflow workflow = new MigrationWorkflow(
                options.migrationsDirectory().orElseThrow(),
                new MigrationSettings(options.checkOnly(), options.lintErrors()),
                MigrationRenderer.withLockTimeout(options.lockTimeout()),
                SchemaDocument::render);
        MigrationWorkflow.Outcome outcome = workflow.run(mapped.schema());
        for (Finding finding : outcome.findings()) {
            Diagnostic.Kind kind = switch (finding.severity()) {
                case ERROR -> Diagnostic.Kind.ERROR;
                case WARNING -> Diagnostic.Kind.WARNING;
                case NOTE -> Diagnostic.Kind.NOTE;
            };
            reporter.global(kind, finding.tag(), finding.message());
        }
        outcome.diff().ifPresent(diff -> new RenameCheck(reporter).check(entities, diff));
        return outcome.accepted();
    }
}
