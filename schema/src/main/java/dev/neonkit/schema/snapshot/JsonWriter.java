package dev.neonkit.schema.snapshot;

import dev.neonkit.schema.snapshot.JsonValue.JsonArray;
import dev.neonkit.schema.snapshot.JsonValue.JsonBoolean;
import dev.neonkit.schema.snapshot.JsonValue.JsonNumber;
import dev.neonkit.schema.snapshot.JsonValue.JsonObject;
import dev.neonkit.schema.snapshot.JsonValue.JsonString;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes a JSON tree in a layout meant for code review: two-space indentation, keys in insertion order, and a
 * value that holds no objects (a column, a constraint, a list of names) on one line, so adding or changing one
 * column changes one line of the file. The text ends with a newline. Only ASCII control characters, quotes and
 * backslashes are escaped; other characters are written as they are (the file is UTF-8).
 */
final class JsonWriter {

    private static final String INDENT = "  ";

    private JsonWriter() {
    }

    static String write(JsonValue value) {
        StringBuilder out = new StringBuilder();
        write(value, 0, out);
        return out.append('\n').toString();
    }

    private static void write(JsonValue value, int depth, StringBuilder out) {
        if (value instanceof JsonObject object) {
            writeObject(object, depth, out);
        } else if (value instanceof JsonArray array) {
            writeArray(array, depth, out);
        } else if (value instanceof JsonString string) {
            writeString(string.value(), out);
        } else if (value instanceof JsonNumber number) {
            out.append(number.literal());
        } else if (value instanceof JsonBoolean bool) {
            out.append(bool.value());
        } else {
            out.append("null");
        }
    }

    private static void writeObject(JsonObject object, int depth, StringBuilder out) {
        if (object.members().isEmpty()) {
            out.append("{}");
            return;
        }
        // The top level always spreads over lines, so even an empty snapshot reads as a document.
        boolean inline = depth > 0 && holdsNoObject(object);
        out.append(inline ? "{ " : "{\n");
        Iterator<Map.Entry<String, JsonValue>> members = object.members().entrySet().iterator();
        while (members.hasNext()) {
            Map.Entry<String, JsonValue> member = members.next();
            if (!inline) {
                out.append(INDENT.repeat(depth + 1));
            }
            writeString(member.getKey(), out);
            out.append(": ");
            write(member.getValue(), depth + 1, out);
            if (members.hasNext()) {
                out.append(inline ? ", " : ",\n");
            }
        }
        out.append(inline ? " }" : "\n" + INDENT.repeat(depth) + "}");
    }

    private static void writeArray(JsonArray array, int depth, StringBuilder out) {
        if (array.items().isEmpty()) {
            out.append("[]");
            return;
        }
        boolean inline = array.items().stream().noneMatch(item -> item instanceof JsonObject || item instanceof JsonArray);
        out.append(inline ? "[" : "[\n");
        for (int i = 0; i < array.items().size(); i++) {
            if (!inline) {
                out.append(INDENT.repeat(depth + 1));
            }
            write(array.items().get(i), depth + 1, out);
            if (i + 1 < array.items().size()) {
                out.append(inline ? ", " : ",\n");
            }
        }
        out.append(inline ? "]" : "\n" + INDENT.repeat(depth) + "]");
    }

    /** Whether an object's members are all scalars or arrays of scalars, so it fits on one line. */
    private static boolean holdsNoObject(JsonObject object) {
        for (JsonValue member : object.members().values()) {
            if (member instanceof JsonObject) {
                return false;
            }
            if (member instanceof JsonArray array
                    && array.items().stream().anyMatch(item -> item instanceof JsonObject || item instanceof JsonArray)) {
                return false;
            }
        }
        return true;
    }

    private static void writeString(String value, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7F || Character.isSurrogate(c) && !isPairedSurrogate(value, i)) {
                        // Control characters and lone surrogates (which UTF-8 cannot encode) are escaped.
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean isPairedSurrogate(String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
    }
}
