package dev.neonkit.example.http;

/**
 * A request that cannot be served as asked, answered with {@link #status()} and a JSON error body naming
 * {@link #code()} and the message. The message is for the client: it says what is wrong and what to do.
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String code;

    private ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    /** 400: the request itself is wrong (malformed JSON, a missing or invalid field or parameter). */
    public static ApiException badRequest(String message) {
        return new ApiException(400, "bad_request", message);
    }

    /** 404: the resource does not exist. */
    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }

    /** 405: the path exists, the method does not. */
    public static ApiException methodNotAllowed(String message) {
        return new ApiException(405, "method_not_allowed", message);
    }

    /** 409: the request collides with the resource's current state (a stale version). */
    public static ApiException conflict(String message) {
        return new ApiException(409, "conflict", message);
    }

    /** 413: the body is larger than the service reads. */
    public static ApiException tooLarge(String message) {
        return new ApiException(413, "too_large", message);
    }

    /** 503: the database cannot be reached right now. */
    public static ApiException unavailable(String message) {
        return new ApiException(503, "unavailable", message);
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** A stable machine-readable code, such as {@code not_found}. */
    public String code() {
        return code;
    }

    /** The JSON body: {@code {"error": code, "message": message}}. */
    public ErrorBody body() {
        return new ErrorBody(code, getMessage());
    }

    /**
     * The JSON body of every error answer.
     *
     * @param error   a stable code, such as {@code bad_request}
     * @param message what is wrong and what to do
     */
    public record ErrorBody(String error, String message) {}
}
