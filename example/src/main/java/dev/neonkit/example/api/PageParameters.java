package dev.neonkit.example.api;

import dev.neonkit.example.http.ApiException;
import dev.neonkit.example.http.Request;
import dev.neonkit.example.paging.PageRequest;

/** Reads the keyset pagination parameters {@code after} and {@code limit} of a list request. */
final class PageParameters {
    private PageParameters() {
    }

    static PageRequest of(Request request) {
        long after = request.query("after", Long::parseLong, 0L);
        int limit = request.query("limit", Integer::parseInt, PageRequest.DEFAULT_LIMIT);
        try {
            return new PageRequest(after, limit);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Query parameter " + e.getMessage() + ".");
        }
    }
}
