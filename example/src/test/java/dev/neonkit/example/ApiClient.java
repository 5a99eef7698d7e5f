package dev.neonkit.example;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Plain HTTP calls to the running service, answers parsed as JSON trees. */
final class ApiClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;

    ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * One answer.
     *
     * @param status the HTTP status
     * @param text   the raw body
     * @param json   the body parsed, or a missing node when empty
     */
    record Answer(int status, String text, JsonNode json) {
        long id() {
            return json.get("id").asLong();
        }
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send("GET", path, (byte[]) null);
    }

    Answer post(String path, String body) throws IOException, InterruptedException {
        return send("POST", path, body);
    }

    Answer put(String path, String body) throws IOException, InterruptedException {
        return send("PUT", path, body);
    }

    Answer delete(String path) throws IOException, InterruptedException {
        return send("DELETE", path, (byte[]) null);
    }

    Answer send(String method, String path, String body) throws IOException, InterruptedException {
        return send(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends {@code body} exactly as given (null for none), so it may hold bytes that are not UTF-8. */
    Answer send(String method, String path, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String text = response.body();
        JsonNode json = text.isEmpty() ? JSON.missingNode() : JSON.readTree(text);
        return new Answer(response.statusCode(), text, json);
    }
}
