package dev.neonkit.runtime.config;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The process environment as neonkit reads it: a blank value counts as unset. */
final class Environment {
    private final Map<String, String> variables;

    Environment(Map<String, String> variables) {
        this.variables = Map.copyOf(Objects.requireNonNull(variables, "environment"));
    }

    /** The value of {@code setting}, empty when unset or blank; the value itself is not trimmed. */
    Optional<String> get(Setting setting) {
        String value = variables.get(setting.variable());
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    boolean isSet(Setting setting) {
        return get(setting).isPresent();
    }
}
