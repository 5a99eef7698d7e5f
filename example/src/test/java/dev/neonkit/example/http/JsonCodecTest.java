package dev.neonkit.example.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neonkit.example.api.TaskInput;
import dev.neonkit.example.model.TaskStatus;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonCodecTest {
    private final JsonCodec json = new JsonCodec();

    record Amount(BigDecimal value, Instant at) {}

    @Test
    void timestampsAreIsoTextAndDecimalsStayExact() {
        Amount amount = new Amount(new BigDecimal("0.10"), Instant.parse("2026-12-01T16:00:00Z"));
        String text = new String(json.write(amount), StandardCharsets.UTF_8);
        assertEquals("{\"value\":0.10,\"at\":\"2026-12-01T16:00:00Z\"}", text);
        assertEquals(amount, json.read(text.getBytes(StandardCharsets.UTF_8), Amount.class));
    }

    @Test
    void anOffsetTimestampIsReadAsTheSameInstant() {
        TaskInput input = read("{\"title\": \"A\", \"dueAt\": \"2026-12-01T17:00:00+01:00\"}", TaskInput.class);
        assertEquals(Instant.parse("2026-12-01T16:00:00Z"), input.dueAt());
        assertEquals(TaskStatus.OPEN, input.status());
        assertEquals(List.of(), input.labels());
    }

    @Test
    void eachKindOfBadBodyNamesTheField() {
        assertEquals("Field 'status' has the value \"LATER\", which is not one of OPEN, IN_PROGRESS, DONE.",
                badRequest("{\"title\": \"A\", \"status\": \"LATER\"}"));
        assertEquals("Field 'labels' must be an array.", badRequest("{\"title\": \"A\", \"labels\": \"x\"}"));
        assertEquals("Field 'labels[1]' has the value 2, which is not a string.", badRequest("{\"title\": \"A\", \"labels\": [\"x\", 2]}"));
        assertEquals("Field 'title' is required.", badRequest("{\"labels\": []}"));
        assertEquals("The request body must be a JSON object.", badRequest("\"just text\""));
        assertEquals("The request body goes on after its JSON object; send one object.",
                badRequest("{\"title\": \"A\"} {}"));
        String unknown = badRequest("{\"title\": \"A\", \"priority\": 1}");
        assertTrue(unknown.startsWith("Unknown field 'priority'; the fields are dueAt, labels, status, title"),
                unknown);
    }

    private String badRequest(String body) {
        ApiException e = assertThrows(ApiException.class, () -> read(body, TaskInput.class));
        assertEquals(400, e.status());
        return e.getMessage();
    }

    private <T> T read(String body, Class<T> type) {
        return json.read(body.getBytes(StandardCharsets.UTF_8), type);
    }
}
