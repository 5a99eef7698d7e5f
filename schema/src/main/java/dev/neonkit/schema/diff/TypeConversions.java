package dev.neonkit.schema.diff;

import dev.neonkit.schema.model.ColumnType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether converting stored values from one column type to another with {@code USING column::newType}
 * keeps every value exactly. Anything not known to be lossless counts as lossy: a reviewer would rather read one
 * needless warning than lose data.
 */
public final class TypeConversions {

    private static final List<String> INTEGER_WIDTHS = List.of("smallint", "integer", "bigint");
    /** Decimal digits each integer type needs, for checking that a numeric(p,s) can hold it. */
    private static final Map<String, Integer> INTEGER_DIGITS = Map.of("smallint", 5, "integer", 10, "bigint", 19);
    /** Binary mantissa bits of each integer type's range, for checking against real (24) and double (53). */
    private static final Map<String, Integer> INTEGER_BITS = Map.of("smallint", 15, "integer", 31, "bigint", 63);

    private TypeConversions() {
    }

    /**
     * Why converting {@code from} to {@code to} can lose information or fail on existing rows, or empty when every
     * value converts exactly.
     */
    public static Optional<String> lossReason(ColumnType from, ColumnType to) {
        if (from.equals(to)) {
            return Optional.empty();
        }
        if (from.array() != to.array()) {
            return Optional.of(describe(from, to) + " changes between an array and a single value");
        }
        return elementLoss(from.elementType(), to.elementType())
                .map(reason -> describe(from, to) + ": " + reason);
    }

    private static Optional<String> elementLoss(ColumnType from, ColumnType to) {
        String source = from.name();
        String target = to.name();
        if (target.equals("text") || (target.equals("varchar") && to.precision() == null)) {
            // Every value has a text form; char(n) loses only its padding, which PostgreSQL ignores anyway.
            return Optional.empty();
        }
        if (isCharacter(source) && (target.equals("varchar") || target.equals("char"))) {
            Integer oldLength = source.equals("text") ? null : from.precision();
            if (oldLength != null && oldLength <= to.precision()) {
                return Optional.empty();
            }
            return Optional.of("values longer than " + to.precision() + " characters are cut off");
        }
        if ((source.equals("bit") || source.equals("varbit")) && target.equals("varbit")) {
            return to.precision() == null || (from.precision() != null && from.precision() <= to.precision())
                    ? Optional.empty()
                    : Optional.of("bit strings longer than " + to.precision() + " bits are cut off");
        }
        if (INTEGER_WIDTHS.contains(source) && INTEGER_WIDTHS.contains(target)) {
            return INTEGER_WIDTHS.indexOf(target) >= INTEGER_WIDTHS.indexOf(source)
                    ? Optional.empty()
                    : Optional.of("values outside the " + target + " range make the migration fail");
        }
        if (INTEGER_WIDTHS.contains(source) && target.equals("numeric")) {
            if (to.precision() == null) {
                return Optional.empty();
            }
            int integerDigits = to.precision() - (to.scale() == null ? 0 : to.scale());
            return integerDigits >= INTEGER_DIGITS.get(source)
                    ? Optional.empty()
                    : Optional.of("values with more than " + integerDigits + " integer digits make the migration fail");
        }
        if (INTEGER_WIDTHS.contains(source) && (target.equals("real") || target.equals("double precision"))) {
            int mantissa = target.equals("real") ? 24 : 53;
            return INTEGER_BITS.get(source) <= mantissa
                    ? Optional.empty()
                    : Optional.of("large values are rounded to the nearest " + target);
        }
        if (source.equals("numeric") && target.equals("numeric")) {
            return numericLoss(from, to);
        }
        if (source.equals("real") && target.equals("double precision")) {
            return Optional.empty();
        }
        if (isTime(source) && source.equals(target)) {
            return precisionOf(to) >= precisionOf(from)
                    ? Optional.empty()
                    : Optional.of("fractional seconds are rounded to " + precisionOf(to) + " digits");
        }
        if (source.equals("date") && (target.equals("timestamp") || target.equals("timestamptz"))) {
            return Optional.empty();
        }
        if (source.equals("timestamp") && target.equals("timestamptz")) {
            return Optional.of("stored values are reinterpreted in the session time zone of the migration");
        }
        if (source.equals("timestamptz") && target.equals("timestamp")) {
            return Optional.of("values are converted to the migration's session time zone and lose their offset");
        }
        if (source.equals("jsonb") && target.equals("json")) {
            return Optional.empty();
        }
        if (source.equals("json") && target.equals("jsonb")) {
            return Optional.of("jsonb drops duplicate keys, key order and whitespace");
        }
        return Optional.of("converting " + from.sql() + " values to " + to.sql() + " can fail or lose information");
    }

    private static Optional<String> numericLoss(ColumnType from, ColumnType to) {
        if (to.precision() == null) {
            return Optional.empty();
        }
        if (from.precision() == null) {
            return Optional.of("unconstrained numeric values may not fit " + to.sql());
        }
        int oldScale = from.scale() == null ? 0 : from.scale();
        int newScale = to.scale() == null ? 0 : to.scale();
        if (newScale < oldScale) {
            return Optional.of("the scale goes down from " + oldScale + " to " + newScale + ", so values are rounded");
        }
        if (to.precision() - newScale < from.precision() - oldScale) {
            return Optional.of("fewer integer digits (" + (to.precision() - newScale) + " instead of "
                    + (from.precision() - oldScale) + ") make large values fail");
        }
        return Optional.empty();
    }

    private static boolean isCharacter(String name) {
        return name.equals("text") || name.equals("varchar") || name.equals("char");
    }

    private static boolean isTime(String name) {
        return name.equals("time") || name.equals("timetz") || name.equals("timestamp")
                || name.equals("timestamptz") || name.equals("interval");
    }

    /** Fractional-second digits; without a modifier PostgreSQL keeps microseconds (6). */
    private static int precisionOf(ColumnType type) {
        return type.precision() == null ? 6 : type.precision();
    }

    private static String describe(ColumnType from, ColumnType to) {
        return from.sql() + " -> " + to.sql();
    }
}
