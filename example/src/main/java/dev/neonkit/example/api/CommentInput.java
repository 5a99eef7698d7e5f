package dev.neonkit.example.api;

/**
 * The body of {@code POST /tasks/{id}/comments}.
 *
 * @param body required, 1 to 10,000 characters (trimmed)
 */
public record CommentInput(String body) {

    /** Validates and trims. */
    public CommentInput {
        body = Fields.requireText(body, "body", 10_000);
    }
}
