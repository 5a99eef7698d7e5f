package dev.neonkit.schema.snapshot;

import dev.neonkit.schema.snapshot.JsonValue.JsonArray;
import dev.neonkit.schema.snapshot.JsonValue.JsonBoolean;
import dev.neonkit.schema.snapshot.JsonValue.JsonNull;
import dev.neonkit.schema.snapshot.JsonValue.JsonNumber;
import dev.neonkit.schema.snapshot.JsonValue.JsonObject;
import dev.neonkit.schema.snapshot.JsonValue.JsonString;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 8259 JSON parser: no comments, no trailing commas, no single quotes, no duplicate keys, exactly one
 * value in the text. Every error names the line and column and what was expected there.
 */
final class JsonParser {

    private final String text;
    private int pos;
    private int line = 1;
    private int lineStart;

    private JsonParser(String text) {
        this.text = text;
    }

    /** Parses {@code text} as one JSON value. */
    static JsonValue parse(String text) {
        JsonParser parser = new JsonParser(text);
        if (text.startsWith("\uFEFF")) {
            parser.pos = 1;
            parser.lineStart = 1;
        }
        parser.skipWhitespace();
        JsonValue value = parser.value();
        parser.skipWhitespace();
        if (parser.pos < text.length()) {
            throw parser.error("expected the end of the file after the top-level value, but found "
                    + parser.describeNext());
        }
        return value;
    }

    private JsonValue value() {
        if (pos >= text.length()) {
            throw error("expected a value, but the file ended");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", new JsonBoolean(true, line, column()));
            case 'f' -> literal("false", new JsonBoolean(false, line, column()));
            case 'n' -> literal("null", new JsonNull(line, column()));
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw error("expected a value (object, array, string, number, true, false or null), but found "
                        + describeNext());
            }
        };
    }

    private JsonObject object() {
        int startLine = line;
        int startColumn = column();
        pos++;
        Map<String, JsonValue> members = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return new JsonObject(members, startLine, startColumn);
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("expected a member name in double quotes, but found " + describeNext());
            }
            int keyLine = line;
            int keyColumn = column();
            String key = string().value();
            if (members.containsKey(key)) {
                throw new SnapshotFormatException(keyLine, keyColumn, "duplicate key \"" + key + "\" in object");
            }
            skipWhitespace();
            expect(':', "':' after the member name \"" + key + "\"");
            skipWhitespace();
            members.put(key, value());
            skipWhitespace();
            char next = peek();
            if (next == ',') {
                pos++;
                continue;
            }
            if (next == '}') {
                pos++;
                return new JsonObject(members, startLine, startColumn);
            }
            throw error("expected ',' or '}' in object, but found " + describeNext());
        }
    }

    private JsonArray array() {
        int startLine = line;
        int startColumn = column();
        pos++;
        List<JsonValue> items = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return new JsonArray(items, startLine, startColumn);
        }
        while (true) {
            skipWhitespace();
            items.add(value());
            skipWhitespace();
            char next = peek();
            if (next == ',') {
                pos++;
                continue;
            }
            if (next == ']') {
                pos++;
                return new JsonArray(items, startLine, startColumn);
            }
            throw error("expected ',' or ']' in array, but found " + describeNext());
        }
    }

    private JsonString string() {
        int startLine = line;
        int startColumn = column();
        pos++;
        StringBuilder value = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw new SnapshotFormatException(startLine, startColumn, "string is not closed: expected '\"'");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return new JsonString(value.toString(), startLine, startColumn);
            }
            if (c < 0x20) {
                throw error("control character U+" + String.format("%04X", (int) c)
                        + " must be escaped inside a string");
            }
            if (c == '\\') {
                pos++;
                value.append(escape());
                continue;
            }
            value.append(c);
            pos++;
        }
    }

    private char escape() {
        if (pos >= text.length()) {
            throw error("expected an escape character after '\\', but the file ended");
        }
        char c = text.charAt(pos++);
        return switch (c) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '/' -> '/';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> {
                if (pos + 4 > text.length()) {
                    throw error("expected four hex digits after \\u");
                }
                int code = 0;
                for (int i = 0; i < 4; i++) {
                    int digit = Character.digit(text.charAt(pos), 16);
                    if (digit < 0) {
                        throw error("expected a hex digit in \\u escape, but found " + describeNext());
                    }
                    code = code * 16 + digit;
                    pos++;
                }
                yield (char) code;
            }
            default -> {
                pos--;
                throw error("expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX, but found '\\" + c + "'");
            }
        };
    }

    private JsonNumber number() {
        int startLine = line;
        int startColumn = column();
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (isDigit(peek())) {
            while (isDigit(peek())) {
                pos++;
            }
        } else {
            throw error("expected a digit in number, but found " + describeNext());
        }
        if (peek() == '.') {
            pos++;
            requireDigits("after the decimal point");
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            requireDigits("in the exponent");
        }
        return new JsonNumber(text.substring(start, pos), startLine, startColumn);
    }

    private void requireDigits(String where) {
        if (!isDigit(peek())) {
            throw error("expected a digit " + where + ", but found " + describeNext());
        }
        while (isDigit(peek())) {
            pos++;
        }
    }

    private JsonValue literal(String word, JsonValue value) {
        if (!text.startsWith(word, pos)) {
            throw error("expected " + word + ", but found " + describeNext());
        }
        pos += word.length();
        return value;
    }

    private void expect(char c, String what) {
        if (peek() != c) {
            throw error("expected " + what + ", but found " + describeNext());
        }
        pos++;
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
                lineStart = pos + 1;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private int column() {
        return pos - lineStart + 1;
    }

    private String describeNext() {
        if (pos >= text.length()) {
            return "the end of the file";
        }
        char c = text.charAt(pos);
        if (c < 0x20) {
            return "control character U+" + String.format("%04X", (int) c);
        }
        return "'" + c + "'";
    }

    private SnapshotFormatException error(String problem) {
        return new SnapshotFormatException(line, column(), problem);
    }
}
