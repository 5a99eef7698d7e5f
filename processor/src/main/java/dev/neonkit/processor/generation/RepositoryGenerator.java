package dev.neonkit.processor.generation;

import com.palantir.javapoet.ArrayTypeName;
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
import dev.neonkit.processor.mapping.ValueCodecRef;
import dev.neonkit.processor.model.EntityDescriptor;
import dev.neonkit.processor.model.IndexDescriptor;
import dev.neonkit.processor.model.Instantiation;
import dev.neonkit.processor.model.PropertyDescriptor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code <Entity>Repository}: one short method per operation, each one statement (one round trip) whose
 * SQL is a constant rendered by {@link RepositorySql}; per call the method only binds, executes and maps, through
 * the runtime's {@code StatementRunner} and one {@code ColumnCodec} constant per column, which names the column
 * when it refuses a value. Rows become entities in generated code, without reflection.
 */
public final class RepositoryGenerator {

    private static final ClassName NEON_DATABASE = RuntimeApi.NEON_DATABASE;
    private static final ClassName ACCESS = RuntimeApi.ACCESS;
    private static final ClassName OPTIMISTIC_LOCK = RuntimeApi.OPTIMISTIC_LOCK;
    private static final ClassName RUNNER = RuntimeApi.STATEMENT_RUNNER;
    private static final ClassName CODECS = RuntimeApi.VALUE_CODECS;
    private static final ClassName BINDER = RuntimeApi.PARAMETER_BINDER;
    private static final ClassName CONDITION = ClassName.get("org.jooq", "Condition");
    private static final ClassName DSL_CONTEXT = ClassName.get("org.jooq", "DSLContext");
    private static final ClassName ORDER_FIELD = ClassName.get("org.jooq", "OrderField");
    private static final ClassName PREPARED_STATEMENT = ClassName.get("java.sql", "PreparedStatement");
    private static final ClassName RESULT_SET = ClassName.get("java.sql", "ResultSet");
    private static final ClassName SQL_EXCEPTION = ClassName.get("java.sql", "SQLException");

    private final EntityMapping mapping;
    private final EntityDescriptor entity;
    private final RepositorySql sql;
    private final ClassName entityType;
    private final ClassName self;
    private final ClassName table;
    private final ColumnMapping id;
    private final TypeName idType;

    private RepositoryGenerator(EntityMapping mapping) {
        this.mapping = mapping;
        this.entity = mapping.entity();
        this.sql = new RepositorySql(mapping);
        this.entityType = entity.className();
        this.self = ClassName.get(entity.packageName(), entity.simpleName() + "Repository");
        this.table = TableClassGenerator.className(mapping);
        this.id = mapping.id();
        this.idType = id.property().type().javaType();
    }

    /** The source of {@code mapping}'s repository. */
    public static JavaFile generate(EntityMapping mapping) {
        return new RepositoryGenerator(mapping).file();
    }

    private JavaFile file() {
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addJavadoc("""
                        Reads and writes {@link $T} rows of {@code $L}.

                        <p>Each method runs one statement, one round trip, on a connection of the {@link $T} it was
                        built with: the current transaction's inside {@code database.transaction(...)}, else the read
                        pool for reads and the primary for writes. Failures are thrown as
                        {@code dev.neonkit.runtime.DatabaseException}; a value its column cannot hold (text with a NUL
                        character, a timestamp outside PostgreSQL's range) is refused before anything is sent, as
                        {@code dev.neonkit.runtime.UnstorableValueException}, which names the column.
                        """, entityType, tableName(), NEON_DATABASE)
                .addAnnotation(GeneratedSources.generatedAnnotation())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        addSqlConstants(type);
        // Before the codecs: class initialisation runs in this order, and a runtime of another generated-code API
        // must fail here, with the versions named, not in a codec's NoSuchFieldError.
        type.addField(FieldSpec.builder(TypeName.INT, "GENERATED_CODE_API", Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.require($L, $T.class)", RuntimeApi.GENERATED_CODE_API, RuntimeApi.VERSION, self)
                .build());
        addColumnCodecs(type);
        type.addField(FieldSpec.builder(RUNNER, "statements", Modifier.PRIVATE, Modifier.FINAL).build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("A repository on {@code database}.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(NEON_DATABASE, "database")
                        .addStatement("this.statements = new $T(database)", RUNNER)
                        .build());
        type.addMethod(insert())
                .addMethod(insertAll())
                .addMethod(findById())
                .addMethod(findAllById())
                .addMethod(existsById())
                .addMethod(count())
                .addMethod(update())
                .addMethod(upsert())
                .addMethod(deleteById())
                .addMethod(delete());
        finders().forEach(type::addMethod);
        type.addMethod(findPage())
                .addMethod(findPageAfter())
                .addMethod(streamAll())
                .addMethod(find())
                .addMethod(findOrdered())
                .addMethod(countWhere())
                .addMethod(dsl())
                .addMethod(map())
                .addMethod(bindInsert())
                .addMethod(insertAllTexts())
                .addMethod(bindUpdate())
                .addMethod(bindUpsert());
        return GeneratedSources.file(mapping, type.build());
    }

    // ---- SQL

    private void addSqlConstants(TypeSpec.Builder type) {
        constant(type, "INSERT", sql.insert());
        constant(type, "INSERT_ALL", sql.insertAll());
        type.addField(FieldSpec.builder(int.class, "INSERT_ALL_COLUMNS", Modifier.STATIC, Modifier.FINAL)
                .initializer("$L", sql.insertParameters().size())
                .build());
        constant(type, "FIND_BY_ID", sql.findById());
        constant(type, "FIND_ALL_BY_ID", sql.findAllById());
        constant(type, "EXISTS_BY_ID", sql.existsById());
        constant(type, "COUNT", sql.count());
        constant(type, "UPDATE", sql.update());
        constant(type, "UPSERT", sql.upsert());
        constant(type, "DELETE_BY_ID", sql.deleteById());
        if (mapping.version().isPresent()) {
            constant(type, "DELETE_VERSION", sql.delete());
        }
        for (Finder finder : finderProperties()) {
            constant(type, finderConstant(finder.column()), sql.findBy(finder.column()));
        }
        constant(type, "FIND_PAGE", sql.findPage());
        constant(type, "FIND_PAGE_AFTER", sql.findPageAfter());
        constant(type, "STREAM_ALL", sql.streamAll());
    }

    /**
     * One named codec per column, {@code DUE_AT_COLUMN = ColumnCodec.of("due_at", ValueCodecs.INSTANT)}, so that a
     * value the column cannot hold is refused naming the column.
     */
    private void addColumnCodecs(TypeSpec.Builder type) {
        for (ColumnMapping column : mapping.columns()) {
            ValueCodecRef codec = column.codec();
            CodeBlock valueCodec = codec.enumType().isPresent()
                    ? CodeBlock.of("$T.$L($T.class)", CODECS, codec.field(), codec.enumType().get())
                    : CodeBlock.of("$T.$L", CODECS, codec.field());
            TypeName valueType = column.property().type().javaType().box();
            type.addField(FieldSpec.builder(ParameterizedTypeName.get(RuntimeApi.COLUMN_CODEC, valueType),
                            columnCodec(column), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$T.of($S, $L)", RuntimeApi.COLUMN_CODEC, column.name(), valueCodec)
                    .build());
        }
    }

    /** The name of {@code column}'s codec constant: {@code DUE_AT_COLUMN}. */
    private static String columnCodec(ColumnMapping column) {
        return column.constantName() + "_COLUMN";
    }

    private static void constant(TypeSpec.Builder type, String name, String text) {
        type.addField(FieldSpec.builder(String.class, name, Modifier.STATIC, Modifier.FINAL)
                .initializer("$S", text)
                .build());
    }

    // ---- operations

    private MethodSpec insert() {
        return MethodSpec.methodBuilder("insert")
                .addJavadoc("Inserts {@code entity} and returns the row as stored: generated key, defaults, version "
                        + "and timestamps filled in.\n")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(entityType, "entity")
                .returns(entityType)
                .addStatement("return statements.queryOne($T.WRITE, INSERT, statement -> bindInsert(statement, entity),$W"
                        + "$T::map).orElseThrow()", ACCESS, self)
                .build();
    }

    private MethodSpec insertAll() {
        return MethodSpec.methodBuilder("insertAll")
                .addJavadoc("""
                        Inserts {@code entities} and returns the rows as stored, in the same order: one statement, one
                        round trip, per {@code StatementRunner.INSERT_CHUNK_ROWS} rows; several chunks run in one
                        transaction.
                        """)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(ParameterizedTypeName.get(ClassName.get(Collection.class),
                        WildcardTypeName.subtypeOf(entityType)), "entities")
                .returns(listOf(entityType))
                .addStatement("return statements.insertAll(INSERT_ALL, INSERT_ALL_COLUMNS, entities, $T::insertAllTexts,$W"
                        + "$T::map)", self, self)
                .build();
    }

    private MethodSpec findById() {
        return MethodSpec.methodBuilder("findById")
                .addJavadoc("The entity with key {@code id}, if any.\n")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(idType, "id")
                .returns(optionalOf(entityType))
                .addStatement("return statements.queryOne($T.READ, FIND_BY_ID, statement -> $L,$W$T::map)", ACCESS,
                        set(id, 1, CodeBlock.of("id")), self)
                .build();
    }

    private MethodSpec findAllById() {
        return MethodSpec.methodBuilder("findAllById")
                .addJavadoc("The entities whose key is in {@code ids}, in no particular order: one statement.\n")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(ParameterizedTypeName.get(ClassName.get(Collection.class), idType.box()), "ids")
                .returns(listOf(entityType))
                .addStatement("String[] keys = ids.stream().map($L::text).toArray(String[]::new)", codec(id))
                .addStatement("return statements.queryList($T.READ, FIND_ALL_BY_ID, "
                        + "statement -> $T.STRING_ARRAY.bind(statement, 1, keys),$W$T::map)", ACCESS, CODECS, self)
                .build();
    }

    private MethodSpec existsById() {
        return MethodSpec.methodBuilder("existsById")
                .addJavadoc("Whether a row with key {@code id} exists.\n")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(idType, "id")
                .returns(boolean.class)
                .addStatement("return statements.queryOne($T.READ, EXISTS_BY_ID, statement -> $L, "
                        + "row -> row.getBoolean(1)).orElseThrow()", ACCESS, set(id, 1, CodeBlock.of("id")))
                .build();
    }

    private MethodSpec count() {
        return MethodSpec.methodBuilder("count")
                .addJavadoc("The number of rows.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(long.class)
                .addStatement("return statements.queryLong($T.READ, COUNT, $T.NONE)", ACCESS, BINDER)
                .build();
    }

    private MethodSpec update() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("update")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(entityType, "entity")
                .returns(entityType);
        CodeBlock call = CodeBlock.of("statements.queryOne($T.WRITE, UPDATE, statement -> bindUpdate(statement, entity), "
                + "$T::map)", ACCESS, self);
        if (mapping.version().isPresent()) {
            ColumnMapping version = mapping.version().get();
            return method.addJavadoc("""
                            Writes {@code entity} over the row with its key and version, increments the version and
                            returns the row as stored.

                            @throws $T when no row has that key and version: another writer changed or deleted it
                            """, OPTIMISTIC_LOCK)
                    .addStatement("return $L\n.orElseThrow(() -> new $T($S, entity.$L(), entity.$L()))", call,
                            OPTIMISTIC_LOCK, tableName(), accessor(id), accessor(version))
                    .build();
        }
        return method.addJavadoc("""
                        Writes {@code entity} over the row with its key and returns the row as stored.

                        @throws $T when no row has that key
                        """, NoSuchElementException.class)
                .addStatement("return $L\n.orElseThrow(() -> new $T($S + entity.$L()))", call,
                        NoSuchElementException.class, "No row of " + tableName() + " with id ",
                        accessor(id))
                .build();
    }

    private MethodSpec upsert() {
        return MethodSpec.methodBuilder("upsert")
                .addJavadoc("""
                        Inserts {@code entity}, or when a row with its key exists, writes it over that row
                        ({@code INSERT ... ON CONFLICT DO UPDATE}); returns the row as stored. The key is written as
                        given{@literal ;} the version, when there is one, is not checked but incremented.
                        """)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(entityType, "entity")
                .returns(entityType)
                .addStatement("return statements.queryOne($T.WRITE, UPSERT, statement -> bindUpsert(statement, entity),$W"
                        + "$T::map).orElseThrow()", ACCESS, self)
                .build();
    }

    private MethodSpec deleteById() {
        return MethodSpec.methodBuilder("deleteById")
                .addJavadoc("Deletes the row with key {@code id}; returns whether there was one.\n")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(idType, "id")
                .returns(boolean.class)
                .addStatement("return statements.update(DELETE_BY_ID, statement -> $L) == 1",
                        set(id, 1, CodeBlock.of("id")))
                .build();
    }

    private MethodSpec delete() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("delete")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(entityType, "entity")
                .returns(boolean.class);
        if (mapping.version().isEmpty()) {
            return method.addJavadoc("Deletes the row of {@code entity}; returns whether there was one.\n")
                    .addStatement("return deleteById(entity.$L())", accessor(id))
                    .build();
        }
        ColumnMapping version = mapping.version().get();
        return method.addJavadoc("""
                        Deletes the row of {@code entity} if it still has the entity's version; returns true.

                        @throws $T when no row has that key and version
                        """, OPTIMISTIC_LOCK)
                .addCode(CodeBlock.builder()
                        .add("int deleted = statements.update(DELETE_VERSION, statement -> {\n$>")
                        .addStatement(set(id, 1, CodeBlock.of("entity.$L()", accessor(id))))
                        .addStatement(set(version, 2, CodeBlock.of("entity.$L()", accessor(version))))
                        .add("$<});\n")
                        .build())
                .beginControlFlow("if (deleted == 0)")
                .addStatement("throw new $T($S, entity.$L(), entity.$L())", OPTIMISTIC_LOCK,
                        tableName(), accessor(id), accessor(version))
                .endControlFlow()
                .addStatement("return true")
                .build();
    }

    private record Finder(ColumnMapping column, boolean unique) {}

    /**
     * {@code findBy<Property>} for each property other than the key that is unique on its own (one {@code Optional}
     * result), or is a foreign key or leads an index (a {@code List}).
     */
    private List<Finder> finderProperties() {
        List<Finder> finders = new ArrayList<>();
        for (ColumnMapping column : mapping.columns()) {
            PropertyDescriptor property = column.property();
            if (property.id().isPresent()) {
                continue;
            }
            boolean unique = property.column().unique() || entity.indexes().stream()
                    .anyMatch(index -> index.unique() && index.where().isEmpty()
                            && index.properties().equals(List.of(property.name())));
            boolean leadsIndex = entity.indexes().stream()
                    .map(IndexDescriptor::properties)
                    .anyMatch(properties -> properties.get(0).equals(property.name()));
            if (unique || leadsIndex || property.reference().isPresent()) {
                finders.add(new Finder(column, unique));
            }
        }
        return finders;
    }

    private List<MethodSpec> finders() {
        List<MethodSpec> methods = new ArrayList<>();
        for (Finder finder : finderProperties()) {
            PropertyDescriptor property = finder.column().property();
            String name = "findBy" + capitalized(property.name());
            MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(property.type().javaType(), "value");
            CodeBlock binder = set(finder.column(), 1, CodeBlock.of("value"));
            if (finder.unique()) {
                method.addJavadoc("The entity whose {@code $L} equals {@code value}, if any.\n", property.name())
                        .returns(optionalOf(entityType))
                        .addStatement("return statements.queryOne($T.READ, $L, statement -> $L,$W$T::map)", ACCESS,
                                finderConstant(finder.column()), binder, self);
            } else {
                method.addJavadoc("The entities whose {@code $L} equals {@code value}.\n", property.name())
                        .returns(listOf(entityType))
                        .addStatement("return statements.queryList($T.READ, $L, statement -> $L,$W$T::map)", ACCESS,
                                finderConstant(finder.column()), binder, self);
            }
            methods.add(method.build());
        }
        return methods;
    }

    private static String finderConstant(ColumnMapping column) {
        return "FIND_BY_" + TableClassGenerator.fieldName(column);
    }

    private MethodSpec findPage() {
        return MethodSpec.methodBuilder("findPage")
                .addJavadoc("""
                        The first {@code limit} entities in key order; continue with
                        {@link #findPageAfter} and the last key of this page.
                        """)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(int.class, "limit")
                .returns(listOf(entityType))
                .addStatement("return statements.queryList($T.READ, FIND_PAGE, statement -> statement.setInt(1, limit),$W"
                        + "$T::map)", ACCESS, self)
                .build();
    }

    private MethodSpec findPageAfter() {
        return MethodSpec.methodBuilder("findPageAfter")
                .addJavadoc("""
                        The next {@code limit} entities in key order after the key {@code after} (keyset pagination:
                        an index range scan, never {@code OFFSET}).
                        """)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(idType, "after")
                .addParameter(int.class, "limit")
                .returns(listOf(entityType))
                .addCode(CodeBlock.builder()
                        .add("return statements.queryList($T.READ, FIND_PAGE_AFTER, statement -> {\n$>", ACCESS)
                        .addStatement(set(id, 1, CodeBlock.of("after")))
                        .addStatement("statement.setInt(2, limit)")
                        .add("$<}, $T::map);\n", self)
                        .build())
                .build();
    }

    private MethodSpec streamAll() {
        return MethodSpec.methodBuilder("streamAll")
                .addJavadoc("""
                        Every entity in key order, read lazily through a server-side cursor
                        ({@code StatementRunner.STREAM_FETCH_SIZE} rows per round trip). Close the stream
                        (try-with-resources): outside a transaction it holds a connection until closed.
                        """)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Stream.class), entityType))
                .addStatement("return statements.stream(STREAM_ALL, $T.NONE,$W$T::map)", BINDER, self)
                .build();
    }

    private MethodSpec find() {
        return MethodSpec.methodBuilder("find")
                .addJavadoc("The entities matching {@code condition}, built from the fields of {@link $T}.\n", table)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(CONDITION, "condition")
                .returns(listOf(entityType))
                .addStatement("return statements.fetch(dsl($T.READ).select($T.$L.fields()).from($T.$L).where(condition),$W"
                        + "$T::map)", ACCESS, table, TableClassGenerator.constantName(mapping), table,
                        TableClassGenerator.constantName(mapping), self)
                .build();
    }

    private MethodSpec findOrdered() {
        TypeName orderFields = ParameterizedTypeName.get(ClassName.get(Collection.class),
                WildcardTypeName.subtypeOf(ParameterizedTypeName.get(ORDER_FIELD, WildcardTypeName.subtypeOf(Object.class))));
        String constant = TableClassGenerator.constantName(mapping);
        return MethodSpec.methodBuilder("find")
                .addJavadoc("The first {@code limit} entities matching {@code condition} in the order of {@code orderBy}.\n")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(CONDITION, "condition")
                .addParameter(orderFields, "orderBy")
                .addParameter(int.class, "limit")
                .returns(listOf(entityType))
                .addStatement("return statements.fetch(dsl($T.READ).select($T.$L.fields()).from($T.$L).where(condition)"
                        + "\n.orderBy(orderBy).limit(limit),$W$T::map)", ACCESS, table, constant, table, constant, self)
                .build();
    }

    private MethodSpec countWhere() {
        return MethodSpec.methodBuilder("count")
                .addJavadoc("The number of rows matching {@code condition}.\n")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(CONDITION, "condition")
                .returns(long.class)
                .addStatement("return dsl($T.READ).fetchCount($T.$L, condition)", ACCESS, table,
                        TableClassGenerator.constantName(mapping))
                .build();
    }

    private MethodSpec dsl() {
        return MethodSpec.methodBuilder("dsl")
                .addJavadoc("""
                        A jOOQ context for any other query: it runs on this repository's database, joins the current
                        transaction, and otherwise uses the read pool ({@code READ}) or the primary ({@code WRITE}).
                        """)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(ACCESS, "access")
                .returns(DSL_CONTEXT)
                .addStatement("return statements.dsl(access)")
                .build();
    }

    // ---- mapping and binding

    private MethodSpec map() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("map")
                .addJavadoc("Builds an entity from a row whose columns are in declaration order.\n")
                .addModifiers(Modifier.STATIC)
                .addParameter(RESULT_SET, "row")
                .addException(SQL_EXCEPTION)
                .returns(entityType);
        Instantiation instantiation = entity.instantiation();
        if (instantiation.style() == Instantiation.Style.CONSTRUCTOR) {
            CodeBlock arguments = instantiation.slots().stream()
                    .map(slot -> slot.property().map(name -> get(propertyNamed(name))).orElse(defaultValue(slot.type())))
                    .collect(CodeBlock.joining(",\n"));
            return method.addStatement("return new $T(\n$L)", entityType, arguments).build();
        }
        method.addStatement("$T entity = new $T()", entityType, entityType);
        for (ColumnMapping column : mapping.columns()) {
            method.addStatement("entity.$L($L)", column.property().setterName(), get(column));
        }
        return method.addStatement("return entity").build();
    }

    private MethodSpec bindInsert() {
        return binder("bindInsert", sql.insertParameters(), List.of());
    }

    private MethodSpec bindUpdate() {
        List<ColumnMapping> key = new ArrayList<>(List.of(id));
        mapping.version().ifPresent(key::add);
        return binder("bindUpdate", sql.updateParameters(), key);
    }

    private MethodSpec bindUpsert() {
        return binder("bindUpsert", sql.upsertParameters(), List.of());
    }

    private MethodSpec binder(String name, List<ColumnMapping> columns, List<ColumnMapping> trailing) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(PREPARED_STATEMENT, "statement")
                .addParameter(entityType, "entity")
                .addException(SQL_EXCEPTION);
        int index = 1;
        for (ColumnMapping column : columns) {
            method.addStatement(set(column, index++, CodeBlock.of("entity.$L()", accessor(column))));
        }
        for (ColumnMapping column : trailing) {
            method.addStatement(set(column, index++, CodeBlock.of("entity.$L()", accessor(column))));
        }
        return method.build();
    }

    private MethodSpec insertAllTexts() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("insertAllTexts")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(entityType, "entity")
                .addParameter(ArrayTypeName.of(ArrayTypeName.of(String.class)), "columns")
                .addParameter(int.class, "row");
        int index = 0;
        for (ColumnMapping column : sql.insertParameters()) {
            method.addStatement("columns[$L][row] = $L.text(entity.$L())", index++, codec(column), accessor(column));
        }
        return method.build();
    }

    private CodeBlock set(ColumnMapping column, int index, CodeBlock value) {
        return CodeBlock.of("$L.bind(statement, $L, $L)", codec(column), index, value);
    }

    private CodeBlock get(ColumnMapping column) {
        return CodeBlock.of("$L.read(row, $L)", codec(column), mapping.columns().indexOf(column) + 1);
    }

    /** The codec of {@code column}: the repository's constant for it. */
    private static CodeBlock codec(ColumnMapping column) {
        return CodeBlock.of("$L", columnCodec(column));
    }

    private ColumnMapping propertyNamed(String name) {
        return mapping.column(entity.property(name).orElseThrow());
    }

    private static CodeBlock defaultValue(TypeName type) {
        if (type.equals(TypeName.BOOLEAN)) {
            return CodeBlock.of("false");
        }
        return type.isPrimitive() ? CodeBlock.of("($T) 0", type) : CodeBlock.of("null");
    }

    /** The table as messages name it: qualified only outside the default schema. */
    private String tableName() {
        return mapping.table().name().inDefaultSchema() ? mapping.table().name().name()
                : mapping.table().name().qualified();
    }

    private static String accessor(ColumnMapping column) {
        return column.property().accessor().orElseThrow();
    }

    private static TypeName listOf(TypeName element) {
        return ParameterizedTypeName.get(ClassName.get(List.class), element);
    }

    private static TypeName optionalOf(TypeName element) {
        return ParameterizedTypeName.get(ClassName.get(Optional.class), element);
    }

    private static String capitalized(String name) {
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }
}
