package dev.neonkit.runtime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What PostgreSQL's column types can hold, as neonkit checks it before sending a value: the rules the generated
 * repositories apply (refusing with {@link UnstorableValueException}), for code that validates input earlier, such as a
 * web layer answering 400 for the field. Each method says why a value cannot be stored, or nothing when it can.
 */
public final class StorableValues {
    /**
     * The first instant {@code timestamp} and {@code timestamptz} store exactly: PostgreSQL goes back to 4714-11-24
     * BC, but pgjdbc sends anything before 4713-01-01 BC as {@code -infinity}.
     */
    public static final Instant EARLIEST_TIMESTAMP = Instant.parse("-4712-01-01T00:00:00Z");
    /** The last instant of {@code timestamp} and {@code timestamptz}, whose precision is the microsecond. */
    public static final Instant LATEST_TIMESTAMP = Instant.parse("+294276-12-31T23:59:59.999999Z");
    /** The first {@code date} stored exactly (as for timestamps: 4713-01-01 BC). */
    public static final LocalDate EARLIEST_DATE = LocalDate.parse("-4712-01-01");
    /** The last {@code date}: 5874897-12-31. */
    public static final LocalDate LATEST_DATE = LocalDate.parse("+5874897-12-31");

    private StorableValues() {
    }

    /**
     * Why {@code text} cannot be stored in a text column: a NUL character, which PostgreSQL refuses, or half a
     * surrogate pair, which the driver would silently store as {@code ?}. The text itself is never in the reason.
     */
    public static Optional<String> textProblem(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return Optional.of("a NUL character (\\u0000) at index " + i + " of its " + text.length()
                        + " characters, which PostgreSQL text cannot hold");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("half a surrogate pair at index " + i + " of its " + text.length()
                        + " characters, which is not Unicode text");
            }
        }
        return Optional.empty();
    }

    /** Why {@code instant} cannot be stored in a {@code timestamp} or {@code timestamptz} column. */
    public static Optional<String> timestampProblem(Instant instant) {
        return instant == null || !instant.isBefore(EARLIEST_TIMESTAMP) && !instant.isAfter(LATEST_TIMESTAMP)
                ? Optional.empty()
                : Optional.of(instant + " is outside the timestamp range PostgreSQL stores exactly, " + EARLIEST_TIMESTAMP
                        + " to " + LATEST_TIMESTAMP);
    }

    /** Why {@code date} cannot be stored in a {@code date} column. */
    public static Optional<String> dateProblem(LocalDate date) {
        return date == null || !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE)
                ? Optional.empty()
                : Optional.of(date + " is outside the date range PostgreSQL stores exactly, " + EARLIEST_DATE + " to "
                        + LATEST_DATE);
    }
}
