package dev.neonkit.example.api;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The input rules the request records share; each failure is an {@link IllegalArgumentException} for a 400. */
final class Fields {
    static final int MAX_LABELS = 20;
    static final int MAX_LABEL_LENGTH = 50;
    /** The range of {@code timestamptz} that PostgreSQL and pgjdbc store exactly: 4713 BC to 294276 AD. */
    static final String EARLIEST_TIMESTAMP = "-4712-01-01T00:00:00Z";
    static final String LATEST_TIMESTAMP = "+294276-12-31T23:59:59.999999Z";
    private static final Instant EARLIEST = Instant.parse(EARLIEST_TIMESTAMP);
    private static final Instant LATEST = Instant.parse(LATEST_TIMESTAMP);

    private Fields() {
    }

    /** A required text of 1 to {@code maxLength} characters after trimming; returns it trimmed. */
    static String requireText(@Nullable String value, String field, int maxLength) {
        if (value == null) {
            throw new IllegalArgumentException("Field '" + field + "' is required.");
        }
        return optionalText(value, field, maxLength);
    }

    /** An optional text: {@code null} stays {@code null}, anything else must be 1 to {@code maxLength} characters. */
    static @Nullable String optionalText(@Nullable String value, String field, int maxLength) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("Field '" + field + "' must not be blank.");
        }
        if (trimmed.indexOf('\u0000') >= 0) {
            throw new IllegalArgumentException("Field '" + field + "' contains a NUL character (\\u0000), which"
                    + " PostgreSQL text cannot store; remove it.");
        }
        if (!isWholeUnicode(trimmed)) {
            throw new IllegalArgumentException("Field '" + field + "' contains half of a surrogate pair (an escape"
                    + " such as \\ud800 without its partner), which is not Unicode text; send whole characters.");
        }
        if (trimmed.length() > maxLength) {
            throw new IllegalArgumentException("Field '" + field + "' has " + trimmed.length()
                    + " characters; at most " + maxLength + " are allowed.");
        }
        return trimmed;
    }

    /** Whether every UTF-16 surrogate in {@code text} is part of a pair, so that it encodes as UTF-8 unchanged. */
    private static boolean isWholeUnicode(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * An optional timestamp PostgreSQL's {@code timestamptz} can store: from {@value #EARLIEST_TIMESTAMP} to
     * {@value #LATEST_TIMESTAMP}, to the microsecond.
     */
    static @Nullable Instant optionalTimestamp(@Nullable Instant value, String field) {
        if (value != null && (value.isBefore(EARLIEST) || value.isAfter(LATEST))) {
            throw new IllegalArgumentException("Field '" + field + "' is " + value + ", outside the range a timestamp"
                    + " can hold: from " + EARLIEST_TIMESTAMP + " to " + LATEST_TIMESTAMP + ".");
        }
        return value;
    }

    /** Up to {@link #MAX_LABELS} distinct non-blank labels, trimmed, in the order given; {@code null} means none. */
    static List<String> labels(@Nullable List<String> labels) {
        if (labels == null) {
            return List.of();
        }
        if (labels.size() > MAX_LABELS) {
            throw new IllegalArgumentException("Field 'labels' has " + labels.size() + " labels; at most "
                    + MAX_LABELS + " are allowed.");
        }
        List<String> cleaned = new java.util.ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            String label = requireText(labels.get(i), "labels[" + i + "]", MAX_LABEL_LENGTH);
            if (!cleaned.contains(label)) {
                cleaned.add(label);
            }
        }
        return List.copyOf(cleaned);
    }
}
