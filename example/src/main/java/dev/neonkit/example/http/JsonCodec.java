package dev.neonkit.example.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * JSON in and out: records both ways, timestamps as ISO-8601 text ({@code 2026-12-01T17:00:00Z}), decimals exact.
 * Reading is strict (unknown fields, a value of the wrong type, trailing content are errors) and every failure
 * becomes a 400 whose message names the field and what it should be, never a Java type or a stack trace.
 */
public final class JsonCodec {
    private final ObjectMapper mapper = strictTextFields(JsonMapper.builder()
            .addModule(new JavaTimeModule())
            // After JavaTimeModule, so it wins: an Instant is ISO-8601 text only, never a number of seconds.
            .addModule(new SimpleModule("iso-instants").addDeserializer(Instant.class, new IsoInstantDeserializer()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // {"name": "a", "name": "b"} is ambiguous: refuse it rather than keep whichever came last.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            // "5" is not a number and 5 is not a string: a client that mixes them up should hear about it.
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build());

    private static ObjectMapper strictTextFields(ObjectMapper mapper) {
        // ALLOW_COERCION_OF_SCALARS covers text to number; this covers number and boolean to text.
        for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean)) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        return mapper;
    }

    /** {@code value} as UTF-8 JSON. */
    public byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Could not write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * Reads {@code body} as {@code type}.
     *
     * @throws ApiException (400) when the body is empty, not JSON, or does not fit {@code type}; a record whose
     *                      constructor rejects a value with an {@link IllegalArgumentException} gives its message
     */
    public <T> T read(byte[] body, Class<T> type) {
        if (body.length == 0) {
            throw ApiException.badRequest("The request body is empty; send a JSON object.");
        }
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw ApiException.badRequest("The request body is null; send a JSON object.");
            }
            return value;
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IllegalArgumentException) {
                throw ApiException.badRequest(cause.getMessage());
            }
            throw ApiException.badRequest("The request body is not valid: " + e.getOriginalMessage());
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.badRequest("Unknown field '" + e.getPropertyName() + "'; the fields are "
                    + e.getKnownPropertyIds().stream().map(Object::toString).sorted()
                            .collect(Collectors.joining(", ")) + ".");
        } catch (InvalidFormatException e) {
            throw ApiException.badRequest("Field '" + field(e) + "' has the value " + quoted(e.getValue())
                    + ", which is not " + expected(e.getTargetType()) + ".");
        } catch (MismatchedInputException e) {
            if (e.getPath().isEmpty() && e.getOriginalMessage().startsWith("Trailing token")) {
                throw ApiException.badRequest("The request body goes on after its JSON object; send one object.");
            }
            if (e.getPath().isEmpty()) {
                throw ApiException.badRequest("The request body must be a JSON object.");
            }
            throw ApiException.badRequest("Field '" + field(e) + "' must be " + expected(e.getTargetType()) + ".");
        } catch (InputCoercionException e) {
            throw ApiException.badRequest("A number in the request body is out of range" + location(e) + ": "
                    + parserMessage(e.getOriginalMessage()));
        } catch (StreamConstraintsException e) {
            // Jackson's guards against hostile input (numbers of thousands of digits, huge names, deep nesting).
            throw ApiException.badRequest("The request body exceeds a JSON limit" + location(e) + ": "
                    + parserMessage(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("The request body is not valid JSON" + location(e) + ": "
                    + parserMessage(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the request body", e);
        }
    }

    /** " (line 1, column 5)", or nothing when the parser knows no location. */
    private static String location(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String field(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of the expected type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == BigDecimal.class) {
            return "a number";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 timestamp with an offset, such as \"2026-12-01T17:00:00Z\"";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "a JSON object";
    }

    private static String quoted(Object value) {
        String text = String.valueOf(value);
        // A client's value is echoed, but never a whole megabyte of it.
        String shown = text.length() > 100 ? text.substring(0, 100) + "..." : text;
        return value instanceof String ? "\"" + shown + "\"" : shown;
    }

    /**
     * Reads an {@link Instant} from ISO-8601 text with an offset ({@code 2026-12-01T17:00:00+01:00} or {@code ...Z});
     * numbers are refused, since {@code 1e20} seconds would otherwise be read as some instant, or fail deep in
     * Jackson.
     */
    private static final class IsoInstantDeserializer extends StdDeserializer<Instant> {
        private static final long serialVersionUID = 1L;

        IsoInstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            String text = parser.getText().strip();
            try {
                return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            } catch (DateTimeException notIso) {
                return (Instant) context.handleWeirdStringValue(Instant.class, text, "not an ISO-8601 timestamp");
            }
        }
    }

    /** Jackson's parser message without the parts that describe its own input source. */
    private static String parserMessage(String text) {
        if (text == null) {
            return "malformed input";
        }
        int end = text.length();
        for (String noise : List.of("\n", " (start marker at [Source", " at [Source")) {
            int at = text.indexOf(noise);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return text.substring(0, end);
    }
}
