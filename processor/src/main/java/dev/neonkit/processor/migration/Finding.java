package dev.neonkit.processor.migration;

import dev.neonkit.processor.diagnostics.Tag;
import java.util.Objects;

/**
 * A message about the migrations directory, printed by the processor.
 *
 * @param severity how serious it is; any {@link Severity#ERROR} means nothing was written
 * @param tag      the stable tag, such as {@link Tag#DRAFT} (printed as {@code [neonkit:draft]})
 * @param message  the complete message: what is wrong and what to do
 */
public record Finding(Severity severity, Tag tag, String message) {

    /** How serious a finding is. */
    public enum Severity { NOTE, WARNING, ERROR }

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(message, "message");
    }

    static Finding error(Tag tag, String message) {
        return new Finding(Severity.ERROR, tag, message);
    }

    static Finding warning(Tag tag, String message) {
        return new Finding(Severity.WARNING, tag, message);
    }
}
