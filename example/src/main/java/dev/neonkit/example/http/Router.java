package dev.neonkit.example.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.neonkit.runtime.NeonConnectionException;
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
 * answer: the route's response, an {@link ApiException}'s status and message, 503 when the database cannot be
 * reached, and 500 for anything else. A client never sees a stack trace; the server log gets it.
 */
public final class Router implements HttpHandler {
    /** Larger bodies are refused: the API's objects are small. */
    public static final int MAX_BODY_BYTES = 1 << 20;

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
        } catch (Exception e) {
            Optional<NeonConnectionException> unreachable = connectionFailure(e);
            if (unreachable.isPresent()) {
                // Classified and free of secrets: what failed, where, what to do.
                LOG.warn("Database unavailable: {}", unreachable.get().getMessage());
                response = new Response(503, ApiException.unavailable(unreachable.get().getMessage()).body());
            } else {
                LOG.error("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), e);
                response = new Response(500, new ApiException.ErrorBody("internal",
                        "The server could not answer this request; its log has the details."));
            }
        }
        send(exchange, response);
    }

    /** The connection failure behind {@code failure} (repositories wrap it in a DatabaseException), if any. */
    private static Optional<NeonConnectionException> connectionFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof NeonConnectionException connection) {
                return Optional.of(connection);
            }
        }
        return Optional.empty();
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

    private static byte[] readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw ApiException.tooLarge("The request body is larger than " + MAX_BODY_BYTES + " bytes.");
            }
            return body;
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
