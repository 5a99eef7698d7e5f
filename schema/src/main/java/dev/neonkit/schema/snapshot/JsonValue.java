package dev.neonkit.schema.snapshot;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON tree the snapshot codec reads and writes. Parsed values remember where they started in the text
 * ({@code line}, {@code column}, 1-based; 0 for values built in memory) so structural errors can point there.
 */
sealed interface JsonValue {

    int line();

    int column();

    /** What this value is, for "expected X but found Y" messages. */
    String kind();

    record JsonObject(Map<String, JsonValue> members, int line, int column) implements JsonValue {
        public JsonObject {
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }

        @Override
        public String kind() {
            return "an object";
        }
    }

    record JsonArray(List<JsonValue> items, int line, int column) implements JsonValue {
        public JsonArray {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "an array";
        }
    }

    record JsonString(String value, int line, int column) implements JsonValue {
        @Override
        public String kind() {
            return "a string";
        }
    }

    /** A number, kept as its literal text so nothing is lost or reformatted. */
    record JsonNumber(String literal, int line, int column) implements JsonValue {
        @Override
        public String kind() {
            return "a number";
        }
    }

    record JsonBoolean(boolean value, int line, int column) implements JsonValue {
        @Override
        public String kind() {
            return "a boolean";
        }
    }

    record JsonNull(int line, int column) implements JsonValue {
        @Override
        public String kind() {
            return "null";
        }
    }
}
