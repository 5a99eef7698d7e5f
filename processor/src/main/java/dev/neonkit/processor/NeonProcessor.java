package dev.neonkit.processor;

import com.google.auto.service.AutoService;
import dev.neonkit.annotations.NeonEntity;
import dev.neonkit.processor.model.EntityDescriptor;
import dev.neonkit.processor.model.EntityExtractor;
import dev.neonkit.processor.validation.EntityValidator;
import dev.neonkit.processor.validation.ErrorReporter;
import dev.neonkit.processor.validation.Rule;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Reads every {@code @NeonEntity} of the compilation and, when they are all valid, keeps the migrations directory in
 * step with them and generates {@code NeonkitSchema}.
 *
 * <p>Stages, each in its own package: {@code model} (descriptors extracted from the source) -> {@code validation}
 * (errors on the elements) -> {@code conversion} (the schema module's {@code SchemaModel}) -> {@code migration}
 * (drafts, acceptance, snapshot) -> {@code generation} (the Java class). Entities are collected over all rounds and
 * processed together in the last one, so the schema always describes all of them.
 *
 * <p>Options: see {@link ProcessorOptions}.
 */
@AutoService(Processor.class)
public final class NeonProcessor extends AbstractProcessor {

  /** Qualified names of the entities seen so far; sorted, so the order of sources never matters. */
  private final Set<String> entityNames = new TreeSet<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(NeonEntity.class.getCanonicalName());
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
    for (TypeElement entity : ElementFilter.typesIn(round.getElementsAnnotatedWith(NeonEntity.class))) {
      entityNames.add(entity.getQualifiedName().toString());
    }
    if (round.processingOver() && !entityNames.isEmpty() && !round.errorRaised()) {
      processAll();
    }
    return false;
  }

  private void processAll() {
    ErrorReporter reporter = new ErrorReporter(processingEnv);
    ProcessorOptions.Parsed options = ProcessorOptions.parse(processingEnv.getOptions());
    options.problems().forEach(problem -> reporter.global(Diagnostic.Kind.ERROR, Rule.MIGRATIONS_OPTION, problem));

    EntityExtractor extractor = new EntityExtractor(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
    List<EntityDescriptor> entities = entityNames.stream()
        .map(processingEnv.getElementUtils()::getTypeElement)
        .filter(Objects::nonNull)
        .map(extractor::extract)
        .sorted(Comparator.comparing(EntityDescriptor::qualifiedName))
        .toList();
    new EntityValidator(reporter).validate(entities);
    if (reporter.hasErrors()) {
      return;
    }
  }
}
