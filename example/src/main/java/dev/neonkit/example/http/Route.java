package dev.neonkit.example.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One endpoint: a method, a path template such as {@code /projects/{projectId}/tasks}, and what answers it.
 *
 * @param method   the HTTP method, upper case
 * @param template the path, with {@code {name}} for a whole variable segment
 * @param handler  what answers a matching request
 */
public record Route(String method, String template, Handler handler) {

    /** Answers one request; may throw {@link ApiException} for a 4xx answer. */
    @FunctionalInterface
    public interface Handler {
        Response handle(Request request) throws Exception;
    }

    /** Checks the template's shape. */
    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(handler, "handler");
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("a route template starts with '/': " + template);
        }
    }

    /** The values of the template's variables when {@code path} fits the template. */
    Optional<Map<String, String>> match(String path) {
        List<String> expected = segments(template);
        List<String> actual = segments(path);
        if (expected.size() != actual.size()) {
            return Optional.empty();
        }
        Map<String, String> variables = new LinkedHashMap<>();
        for (int i = 0; i < expected.size(); i++) {
            String part = expected.get(i);
            if (part.startsWith("{") && part.endsWith("}")) {
                variables.put(part.substring(1, part.length() - 1), actual.get(i));
            } else if (!part.equals(actual.get(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(variables);
    }

    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return segments;
    }
}
