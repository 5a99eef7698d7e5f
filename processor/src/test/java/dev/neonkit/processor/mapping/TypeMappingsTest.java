package dev.neonkit.processor.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.neonkit.processor.model.ColumnSettings;
import dev.neonkit.processor.model.JavaKind;
import dev.neonkit.processor.model.PropertyDescriptor;
import dev.neonkit.processor.model.PropertyType;
import dev.neonkit.runtime.generated.ValueCodec;
import dev.neonkit.runtime.generated.ValueCodecs;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;

/**
 * The mapping table covers every Java kind, and names codecs and jOOQ types that exist. {@link TypeMappings} is a
 * switch over {@link JavaKind} without a default, so a kind without a row does not compile; these tests check that
 * what each row names is really there, and that the runtime has no codec the table never uses.
 */
class TypeMappingsTest {

    /** A stand-in for the property's element: the mapping stage never looks at it. */
    private static final Element NO_ELEMENT = (Element) Proxy.newProxyInstance(Element.class.getClassLoader(),
            new Class<?>[] {Element.class}, (proxy, method, args) -> {
                throw new UnsupportedOperationException("the mapping stage does not read elements");
            });

    @Test
    void everyKindHasARowWhoseCodecAndJooqTypeExist() throws ReflectiveOperationException {
        for (PropertyDescriptor property : onePropertyPerRow()) {
            TypeMapping row = TypeMappings.of(property);
            String what = property.type().displayName() + (property.json() ? " @Json" : "");
            if (property.type().kind() == JavaKind.ENUM) {
                assertEquals(Optional.of(property.type().javaType()), row.codec().enumType(), what);
                assertEquals(ValueCodecRef.ENUM_FACTORY, row.codec().field(), what);
                assertTrue(Modifier.isStatic(ValueCodecs.class.getMethod(row.codec().field(), Class.class)
                        .getModifiers()), what);
            } else {
                Field codec = ValueCodecs.class.getField(row.codec().field());
                assertTrue(Modifier.isStatic(codec.getModifiers()) && Modifier.isFinal(codec.getModifiers()), what);
                assertEquals(ValueCodec.class, codec.getType(), what);
            }
            Field jooq = SQLDataType.class.getField(row.jooqType());
            assertTrue(Modifier.isStatic(jooq.getModifiers()), what);
            assertEquals(property.type().kind().isArray(), row.jooqArray(), what);
        }
    }

    @Test
    void everyRuntimeCodecIsNamedByARow() {
        Set<String> named = onePropertyPerRow().stream()
                .map(property -> TypeMappings.of(property).codec())
                .filter(codec -> codec.enumType().isEmpty())
                .map(ValueCodecRef::field)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> provided = Arrays.stream(ValueCodecs.class.getFields())
                .filter(field -> field.getType() == ValueCodec.class)
                .map(Field::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(provided, named);
    }

    @Test
    void columnTypeOverridesTheDefaultAndDecidesTheJooqTypeOfStrings() {
        ColumnSettings varchar = new ColumnSettings("", "varchar(12)", 0, 0, 0, false, "", "");
        TypeMapping row = TypeMappings.of(property(JavaKind.STRING, TypeName.get(String.class), false, varchar));
        assertEquals("varchar(12)", row.sqlType().sql());
        assertEquals("VARCHAR", row.jooqType());
        assertEquals("text", TypeMappings.of(property(JavaKind.STRING, TypeName.get(String.class), false,
                ColumnSettings.DEFAULTS)).sqlType().sql());
    }

    /** One property per row: every kind, plus {@code @Json String} and the {@code List} form of each array kind. */
    private static List<PropertyDescriptor> onePropertyPerRow() {
        List<PropertyDescriptor> properties = new ArrayList<>();
        for (JavaKind kind : JavaKind.values()) {
            if (kind == JavaKind.UNSUPPORTED) {
                continue;
            }
            properties.add(property(kind, arrayType(kind), false, ColumnSettings.DEFAULTS));
            if (kind.isArray()) {
                properties.add(property(kind, listType(kind), false, ColumnSettings.DEFAULTS));
            }
        }
        properties.add(property(JavaKind.STRING, TypeName.get(String.class), true, ColumnSettings.DEFAULTS));
        return properties;
    }

    private static TypeName arrayType(JavaKind kind) {
        return switch (kind) {
            case STRING_ARRAY -> ArrayTypeName.of(String.class);
            case LONG_ARRAY -> ArrayTypeName.of(long.class);
            case INT_ARRAY -> ArrayTypeName.of(int.class);
            case ENUM -> ClassName.get("shop", "Status");
            default -> ClassName.get("example", kind.name());
        };
    }

    private static TypeName listType(JavaKind kind) {
        TypeName element = switch (kind) {
            case STRING_ARRAY -> ClassName.get(String.class);
            case LONG_ARRAY -> ClassName.get(Long.class);
            default -> ClassName.get(Integer.class);
        };
        return ParameterizedTypeName.get(ClassName.get(List.class), element);
    }

    private static PropertyDescriptor property(JavaKind kind, TypeName javaType, boolean json, ColumnSettings column) {
        List<String> constants = kind == JavaKind.ENUM ? List.of("NEW", "PAID") : List.of();
        PropertyType type = new PropertyType(kind, false, javaType.toString(), constants, javaType);
        return new PropertyDescriptor(NO_ELEMENT, "status", type, false, false, column, Optional.empty(), Optional.empty(),
                json, false, false, false, Optional.empty(), Optional.of("status"));
    }
}
