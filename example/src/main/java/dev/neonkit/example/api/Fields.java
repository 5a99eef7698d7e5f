package dev.neonkit.example.api;

import dev.neonkit.runtime.StorableValues;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The input rules the request records share; each failure is an {@link IllegalArgumentException} for a 400. */
final class Fields {
    static final int MAX_LABELS = 20;
    static final int MAX_LABEL_LENGTH = 50;

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
        StorableValues.textProblem(trimmed).ifPresent(reason -> {
            throw new IllegalArgumentException("Field '" + field + "' holds " + reason + "; remove it.");
        });
        if (trimmed.length() > maxLength) {
            throw new IllegalArgumentException("Field '" + field + "' has " + trimmed.length()
                    + " characters; at most " + maxLength + " are allowed.");
        }
        return trimmed;
    }

    /** An optional timestamp PostgreSQL's {@code timestamptz} stores exactly ({@link StorableValues}). */
    static @Nullable Instant optionalTimestamp(@Nullable Instant value, String field) {
        StorableValues.timestampProblem(value).ifPresent(reason -> {
            throw new IllegalArgumentException("Field '" + field + "': " + reason + ".");
        });
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
