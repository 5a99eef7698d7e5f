package dev.neonkit.processor.validation;

import dev.neonkit.processor.diagnostics.ErrorReporter;
import dev.neonkit.processor.diagnostics.Tag;
import dev.neonkit.processor.model.EntityDescriptor;
import dev.neonkit.processor.model.PropertyDescriptor;
import dev.neonkit.schema.diff.DiffDiagnostic;
import dev.neonkit.schema.diff.SchemaDiff;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Warns on the annotated element about every {@code @RenamedFrom} the schema diff cannot follow: a typo, or a rename
 * that was already accepted (then the annotation has done its job and can go). It runs after the migration stage,
 * on the diff that stage computed.
 */
public final class RenameCheck {

    private final ErrorReporter reporter;

    public RenameCheck(ErrorReporter reporter) {
        this.reporter = reporter;
    }

    /**
     * Checks the rename hints of {@code entities} against {@code diff}, the diff from the schema of the accepted
     * migrations to the schema built from {@code entities}.
     */
    public void check(List<EntityDescriptor> entities, SchemaDiff diff) {
        for (DiffDiagnostic diagnostic : diff.diagnostics()) {
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
                reporter.warning(Tag.STALE_RENAME, element.get(), "%s", message);
            } else {
                reporter.global(Diagnostic.Kind.WARNING, Tag.STALE_RENAME, message);
            }
        }
    }
}
