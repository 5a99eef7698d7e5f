package dev.neonkit.schema.model;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column's SQL type in one canonical spelling, so a type written in an annotation and the same type read back
 * from PostgreSQL's catalog compare equal.
 *
 * <p>Canonical names are PostgreSQL's short forms: {@code smallint}, {@code integer}, {@code bigint}, {@code real},
 * {@code double precision}, {@code numeric}, {@code boolean}, {@code text}, {@code varchar}, {@code char},
 * {@code bit}, {@code varbit}, {@code bytea}, {@code date}, {@code time}, {@code timetz}, {@code timestamp},
 * {@code timestamptz}, {@code interval}, {@code uuid}, {@code json}, {@code jsonb} and so on. Other names (an enum
 * type, an extension type such as {@code citext}) are kept as written, in lower case.
 *
 * @param name      canonical base type name, lower case, without modifiers or array brackets
 * @param precision the first type modifier, or {@code null}: the length of {@code varchar}/{@code char}/{@code bit}
 *                  types, the precision of {@code numeric}, the fractional-second digits of time types
 * @param scale     the scale of {@code numeric}, or {@code null}; only present together with {@code precision}
 * @param array     whether the column holds an array of this type ({@code text[]})
 */
public record ColumnType(String name, Integer precision, Integer scale, boolean array) {

    /** Types whose only modifier is a length. */
    private static final Set<String> LENGTH_TYPES = Set.of("varchar", "char", "bit", "varbit");
    /** Types whose only modifier is the number of fractional-second digits (0 to 6). */
    private static final Set<String> FRACTIONAL_SECOND_TYPES =
            Set.of("time", "timetz", "timestamp", "timestamptz", "interval");
    /** Built-in types that take no modifier at all. */
    private static final Set<String> PLAIN_TYPES = Set.of(
            "smallint", "integer", "bigint", "real", "double precision", "boolean", "text", "bytea", "date",
            "uuid", "json", "jsonb", "inet", "cidr", "macaddr", "macaddr8", "money", "xml", "tsvector", "tsquery",
            "oid", "point", "line", "lseg", "box", "path", "polygon", "circle", "int4range", "int8range",
            "numrange", "tsrange", "tstzrange", "daterange", "pg_lsn");

    /** Catalog and SQL-standard spellings mapped to the canonical name. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("int2", "smallint"),
            Map.entry("int8", "bigint"), Map.entry("float4", "real"), Map.entry("float8", "double precision"),
            Map.entry("decimal", "numeric"), Map.entry("bool", "boolean"),
            Map.entry("character varying", "varchar"), Map.entry("character", "char"), Map.entry("bpchar", "char"),
            Map.entry("bit varying", "varbit"),
            Map.entry("timestamp without time zone", "timestamp"),
            Map.entry("timestamp with time zone", "timestamptz"),
            Map.entry("time without time zone", "time"), Map.entry("time with time zone", "timetz"));

    /** Pseudo-types that only exist in CREATE TABLE shorthand, with what to write instead. */
    private static final Map<String, String> SERIAL_TYPES = Map.of(
            "serial", "integer", "serial4", "integer", "smallserial", "smallint", "serial2", "smallint",
            "bigserial", "bigint", "serial8", "bigint");

    /** PostgreSQL's limit for varchar/char/bit lengths. */
    private static final int MAX_LENGTH = 10_485_760;
    /** PostgreSQL's limit for numeric precision. */
    private static final int MAX_NUMERIC_PRECISION = 1000;

    private static final Pattern ARRAY_SUFFIX = Pattern.compile("(\\s*\\[\\s*\\d*\\s*\\])+$");
    private static final Pattern TIME_ZONE_FORM = Pattern.compile(
            "^(timestamp|time)\\s*(?:\\(\\s*(\\d+)\\s*\\))?\\s+(with|without) time zone$");
    private static final Pattern GENERAL_FORM = Pattern.compile(
            "^([a-z_][a-z0-9_$]*(?:\\s+[a-z_][a-z0-9_$]*)*(?:\\.[a-z_][a-z0-9_$]*)?)"
                    + "\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?$");

    /** Validates the components; see the class comment for the rules. */
    public ColumnType {
        Objects.requireNonNull(name, "type name");
        if (!name.equals(name.toLowerCase(Locale.ROOT)) || name.isBlank() || !name.strip().equals(name)) {
            throw new IllegalArgumentException("type name '" + name
                    + "' must be a canonical lower-case name; use ColumnType.parse to read any other spelling");
        }
        if (ALIASES.containsKey(name)) {
            throw new IllegalArgumentException("type name '" + name + "' is not canonical; write '"
                    + ALIASES.get(name) + "' (ColumnType.parse maps it for you)");
        }
        if (SERIAL_TYPES.containsKey(name)) {
            throw new IllegalArgumentException("'" + name + "' is not a type but CREATE TABLE shorthand; use '"
                    + SERIAL_TYPES.get(name) + "' with an identity column instead");
        }
        if (scale != null && precision == null) {
            throw new IllegalArgumentException(name + ": a scale needs a precision");
        }
        if (precision != null) {
            if (PLAIN_TYPES.contains(name)) {
                throw new IllegalArgumentException("type " + name + " takes no modifier, but got (" + precision
                        + (scale == null ? "" : "," + scale) + ")");
            }
            if (LENGTH_TYPES.contains(name) && (precision < 1 || precision > MAX_LENGTH || scale != null)) {
                throw new IllegalArgumentException(
                        name + " takes one length between 1 and " + MAX_LENGTH + ", got " + describe(precision, scale));
            }
            if (FRACTIONAL_SECOND_TYPES.contains(name) && (precision < 0 || precision > 6 || scale != null)) {
                throw new IllegalArgumentException(
                        name + " takes one fractional-second precision between 0 and 6, got "
                                + describe(precision, scale));
            }
            if (name.equals("numeric")) {
                if (precision < 1 || precision > MAX_NUMERIC_PRECISION) {
                    throw new IllegalArgumentException(
                            "numeric precision must be between 1 and " + MAX_NUMERIC_PRECISION + ", got " + precision);
                }
                if (scale != null && (scale < 0 || scale > precision)) {
                    throw new IllegalArgumentException(
                            "numeric scale must be between 0 and the precision " + precision + ", got " + scale);
                }
            }
            if (precision < 0 || (scale != null && scale < 0)) {
                throw new IllegalArgumentException(name + ": type modifiers must not be negative");
            }
        }
    }

    /** A type without modifiers, such as {@code text} or {@code bigint}; {@code name} must be canonical. */
    public static ColumnType of(String name) {
        return new ColumnType(name, null, null, false);
    }

    /** A type with one modifier: {@code varchar(100)}, {@code timestamptz(3)}, {@code numeric(10)}. */
    public static ColumnType of(String name, int precision) {
        return new ColumnType(name, precision, null, false);
    }

    /** A {@code numeric(precision, scale)}-style type with two modifiers. */
    public static ColumnType of(String name, int precision, int scale) {
        return new ColumnType(name, precision, scale, false);
    }

    /** This type as an array element type: {@code text} becomes {@code text[]}. */
    public ColumnType asArray() {
        return new ColumnType(name, precision, scale, true);
    }

    /** The element type of an array type, or this type itself when it is not an array. */
    public ColumnType elementType() {
        return new ColumnType(name, precision, scale, false);
    }

    /** Whether {@code name} is one of the built-in PostgreSQL types this class knows. */
    public boolean isBuiltIn() {
        return PLAIN_TYPES.contains(name) || LENGTH_TYPES.contains(name) || FRACTIONAL_SECOND_TYPES.contains(name)
                || name.equals("numeric");
    }

    /** The canonical SQL text: {@code varchar(100)}, {@code numeric(12,2)}, {@code text[]}, {@code timestamptz}. */
    public String sql() {
        StringBuilder sql = new StringBuilder(name);
        if (precision != null) {
            sql.append('(').append(precision);
            if (scale != null) {
                sql.append(',').append(scale);
            }
            sql.append(')');
        }
        if (array) {
            sql.append("[]");
        }
        return sql.toString();
    }

    @Override
    public String toString() {
        return sql();
    }

    /**
     * Reads a type from SQL text in any spelling PostgreSQL accepts or prints: {@code VARCHAR(100)},
     * {@code character varying(100)}, {@code timestamp(3) with time zone}, {@code int4}, {@code _int4} (the
     * catalog's name for {@code integer[]}), {@code numeric(12, 2)}, {@code text[]}. Multi-dimensional array
     * brackets ({@code int[][]}) read as one array flag, as PostgreSQL itself does not enforce dimensions.
     *
     * @throws IllegalArgumentException when the text is not a type, naming the text and the accepted forms
     */
    public static ColumnType parse(String sqlText) {
        Objects.requireNonNull(sqlText, "type text");
        String text = sqlText.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        boolean array = false;
        Matcher arraySuffix = ARRAY_SUFFIX.matcher(text);
        if (arraySuffix.find()) {
            array = true;
            text = text.substring(0, arraySuffix.start()).strip();
        } else if (text.startsWith("_") && text.length() > 1) {
            String spelled = text.substring(1);
            String element = canonicalName(spelled);
            if (!element.equals(spelled) || isKnown(element)) {
                array = true;
                text = text.substring(1);
            }
        }
        Matcher timeZone = TIME_ZONE_FORM.matcher(text);
        if (timeZone.matches()) {
            String base = timeZone.group(1) + (timeZone.group(3).equals("with") ? "tz" : "");
            Integer precision = timeZone.group(2) == null ? null : parseModifier(timeZone.group(2), sqlText);
            return new ColumnType(base, precision, null, array);
        }
        Matcher general = GENERAL_FORM.matcher(text);
        if (!general.matches()) {
            throw new IllegalArgumentException("'" + sqlText + "' is not a SQL type; expected a type name with"
                    + " optional modifiers and array brackets, such as varchar(100), numeric(12,2) or text[]");
        }
        String base = canonicalName(general.group(1));
        Integer precision = general.group(2) == null ? null : parseModifier(general.group(2), sqlText);
        Integer scale = general.group(3) == null ? null : parseModifier(general.group(3), sqlText);
        if (base.equals("float")) {
            // SQL's float(p) is real up to 24 binary digits of precision and double precision above.
            base = precision != null && precision <= 24 ? "real" : "double precision";
            precision = null;
            scale = null;
        }
        if (base.equals("char") && precision == null) {
            // A bare char means char(1) in PostgreSQL; the catalog always prints the length.
            precision = 1;
        }
        return new ColumnType(base, precision, scale, array);
    }

    private static String canonicalName(String spelled) {
        return ALIASES.getOrDefault(spelled, spelled);
    }

    private static boolean isKnown(String canonical) {
        return of(canonical).isBuiltIn() || canonical.equals("char") || canonical.equals("varchar");
    }

    private static int parseModifier(String digits, String sqlText) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("type modifier " + digits + " in '" + sqlText + "' is too large");
        }
    }

    private static String describe(Integer precision, Integer scale) {
        return "(" + precision + (scale == null ? "" : "," + scale) + ")";
    }
}
