package dev.neonkit.processor.validation;

import dev.neonkit.processor.model.EntityDescriptor;
import dev.neonkit.processor.model.PropertyDescriptor;
import dev.neonkit.schema.diff.DiffDiagnostic;
import dev.neonkit.schema.diff.SchemaDiff;
import dev.neonkit.schema.model.SchemaModel;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Warns on the annotated element about every {@code @RenamedFrom} the schema diff cannot follow: a typo, or a rename
 * that was already accepted (then the annotation has done its job and can go).
 */
public final class RenameCheck {

    private final ErrorReporter reporter;

    public RenameCheck(ErrorReporter reporter) {
        this.reporter = reporter;
    }

    /**
     * Checks the rename hints in {@code current} (built from {@code entities}) against {@code accepted}, the schema of
     * the accepted migrations.
     */
    public void check(List<EntityDescriptor> entities, SchemaModel accepted, SchemaModel current) {
        for (DiffDiagnostic diagnostic : SchemaDiff.between(accepted, current).diagnostics()) {
            Optional<EntityDescriptor> entity = entities.stream()
                    .filter(candidate -> candidate.qualifiedTableName().equals(diagnostic.table()))
                    .findFirst();
            Optional<Element> element = diagnostic.column().isEmpty()
                    ? entity.map(EntityDescriptor::element)
                    : entity.flatMap(e -> e.properties().stream()
                            .filter(property -> property.columnName().equals(diagnostic.column().get()))
                            .findFirst()
                            .map(PropertyDescriptor::element));
            String message = "@RenamedFrom: " + diagnostic.message() + ".";
            if (element.isPresent()) {
                reporter.warning(Rule.STALE_RENAME, element.get(), "%s", message);
            } else {
                reporter.global(Diagnostic.Kind.WARNING, Rule.STALE_RENAME, message);
            }
        }
    }
}
