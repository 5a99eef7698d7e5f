package dev.neonkit.processor.generation;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.neonkit.processor.mapping.ColumnMapping;
import dev.neonkit.processor.mapping.EntityMapping;
import dev.neonkit.processor.mapping.TypeMapping;
import dev.neonkit.processor.model.JavaKind;
import dev.neonkit.schema.model.ForeignKey;
import dev.neonkit.schema.model.Index;
import dev.neonkit.schema.model.Table;
import dev.neonkit.schema.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code <Entity>Table}: a jOOQ {@code TableImpl} in the shape of jOOQ's own generated tables, with a
 * singleton constant named after the table, one typed {@code TableField} per column, and the primary key, unique
 * keys and foreign keys declared.
 */
public final class TableClassGenerator {

    static final ClassName RECORD = ClassName.get("org.jooq", "Record");
    private static final ClassName TABLE_IMPL = ClassName.get("org.jooq.impl", "TableImpl");
    private static final ClassName TABLE = ClassName.get("org.jooq", "Table");
    private static final ClassName TABLE_FIELD = ClassName.get("org.jooq", "TableField");
    private static final ClassName NAME = ClassName.get("org.jooq", "Name");
    private static final ClassName DSL = ClassName.get("org.jooq.impl", "DSL");
    private static final ClassName SQL_DATA_TYPE = ClassName.get("org.jooq.impl", "SQLDataType");
    private static final ClassName INTERNAL = ClassName.get("org.jooq.impl", "Internal");
    private static final ClassName UNIQUE_KEY = ClassName.get("org.jooq", "UniqueKey");
    private static final ClassName FOREIGN_KEY = ClassName.get("org.jooq", "ForeignKey");
    private static final ClassName CONVERTER = ClassName.get("org.jooq", "Converter");

    private TableClassGenerator() {
    }

    /** The generated table class of {@code mapping}'s entity. */
    public static ClassName className(EntityMapping mapping) {
        return ClassName.get(mapping.entity().packageName(), mapping.entity().simpleName() + "Table");
    }

    /** The singleton constant's name: the table name in upper case ({@code purchase_order} -> {@code PURCHASE_ORDER}). */
    public static String constantName(EntityMapping mapping) {
        return ColumnMapping.javaConstant(mapping.table().name().name(), ColumnMapping.TABLE_CLASS_NAMES);
    }

    /** The field of a column: its name in upper case. */
    static String fieldName(ColumnMapping column) {
        return column.constantName();
    }

    /**
     * The source of the table class.
     *
     * @param mapping  the entity
     * @param entities every entity of the compilation by qualified name, for foreign keys
     */
    public static JavaFile generate(EntityMapping mapping, Map<String, EntityMapping> entities) {
        ClassName self = className(mapping);
        Table table = mapping.table();
        ParameterizedTypeName tableOfRecord = ParameterizedTypeName.get(TABLE, RECORD);
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addJavadoc("The {@code $L} table of {@link $T}, for type-safe jOOQ queries.\n",
                        table.name().inDefaultSchema() ? table.name().name() : table.name().qualified(),
                        mapping.entity().className())
                .addAnnotation(GeneratedSources.generatedAnnotation())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(TABLE_IMPL, RECORD))
                .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL).initializer("1L").build())
                .addField(FieldSpec.builder(self, constantName(mapping), Modifier.PUBLIC, Modifier.STATIC,
                                Modifier.FINAL)
                        .addJavadoc("The table.\n")
                        .initializer("new $T()", self)
                        .build());
        for (ColumnMapping column : mapping.columns()) {
            type.addField(field(column));
        }
        CodeBlock schema = table.name().inDefaultSchema() && mapping.entity().schema().isEmpty()
                ? CodeBlock.of("null")
                : CodeBlock.of("$T.schema($T.name($S))", DSL, DSL, table.name().schema());
        type.addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addStatement("this($T.name($S), null)", DSL, table.name().name())
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(NAME, "alias")
                        .addParameter(tableOfRecord, "aliased")
                        .addStatement("super(alias, $L, aliased)", schema)
                        .build())
                .addMethod(MethodSpec.methodBuilder("getRecordType")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(Class.class), RECORD))
                        .addStatement("return $T.class", RECORD)
                        .build())
                .addMethod(MethodSpec.methodBuilder("getPrimaryKey")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(UNIQUE_KEY, RECORD))
                        .addStatement("return $L", uniqueKey(mapping, table.primaryKey().orElseThrow().name(),
                                table.primaryKey().orElseThrow().columns()))
                        .build())
                .addMethod(uniqueKeys(mapping))
                .addMethod(references(mapping, entities))
                .addMethod(MethodSpec.methodBuilder("as")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(String.class, "alias")
                        .returns(self)
                        .addStatement("return new $T($T.name(alias), this)", self, DSL)
                        .build())
                .addMethod(MethodSpec.methodBuilder("as")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(NAME, "alias")
                        .returns(self)
                        .addStatement("return new $T(alias, this)", self)
                        .build());
        return GeneratedSources.file(mapping, type.build());
    }

    private static FieldSpec field(ColumnMapping column) {
        TypeName fieldType = ParameterizedTypeName.get(TABLE_FIELD, RECORD, column.type().jooqValue());
        return FieldSpec.builder(fieldType, fieldName(column), Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("{@code $L $L}\n", column.name(), column.sqlType()
                        + (column.column().nullable() ? "" : " NOT NULL"))
                .initializer("createField($T.name($S), $L, this, $S)", DSL, column.name(), dataType(column), "")
                .build();
    }

    /** The jOOQ data type expression of a column, e.g. {@code SQLDataType.VARCHAR(320).nullable(false)}. */
    private static CodeBlock dataType(ColumnMapping column) {
        TypeMapping mapped = column.type();
        CodeBlock.Builder type = CodeBlock.builder().add("$T.$L", SQL_DATA_TYPE, mapped.jooqType());
        var columnType = column.column().type();
        if (mapped.jooqType().equals("VARCHAR") && columnType.precision() != null) {
            type.add("($L)", columnType.precision());
        } else if (mapped.jooqType().equals("NUMERIC") && columnType.precision() != null) {
            type.add("($L, $L)", columnType.precision(), columnType.scale() == null ? 0 : columnType.scale());
        }
        if (mapped.jooqArray()) {
            type.add(".array()");
        }
        if (!column.column().nullable()) {
            type.add(".nullable(false)");
        }
        if (column.column().identity()) {
            type.add(".identity(true)");
        }
        if (column.property().type().kind() == JavaKind.ENUM) {
            TypeName enumType = mapped.jooqValue();
            type.add(".asConvertedDataType($T.ofNullable($T.class, $T.class, $T::valueOf, $T::name))",
                    CONVERTER, String.class, enumType, enumType, enumType);
        }
        return type.build();
    }

    private static MethodSpec uniqueKeys(EntityMapping mapping) {
        List<CodeBlock> keys = new ArrayList<>();
        for (UniqueConstraint unique : mapping.table().uniqueConstraints()) {
            keys.add(uniqueKey(mapping, unique.name(), unique.columns()));
        }
        for (Index index : mapping.table().indexes()) {
            if (index.unique() && index.where().isEmpty()) {
                keys.add(uniqueKey(mapping, index.name(), index.columns()));
            }
        }
        return MethodSpec.methodBuilder("getUniqueKeys")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), ParameterizedTypeName.get(UNIQUE_KEY, RECORD)))
                .addStatement("return $T.of($L)", List.class, listOf(keys))
                .build();
    }

    private static MethodSpec references(EntityMapping mapping, Map<String, EntityMapping> entities) {
        List<CodeBlock> keys = new ArrayList<>();
        for (ForeignKey foreignKey : mapping.table().foreignKeys()) {
            ColumnMapping column = columnNamed(mapping, foreignKey.columns().get(0));
            EntityMapping target = entities.get(column.property().reference().orElseThrow().targetName());
            ClassName targetTable = className(target);
            String targetField = fieldName(columnNamed(target, foreignKey.referencedColumns().get(0)));
            keys.add(CodeBlock.of("$T.createForeignKey(this, $T.name($S), new $T[] { $L }, $T.$L.getPrimaryKey(), "
                            + "new $T[] { $T.$L.$L }, true)", INTERNAL, DSL, foreignKey.name(), TABLE_FIELD,
                    fieldName(column), targetTable, constantName(target), TABLE_FIELD, targetTable, constantName(target),
                    targetField));
        }
        TypeName foreignKeyType = ParameterizedTypeName.get(FOREIGN_KEY, RECORD, WildcardTypeName.subtypeOf(Object.class));
        MethodSpec.Builder method = MethodSpec.methodBuilder("getReferences")
                .addAnnotation(Override.class);
        if (!keys.isEmpty()) {
            // jOOQ's non-deprecated factory takes arrays of TableField, which Java cannot create with type arguments.
            method.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "{$S, $S}", "rawtypes", "unchecked")
                    .build());
        }
        return method
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), foreignKeyType))
                .addStatement("return $T.of($L)", List.class, listOf(keys))
                .build();
    }

    private static CodeBlock uniqueKey(EntityMapping mapping, String name, List<String> columns) {
        CodeBlock fields = columns.stream()
                .map(column -> CodeBlock.of("$L", fieldName(columnNamed(mapping, column))))
                .collect(CodeBlock.joining(", "));
        return CodeBlock.of("$T.createUniqueKey(this, $T.name($S), $L)", INTERNAL, DSL, name, fields);
    }

    private static CodeBlock listOf(List<CodeBlock> elements) {
        if (elements.isEmpty()) {
            return CodeBlock.of("");
        }
        return CodeBlock.of("\n$>$L$<", CodeBlock.join(elements, ",\n"));
    }

    private static ColumnMapping columnNamed(EntityMapping mapping, String name) {
        return mapping.columns().stream().filter(column -> column.name().equals(name)).findFirst().orElseThrow();
    }
}
