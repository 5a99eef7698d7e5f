package dev.neonkit.example.api;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /projects} and {@code PUT /projects/{id}}.
 *
 * @param name        required, 1 to 200 characters (trimmed)
 * @param description optional, up to 10,000 characters
 */
public record ProjectInput(String name, @Nullable String description) {

    /** Validates and trims. */
    public ProjectInput {
        name = Fields.requireText(name, "name", 200);
        description = Fields.optionalText(description, "description", 10_000);
    }
}
