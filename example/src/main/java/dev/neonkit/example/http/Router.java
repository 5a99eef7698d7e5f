package dev.neonkit.example.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.neonkit.runtime.DatabaseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dispatches every request to the first route whose path and method fit, and turns every outcome into a JSON
 * answer: the route's response; an {@link ApiException}'s status and message; 503 with {@code Retry-After} when the
 * database cannot be reached or lost the connection mid-request (a Neon compute suspending or waking); 400 for a
 * body that cannot be read or a value the database refuses as data; 500 for anything else. A client never sees a
 * stack trace; the server log gets it.
 */
public final class Router implements HttpHandler {
    /** Larger bodies are refused: the API's objects are small. */
    public static final int MAX_BODY_BYTES = 1 << 20;

    /** How much of an over-size body is read and dropped so that the client receives the 413. */
    private static final long DRAINED_BYTES = 8L * MAX_BODY_BYTES;

    private static final Logger LOG = LoggerFactory.getLogger(Router.class);

    private final List<Route> routes;
    private final JsonCodec json;

    /** Routes are tried in order. */
    public Router(List<Route> routes, JsonCodec json) {
        this.routes = List.copyOf(routes);
        this.json = json;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Response response;
        try {
            response = dispatch(exchange);
        } catch (ApiException e) {
            response = new Response(e.status(), e.body());
        } catch (DatabaseException e) {
            response = databaseFailure(exchange, e);
        } catch (Exception e) {
            response = internalError(exchange, e);
        }
        if (response.status() == 503) {
            exchange.getResponseHeaders().set("Retry-After", Integer.toString(DatabaseFailures.RETRY_AFTER_SECONDS));
        }
        send(exchange, response);
    }

    /** A failure of the database: 503 or 400 when the client can act on it (see {@link DatabaseFailures}), else 500. */
    private static Response databaseFailure(HttpExchange exchange, DatabaseException failure) {
        Optional<ApiException> answer = DatabaseFailures.answer(failure);
        if (answer.isEmpty()) {
            return internalError(exchange, failure);
        }
        // The runtime's message names what failed and where, never a password; the client gets the short answer.
        LOG.warn("{} {}: {} ({}): {}", exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                answer.get().status(), failure.kind(), failure.getMessage());
        return new Response(answer.get().status(), answer.get().body());
    }

    private static Response internalError(HttpExchange exchange, Exception failure) {
        LOG.error("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), failure);
        return new Response(500, new ApiException.ErrorBody("internal",
                "The server could not answer this request; its log has the details."));
    }

    private Response dispatch(HttpExchange exchange) throws Exception {
        String method = exchange.getRequestMethod().toUpperCase(java.util.Locale.ROOT);
        String path = exchange.getRequestURI().getRawPath();
        Set<String> allowed = new LinkedHashSet<>();
        for (Route route : routes) {
            Optional<Map<String, String>> variables = route.match(path);
            if (variables.isEmpty()) {
                continue;
            }
            if (!route.method().equals(method)) {
                allowed.add(route.method());
                continue;
            }
            Request request = new Request(method, path, variables.get(),
                    queryParameters(exchange.getRequestURI().getRawQuery()), readBody(exchange), json);
            return route.handler().handle(request);
        }
        if (!allowed.isEmpty()) {
            exchange.getResponseHeaders().set("Allow", String.join(", ", allowed));
            throw ApiException.methodNotAllowed(method + " is not supported on " + path + "; use "
                    + String.join(" or ", allowed) + ".");
        }
        throw ApiException.notFound("No resource at " + path + ".");
    }

    /** The body; one that breaks off or is malformed on the wire (a bad chunk, too short) answers 400. */
    private static byte[] readBody(HttpExchange exchange) {
        try (InputStream in = exchange.getRequestBody()) {
            if (declaredLength(exchange) > MAX_BODY_BYTES) {
                throw tooLarge(in);
            }
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw tooLarge(in);
            }
            return body;
        } catch (IOException broken) {
            throw ApiException.badRequest("The request body could not be read: " + broken.getMessage()
                    + ". Send the whole body, with a Content-Length that matches it or valid chunked encoding.");
        }
    }

    /**
     * The 413 answer, after reading what remains of a body of moderate size: closing a connection whose client is
     * still sending makes TCP reset it, and the client would lose the answer. A larger body is cut off.
     */
    private static ApiException tooLarge(InputStream in) {
        // read(), not skip(): the JDK server's body stream passes skip() to the socket, past the body's end.
        byte[] dropped = new byte[8192];
        try {
            long read = 0;
            for (int step; read < DRAINED_BYTES && (step = in.read(dropped)) > 0; ) {
                read += step;
            }
        } catch (IOException brokenOff) {
            // The client stopped sending; the answer goes out all the same.
        }
        return ApiException.tooLarge("The request body is larger than " + MAX_BODY_BYTES + " bytes.");
    }

    /** The Content-Length the client declared, or -1 for none (chunked) or one that is not a number. */
    private static long declaredLength(HttpExchange exchange) {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        try {
            return declared == null ? -1 : Long.parseLong(declared.strip());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    private static Map<String, String> queryParameters(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                parameters.putIfAbsent(name, value);
            } catch (IllegalArgumentException badEscape) {
                throw ApiException.badRequest("The query '" + rawQuery + "' has a malformed %-escape.");
            }
        }
        return parameters;
    }

    private void send(HttpExchange exchange, Response response) throws IOException {
        if (response.body() == null) {
            exchange.sendResponseHeaders(response.status(), -1);
            exchange.close();
            return;
        }
        byte[] body = json.write(response.body());
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(response.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
