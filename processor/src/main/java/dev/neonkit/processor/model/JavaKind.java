package dev.neonkit.processor.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.lang.model.type.TypeKind;

/**
 * The Java types a property may have, and how each is written in Java: its primitive, its class, or, for the array
 * kinds, its element. {@link EntityExtractor} recognises a property's kind here; the SQL type, jOOQ type and value
 * codec of each kind are the mapping stage's table ({@code dev.neonkit.processor.mapping.TypeMappings}).
 */
public enum JavaKind {
    BOOLEAN("boolean/Boolean", TypeKind.BOOLEAN, "java.lang.Boolean"),
    SHORT("short/Short", TypeKind.SHORT, "java.lang.Short"),
    INT("int/Integer", TypeKind.INT, "java.lang.Integer"),
    LONG("long/Long", TypeKind.LONG, "java.lang.Long"),
    FLOAT("float/Float", TypeKind.FLOAT, "java.lang.Float"),
    DOUBLE("double/Double", TypeKind.DOUBLE, "java.lang.Double"),
    BIG_DECIMAL("BigDecimal", null, "java.math.BigDecimal"),
    STRING("String", null, "java.lang.String"),
    UUID("UUID", null, "java.util.UUID"),
    INSTANT("Instant", null, "java.time.Instant"),
    OFFSET_DATE_TIME("OffsetDateTime", null, "java.time.OffsetDateTime"),
    LOCAL_DATE_TIME("LocalDateTime", null, "java.time.LocalDateTime"),
    LOCAL_DATE("LocalDate", null, "java.time.LocalDate"),
    LOCAL_TIME("LocalTime", null, "java.time.LocalTime"),
    /** {@code byte[]} only: there is no byte kind, and no {@code List<Byte>}. */
    BYTES("byte[]", null, null),
    ENUM("any enum", null, null),
    /** {@code String[]} or {@code List<String>}. */
    STRING_ARRAY("String[]/List<String>", STRING),
    /** {@code long[]} or {@code List<Long>} (not {@code Long[]}). */
    LONG_ARRAY("long[]/List<Long>", LONG),
    /** {@code int[]} or {@code List<Integer>} (not {@code Integer[]}). */
    INT_ARRAY("int[]/List<Integer>", INT),
    /** A type neonkit cannot map; always reported as an error. */
    UNSUPPORTED("", null, null);

    private final String javaSpelling;
    /** The primitive of this kind, if it has one. */
    private final TypeKind primitive;
    /** The qualified name of its class (the boxed one for a primitive), if it is one class. */
    private final String className;
    /** For an array kind, the kind of its elements. */
    private final JavaKind element;

    JavaKind(String javaSpelling, TypeKind primitive, String className) {
        this.javaSpelling = javaSpelling;
        this.primitive = primitive;
        this.className = className;
        this.element = null;
    }

    JavaKind(String javaSpelling, JavaKind element) {
        this.javaSpelling = javaSpelling;
        this.primitive = null;
        this.className = null;
        this.element = element;
    }

    /** The kind of a primitive type, {@link #UNSUPPORTED} for {@code char}. */
    public static JavaKind ofPrimitive(TypeKind primitive) {
        return find(kind -> kind.element == null && kind.primitive == primitive);
    }

    /** The kind of a class that is not an enum and not a {@code List}: {@code java.util.UUID} is {@link #UUID}. */
    public static JavaKind ofClass(String qualifiedName) {
        return find(kind -> kind.element == null && qualifiedName.equals(kind.className));
    }

    /**
     * The kind of an array: of the primitive {@code component} ({@code byte[]}, {@code long[]}, {@code int[]}), or
     * else of the class {@code componentClass} ({@code String[]}).
     */
    public static JavaKind ofArray(Optional<TypeKind> component, String componentClass) {
        if (component.equals(Optional.of(TypeKind.BYTE))) {
            return BYTES;
        }
        return find(kind -> kind.element != null && (component.isPresent()
                ? kind.element.primitive == component.get()
                : kind.element.primitive == null && componentClass.equals(kind.element.className)));
    }

    /** The kind of a {@code java.util.List} of {@code elementClass}: {@code List<Long>} is {@link #LONG_ARRAY}. */
    public static JavaKind ofList(String elementClass) {
        return find(kind -> kind.element != null && elementClass.equals(kind.element.className));
    }

    private static JavaKind find(Predicate<JavaKind> matches) {
        return Arrays.stream(values()).filter(matches).findFirst().orElse(UNSUPPORTED);
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

    /** Whether this is an array kind, held in a Java array or a {@code java.util.List}. */
    public boolean isArray() {
        return element != null;
    }
}
