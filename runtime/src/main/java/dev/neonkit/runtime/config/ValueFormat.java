package dev.neonkit.runtime.config;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one variable accepts and how its text becomes a value. Every parse error names the variable, repeats the
 * rejected value (only formats that cannot hold a secret ever reach that point) and says what is accepted.
 */
final class ValueFormat {
    private enum Type { TEXT, INTEGER, BOOLEAN, DURATION, WHOLE_SECONDS }

    private static final Pattern DURATION_TEXT = Pattern.compile("(\\d{1,12})(ms|s|m|h)");

    private final Type type;
    private final long min;
    private final long max;
    private final boolean zeroMeansOff;
    private final String accepted;

    private ValueFormat(Type type, long min, long max, boolean zeroMeansOff, String accepted) {
        this.type = type;
        this.min = min;
        this.max = max;
        this.zeroMeansOff = zeroMeansOff;
        this.accepted = accepted;
    }

    /** Free text, described by {@code accepted}; never echoed in an error. */
    static ValueFormat text(String accepted) {
        return new ValueFormat(Type.TEXT, 0, 0, false, accepted);
    }

    static ValueFormat integer(long min, long max) {
        String accepted = max == Integer.MAX_VALUE
                ? "an integer of at least " + min
                : "an integer from " + min + " to " + max;
        return new ValueFormat(Type.INTEGER, min, max, false, accepted);
    }

    static ValueFormat bool() {
        return new ValueFormat(Type.BOOLEAN, 0, 0, false, "true or false");
    }

    /**
     * A duration with a unit, at least {@code min}; {@code 0} is accepted too when {@code zeroMeansOff} (a setting
     * that 0 turns off) or when {@code min} is zero.
     */
    static ValueFormat duration(Duration min, boolean zeroMeansOff) {
        String units = " with a unit ms, s, m or h, such as 500ms, 15s or 5m";
        String accepted = min.isZero()
                ? "0 or a duration" + units
                : (zeroMeansOff ? "0 (off) or " : "") + "a duration of at least " + format(min) + units;
        return new ValueFormat(Type.DURATION, min.toMillis(), Long.MAX_VALUE, zeroMeansOff, accepted);
    }

    /** A duration in whole seconds (what pgjdbc's timeouts take); {@code 0} means "no timeout" when allowed. */
    static ValueFormat wholeSeconds(long minSeconds, boolean zeroMeansOff) {
        String accepted = (zeroMeansOff ? "0 (no timeout) or " : "")
                + "whole seconds of at least " + minSeconds + "s, such as 10s or 2m";
        return new ValueFormat(Type.WHOLE_SECONDS, minSeconds * 1000, Long.MAX_VALUE, zeroMeansOff, accepted);
    }

    String accepted() {
        return accepted;
    }

    int parseInt(String variable, String raw) {
        expect(Type.INTEGER);
        String text = raw.strip();
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw rejected(variable, text);
        }
        if (value < min || value > max) {
            throw rejected(variable, text);
        }
        return (int) value;
    }

    boolean parseBoolean(String variable, String raw) {
        expect(Type.BOOLEAN);
        String text = raw.strip().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw rejected(variable, raw.strip());
        };
    }

    Duration parseDuration(String variable, String raw) {
        if (type != Type.DURATION && type != Type.WHOLE_SECONDS) {
            throw new IllegalStateException(variable + " is not a duration setting");
        }
        String text = raw.strip();
        if (text.equals("0")) {
            if (zeroMeansOff || min == 0) {
                return Duration.ZERO;
            }
            throw rejected(variable, text);
        }
        Matcher matcher = DURATION_TEXT.matcher(text.toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw rejected(variable, text);
        }
        long amount = Long.parseLong(matcher.group(1));
        Duration duration = switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
        boolean wholeSecondsMissed = type == Type.WHOLE_SECONDS && duration.toMillis() % 1000 != 0;
        if (duration.toMillis() < min || wholeSecondsMissed) {
            throw rejected(variable, text);
        }
        return duration;
    }

    /** The shortest exact text of a duration in the syntax the variables accept: {@code 0}, 500ms, 15s, 5m, 1h. */
    static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis == 0) {
            return "0";
        } else if (millis % 3_600_000 == 0) {
            return millis / 3_600_000 + "h";
        } else if (millis % 60_000 == 0) {
            return millis / 60_000 + "m";
        } else if (millis % 1000 == 0) {
            return millis / 1000 + "s";
        }
        return millis + "ms";
    }

    private void expect(Type expected) {
        if (type != expected) {
            throw new IllegalStateException("format is " + type + ", not " + expected);
        }
    }

    private ConfigException rejected(String variable, String text) {
        return new ConfigException(variable + "=" + text + " is not accepted: use " + accepted + ".");
    }
}
