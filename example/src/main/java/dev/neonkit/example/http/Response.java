package dev.neonkit.example.http;

import org.jspecify.annotations.Nullable;

/**
 * What a route answers: a status and a body serialized as JSON ({@code null} for no body).
 *
 * @param status the HTTP status
 * @param body   the value written as JSON, or {@code null} for an empty body (204)
 */
public record Response(int status, @Nullable Object body) {

    /** 200 with {@code body}. */
    public static Response ok(Object body) {
        return new Response(200, body);
    }

    /** 201 with the created resource. */
    public static Response created(Object body) {
        return new Response(201, body);
    }

    /** 204, no body. */
    public static Response noContent() {
        return new Response(204, null);
    }
}
