package dev.neonkit.processor.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The Java types a property may have, each of which maps to one PostgreSQL type. */
public enum JavaKind {
    BOOLEAN("boolean/Boolean"),
    SHORT("short/Short"),
    INT("int/Integer"),
    LONG("long/Long"),
    FLOAT("float/Float"),
    DOUBLE("double/Double"),
    BIG_DECIMAL("BigDecimal"),
    STRING("String"),
    UUID("UUID"),
    INSTANT("Instant"),
    OFFSET_DATE_TIME("OffsetDateTime"),
    LOCAL_DATE_TIME("LocalDateTime"),
    LOCAL_DATE("LocalDate"),
    LOCAL_TIME("LocalTime"),
    BYTES("byte[]"),
    ENUM("any enum"),
    STRING_ARRAY("String[]/List<String>"),
    LONG_ARRAY("long[]/List<Long>"),
    INT_ARRAY("int[]/List<Integer>"),
    /** A type neonkit cannot map; always reported as an error. */
    UNSUPPORTED("");

    private final String javaSpelling;

    JavaKind(String javaSpelling) {
        this.javaSpelling = javaSpelling;
    }

    /** The list printed when a property has an unsupported type. */
    public static String supportedTypes() {
        return Arrays.stream(values())
                .filter(kind -> kind != UNSUPPORTED)
                .map(kind -> kind.javaSpelling)
                .collect(Collectors.joining(", "));
    }

    /** Whether the database can generate a key of this kind by identity. */
    public boolean isIntegral() {
        return this == INT || this == LONG;
    }
}
