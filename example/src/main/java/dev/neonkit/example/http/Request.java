package dev.neonkit.example.http;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP request as a route sees it.
 *
 * @param method      the HTTP method, upper case
 * @param path        the path, without the query
 * @param pathParams  the values of the route's {@code {name}} segments
 * @param queryParams the query parameters (the first value of each name)
 * @param body        the request body, possibly empty
 * @param json        reads the body as JSON
 */
public record Request(String method, String path, Map<String, String> pathParams, Map<String, String> queryParams,
        byte[] body, JsonCodec json) {

    /** Copies the maps. */
    public Request {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        pathParams = Map.copyOf(pathParams);
        queryParams = Map.copyOf(queryParams);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(json, "json");
    }

    /** A path segment that holds an id, such as {@code {projectId}}; a non-number answers 404. */
    public long pathId(String name) {
        String value = Objects.requireNonNull(pathParams.get(name), () -> "the route has no {" + name + "}");
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException notANumber) {
            // Falls through: a path with a non-numeric id names nothing.
        }
        throw ApiException.notFound("No resource at " + path + ": ids are positive whole numbers.");
    }

    /** A query parameter converted by {@code parse}, or {@code fallback} when absent; a bad value answers 400. */
    public <T> T query(String name, Function<String, T> parse, T fallback) {
        @Nullable String value = queryParams.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Query parameter " + name + "='" + value + "' is not valid: "
                    + (e instanceof NumberFormatException ? "expected a whole number" : e.getMessage()) + ".");
        }
    }

    /** The body read as {@code type}; malformed or invalid JSON answers 400. */
    public <T> T body(Class<T> type) {
        return json.read(body, type);
    }
}
