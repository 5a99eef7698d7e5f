package dev.neonkit.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.neonkit.annotations.Column;
import dev.neonkit.annotations.CreatedAt;
import dev.neonkit.annotations.Id;
import dev.neonkit.annotations.Index;
import dev.neonkit.annotations.Indexes;
import dev.neonkit.annotations.Json;
import dev.neonkit.annotations.NeonEntity;
import dev.neonkit.annotations.References;
import dev.neonkit.annotations.RenamedFrom;
import dev.neonkit.annotations.Transient;
import dev.neonkit.annotations.UpdatedAt;
import dev.neonkit.annotations.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Turns a {@code @NeonEntity} type into an {@link EntityDescriptor}. It records what the source says, including what
 * is wrong with it (an unsupported type, a missing constructor); judging is the validator's job. This is the only
 * class that reads {@code javax.lang.model} to build the model.
 */
public final class EntityExtractor {

    private final Elements elements;
    private final Types types;
    private final AnnotationReader annotations;

    public EntityExtractor(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
        this.annotations = new AnnotationReader(elements);
    }

    /** Describes {@code type}, which carries {@code @NeonEntity}. */
    public EntityDescriptor extract(TypeElement type) {
        AnnotationMirror entity = AnnotationReader.find(type, NeonEntity.class).orElseThrow();
        List<PropertySource> sources = propertySources(type);
        List<PropertyDescriptor> properties = sources.stream().map(this::property).toList();
        Optional<Instantiation> instantiation = instantiation(type, sources);
        return new EntityDescriptor(
                type,
                ClassName.get(type),
                type.getQualifiedName().toString(),
                type.getSimpleName().toString(),
                elements.getPackageOf(type).getQualifiedName().toString(),
                annotations.string(entity, "table"),
                annotations.string(entity, "schema"),
                shape(type, instantiation.isPresent()),
                properties,
                annotations.repeated(type, Index.class, Indexes.class).stream().map(this::index).toList(),
                renamedFrom(type),
                instantiation.orElse(new Instantiation(Instantiation.Style.SETTERS, List.of())),
                transients(type));
    }

    /**
     * Where a property's annotations may sit: the record component or field, plus the accessor and the backing field
     * (both may carry {@code @Nullable}).
     */
    private record PropertySource(
            Element declaration, Element reportedOn, String name, TypeMirror type, List<Element> companions,
            Optional<String> accessor) {}

    private List<PropertySource> propertySources(TypeElement type) {
        if (type.getKind() == ElementKind.RECORD) {
            List<PropertySource> sources = new ArrayList<>();
            for (RecordComponentElement component : type.getRecordComponents()) {
                if (AnnotationReader.has(component, Transient.class)) {
                    continue;
                }
                List<Element> companions = new ArrayList<>();
                if (component.getAccessor() != null) {
                    companions.add(component.getAccessor());
                }
                Optional<VariableElement> field = instanceFields(type).stream()
                        .filter(candidate -> candidate.getSimpleName().contentEquals(component.getSimpleName()))
                        .findFirst();
                field.ifPresent(companions::add);
                // javac positions messages on a record's private field, not on the component element.
                sources.add(new PropertySource(component, field.map(Element.class::cast).orElse(component),
                        component.getSimpleName().toString(), component.asType(), companions,
                        Optional.of(component.getSimpleName().toString())));
            }
            return sources;
        }
        return instanceFields(type).stream()
                .filter(field -> !field.getModifiers().contains(Modifier.TRANSIENT))
                .filter(field -> !AnnotationReader.has(field, Transient.class))
                .map(field -> {
                    List<Element> accessors = classAccessors(type, field);
                    Optional<String> accessor = accessors.stream()
                            .filter(method -> !method.getModifiers().contains(Modifier.PRIVATE))
                            .filter(method -> !method.getModifiers().contains(Modifier.STATIC))
                            .map(method -> method.getSimpleName().toString())
                            .findFirst();
                    return new PropertySource(
                            field, field, field.getSimpleName().toString(), field.asType(), accessors, accessor);
                })
                .toList();
    }

    /** The annotations that describe a column, so mean nothing on a property left out of the table. */
    private static final List<Class<?>> COLUMN_ANNOTATIONS = List.of(Id.class, Column.class, References.class,
            Json.class, Version.class, CreatedAt.class, UpdatedAt.class, RenamedFrom.class);

    /** The {@code @Transient} components or fields, and {@code transient} fields, that carry column annotations. */
    private static List<TransientProperty> transients(TypeElement type) {
        List<? extends Element> candidates = type.getKind() == ElementKind.RECORD ? type.getRecordComponents()
                : instanceFields(type);
        List<TransientProperty> transients = new ArrayList<>();
        for (Element candidate : candidates) {
            boolean annotated = AnnotationReader.has(candidate, Transient.class);
            boolean keyword = candidate.getModifiers().contains(Modifier.TRANSIENT);
            List<String> columnAnnotations = COLUMN_ANNOTATIONS.stream()
                    .filter(annotation -> AnnotationReader.has(candidate, annotation))
                    .map(annotation -> "@" + annotation.getSimpleName())
                    .toList();
            if ((annotated || keyword) && !columnAnnotations.isEmpty()) {
                Element reportedOn = candidate instanceof RecordComponentElement component
                        ? instanceFields(type).stream()
                                .filter(field -> field.getSimpleName().contentEquals(component.getSimpleName()))
                                .map(Element.class::cast).findFirst().orElse(component)
                        : candidate;
                transients.add(new TransientProperty(reportedOn, candidate.getSimpleName().toString(),
                        annotated ? "@Transient" : "transient", columnAnnotations));
            }
        }
        return transients;
    }

    private static List<VariableElement> instanceFields(TypeElement type) {
        return ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
                .filter(field -> !field.getModifiers().contains(Modifier.STATIC))
                .toList();
    }

    /** The getters of a class field: {@code name()}, {@code getName()} or {@code isName()}. */
    private static List<Element> classAccessors(TypeElement type, VariableElement field) {
        String name = field.getSimpleName().toString();
        List<String> accessorNames = List.of(name, "get" + capitalized(name), "is" + capitalized(name));
        return ElementFilter.methodsIn(type.getEnclosedElements()).stream()
                .filter(method -> method.getParameters().isEmpty())
                .filter(method -> accessorNames.contains(method.getSimpleName().toString()))
                .map(method -> (Element) method)
                .toList();
    }

    private static String capitalized(String name) {
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    private PropertyDescriptor property(PropertySource source) {
        Element element = source.declaration();
        return new PropertyDescriptor(
                source.reportedOn(),
                source.name(),
                propertyType(source.type()),
                isNullable(source),
                source.type() instanceof ArrayType array
                        && AnnotationReader.hasSimpleName(array.getComponentType(), "Nullable"),
                AnnotationReader.find(element, Column.class).map(this::columnSettings).orElse(ColumnSettings.DEFAULTS),
                AnnotationReader.find(element, Id.class)
                        .map(id -> new IdDescriptor(annotations.enumConstant(id, "strategy", Id.Strategy.class))),
                AnnotationReader.find(element, References.class).map(this::reference),
                AnnotationReader.has(element, Json.class),
                AnnotationReader.has(element, Version.class),
                AnnotationReader.has(element, CreatedAt.class),
                AnnotationReader.has(element, UpdatedAt.class),
                renamedFrom(element),
                source.accessor());
    }

    /** A property is nullable when any annotation named {@code Nullable} sits on it, its type or a companion. */
    private static boolean isNullable(PropertySource source) {
        if (AnnotationReader.hasSimpleName(source.declaration(), "Nullable")
                || AnnotationReader.hasSimpleName(source.type(), "Nullable")) {
            return true;
        }
        for (Element companion : source.companions()) {
            TypeMirror companionType = companion instanceof ExecutableElement method ? method.getReturnType()
                    : companion.asType();
            if (AnnotationReader.hasSimpleName(companion, "Nullable")
                    || AnnotationReader.hasSimpleName(companionType, "Nullable")) {
                return true;
            }
        }
        return false;
    }

    private ColumnSettings columnSettings(AnnotationMirror column) {
        return new ColumnSettings(
                annotations.string(column, "name"),
                annotations.string(column, "type"),
                annotations.integer(column, "length"),
                annotations.integer(column, "precision"),
                annotations.integer(column, "scale"),
                annotations.bool(column, "unique"),
                annotations.string(column, "defaultSql"),
                annotations.string(column, "check"));
    }

    private ReferenceDescriptor reference(AnnotationMirror reference) {
        TypeMirror target = annotations.type(reference, "value");
        Element targetElement = types.asElement(target);
        String targetName = targetElement instanceof TypeElement typeElement
                ? typeElement.getQualifiedName().toString()
                : displayName(target);
        return new ReferenceDescriptor(
                targetName,
                targetElement != null && AnnotationReader.has(targetElement, NeonEntity.class),
                annotations.enumConstant(reference, "onDelete", References.Action.class),
                reference);
    }

    private IndexDescriptor index(AnnotationMirror index) {
        return new IndexDescriptor(
                annotations.string(index, "name"),
                annotations.list(index, "columns", String.class),
                annotations.bool(index, "unique"),
                annotations.string(index, "where"),
                index);
    }

    private Optional<String> renamedFrom(Element element) {
        return AnnotationReader.find(element, RenamedFrom.class).map(mirror -> annotations.string(mirror, "value"));
    }

    private EntityShape shape(TypeElement type, boolean usableConstructor) {
        boolean record = type.getKind() == ElementKind.RECORD;
        boolean classOrRecord = record || type.getKind() == ElementKind.CLASS;
        boolean innerClass = switch (type.getNestingKind()) {
            case TOP_LEVEL -> false;
            case MEMBER -> !type.getModifiers().contains(Modifier.STATIC) && !record;
            case LOCAL, ANONYMOUS -> true;
        };
        return new EntityShape(
                type.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' '),
                record,
                classOrRecord,
                type.getModifiers().contains(Modifier.ABSTRACT) && type.getKind() == ElementKind.CLASS,
                !type.getTypeParameters().isEmpty(),
                innerClass,
                usableConstructor);
    }

    /**
     * How a row becomes an instance: a record's canonical constructor (transient components included), else the
     * rule for classes; empty when a class follows neither.
     */
    private Optional<Instantiation> instantiation(TypeElement type, List<PropertySource> properties) {
        if (type.getKind() == ElementKind.RECORD) {
            List<Instantiation.Slot> slots = type.getRecordComponents().stream()
                    .map(component -> new Instantiation.Slot(
                            AnnotationReader.has(component, Transient.class) ? Optional.empty()
                                    : Optional.of(component.getSimpleName().toString()),
                            javaType(component.asType())))
                    .toList();
            return Optional.of(new Instantiation(Instantiation.Style.CONSTRUCTOR, slots));
        }
        List<Instantiation.Slot> slots = properties.stream()
                .map(property -> new Instantiation.Slot(Optional.of(property.name()), javaType(property.type())))
                .toList();
        if (hasAllPropertiesConstructor(type, properties)) {
            return Optional.of(new Instantiation(Instantiation.Style.CONSTRUCTOR, slots));
        }
        if (hasNoArgumentConstructorAndSetters(type, properties)) {
            return Optional.of(new Instantiation(Instantiation.Style.SETTERS, slots));
        }
        return Optional.empty();
    }

    private static TypeName javaType(TypeMirror type) {
        return TypeName.get(type).withoutAnnotations();
    }

    /**
     * The rule for classes: a non-private constructor taking every persistent property in declaration order, or a
     * non-private no-argument constructor plus a non-private {@code setName(value)} for every property.
     */
    private boolean hasAllPropertiesConstructor(TypeElement type, List<PropertySource> properties) {
        List<TypeMirror> propertyTypes = properties.stream().map(PropertySource::type).toList();
        for (ExecutableElement constructor : usableConstructors(type)) {
            List<TypeMirror> parameterTypes =
                    constructor.getParameters().stream().map(parameter -> parameter.asType()).toList();
            if (sameTypes(parameterTypes, propertyTypes)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasNoArgumentConstructorAndSetters(TypeElement type, List<PropertySource> properties) {
        boolean noArgConstructor =
                usableConstructors(type).stream().anyMatch(constructor -> constructor.getParameters().isEmpty());
        return noArgConstructor && properties.stream().allMatch(property -> hasSetter(type, property));
    }

    private static List<ExecutableElement> usableConstructors(TypeElement type) {
        return ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
                .filter(constructor -> !constructor.getModifiers().contains(Modifier.PRIVATE))
                .toList();
    }

    private boolean hasSetter(TypeElement type, PropertySource property) {
        String setterName = "set" + capitalized(property.name());
        return ElementFilter.methodsIn(type.getEnclosedElements()).stream()
                .filter(method -> method.getSimpleName().contentEquals(setterName))
                .filter(method -> !method.getModifiers().contains(Modifier.PRIVATE))
                .filter(method -> !method.getModifiers().contains(Modifier.STATIC))
                .filter(method -> method.getParameters().size() == 1)
                .anyMatch(method -> sameTypes(List.of(method.getParameters().get(0).asType()), List.of(property.type())));
    }

    private boolean sameTypes(List<TypeMirror> left, List<TypeMirror> right) {
        if (left.size() != right.size()) {
            return false;
        }
        for (int i = 0; i < left.size(); i++) {
            if (!types.isSameType(types.erasure(left.get(i)), types.erasure(right.get(i)))) {
                return false;
            }
        }
        return true;
    }

    private PropertyType propertyType(TypeMirror type) {
        String display = displayName(type);
        TypeName javaType = javaType(type);
        if (type.getKind().isPrimitive()) {
            return new PropertyType(JavaKind.ofPrimitive(type.getKind()), true, display, List.of(), javaType);
        }
        return switch (type.getKind()) {
            case ARRAY -> new PropertyType(arrayKind(((ArrayType) type).getComponentType()), false, display, List.of(),
                    javaType);
            case DECLARED -> declaredType((DeclaredType) type, display, javaType);
            default -> new PropertyType(JavaKind.UNSUPPORTED, false, display, List.of(), javaType);
        };
    }

    private static JavaKind arrayKind(TypeMirror component) {
        if (component.getKind().isPrimitive()) {
            return JavaKind.ofArray(Optional.of(component.getKind()), "");
        }
        return component.getKind() == TypeKind.DECLARED ? JavaKind.ofArray(Optional.empty(), qualifiedName(component))
                : JavaKind.UNSUPPORTED;
    }

    private PropertyType declaredType(DeclaredType type, String display, TypeName javaType) {
        TypeElement element = (TypeElement) type.asElement();
        if (element.getKind() == ElementKind.ENUM) {
            List<String> constants = element.getEnclosedElements().stream()
                    .filter(member -> member.getKind() == ElementKind.ENUM_CONSTANT)
                    .map(member -> member.getSimpleName().toString())
                    .toList();
            return new PropertyType(JavaKind.ENUM, false, display, constants, javaType);
        }
        String name = element.getQualifiedName().toString();
        JavaKind kind = name.equals("java.util.List") ? listKind(type) : JavaKind.ofClass(name);
        return new PropertyType(kind, false, display, List.of(), javaType);
    }

    private static JavaKind listKind(DeclaredType list) {
        if (list.getTypeArguments().size() != 1 || list.getTypeArguments().get(0).getKind() != TypeKind.DECLARED) {
            return JavaKind.UNSUPPORTED;
        }
        return JavaKind.ofList(qualifiedName(list.getTypeArguments().get(0)));
    }

    private static String qualifiedName(TypeMirror declared) {
        return ((TypeElement) ((DeclaredType) declared).asElement()).getQualifiedName().toString();
    }

    /** The type as a reader wrote it, without type annotations ({@code Map<String, Object>}, {@code int[]}). */
    private static String displayName(TypeMirror type) {
        return switch (type.getKind()) {
            case ARRAY -> displayName(((ArrayType) type).getComponentType()) + "[]";
            case DECLARED -> {
                DeclaredType declared = (DeclaredType) type;
                String name = declared.asElement().getSimpleName().toString();
                yield declared.getTypeArguments().isEmpty() ? name
                        : declared.getTypeArguments().stream().map(EntityExtractor::displayName)
                                .collect(Collectors.joining(", ", name + "<", ">"));
            }
            default -> type.getKind().isPrimitive() ? type.getKind().name().toLowerCase(Locale.ROOT) : type.toString();
        };
    }
}
