package dev.neonkit.processor.generation;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.neonkit.processor.NeonProcessor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Column names that collide with or shadow generated names still give a table and repository that compile. */
class GeneratedNamesTest {

    /** Twenty hostile names: the table's own, two columns on one Java name, SQL words, generated members. */
    private static final JavaFileObject NOTE = JavaFileObjects.forSourceLines("shop.Note",
            "package shop;",
            "import dev.neonkit.annotations.*;",
            "@NeonEntity",
            "public record Note(",
            "    @Id long id,",
            "    String note,",
            "    @Column(name = \"a_b\") String underscored,",
            "    @Column(name = \"a-b\") String dashed,",
            "    @Column(name = \"dsl\") String dsl,",
            "    @Column(name = \"_\") String underscore,",
            "    @Column(name = \"1st\") String first,",
            "    @Column(name = \"class\") String klass,",
            "    long count,",
            "    String find,",
            "    String map,",
            "    String insert,",
            "    String update,",
            "    String delete,",
            "    String select,",
            "    String order,",
            "    String user,",
            "    @Column(name = \"insert_all_columns\") int insertAllColumns,",
            "    @Column(name = \"generated_code_api\") int generatedCodeApi,",
            "    @Column(name = \"find_by_id\", unique = true) String findById,",
            "    @Column(name = \"id_column\") String idColumn,",
            "    String statements) {}");

    /** Uses every column field and the repository, so the names users reach are checked by javac too. */
    private static final JavaFileObject USE = JavaFileObjects.forSourceLines("shop.UseNote",
            "package shop;",
            "import java.util.List;",
            "import org.jooq.Field;",
            "final class UseNote {",
            "    static final List<Field<?>> FIELDS = List.of(NoteTable.NOTE.ID, NoteTable.NOTE.NOTE_,",
            "        NoteTable.NOTE.A_B, NoteTable.NOTE.A_B_, NoteTable.NOTE.DSL_, NoteTable.NOTE.__,",
            "        NoteTable.NOTE._1ST, NoteTable.NOTE.CLASS, NoteTable.NOTE.COUNT, NoteTable.NOTE.FIND,",
            "        NoteTable.NOTE.MAP, NoteTable.NOTE.INSERT, NoteTable.NOTE.UPDATE, NoteTable.NOTE.DELETE,",
            "        NoteTable.NOTE.SELECT, NoteTable.NOTE.ORDER, NoteTable.NOTE.USER,",
            "        NoteTable.NOTE.INSERT_ALL_COLUMNS, NoteTable.NOTE.GENERATED_CODE_API,",
            "        NoteTable.NOTE.FIND_BY_ID, NoteTable.NOTE.ID_COLUMN, NoteTable.NOTE.STATEMENTS);",
            "    static long count(NoteRepository notes) {",
            "        return notes.count() + notes.count(NoteTable.NOTE.NOTE_.eq(\"x\"))",
            "            + notes.findById(1L).map(Note::count).orElse(0L)",
            "            + notes.findByFindById(\"x\").map(Note::count).orElse(0L);",
            "    }",
            "    private UseNote() {}",
            "}");

    @Test
    void hostileColumnNamesCompileWithXlintAllAndWerror() {
        Compilation compilation = javac().withProcessors(new NeonProcessor())
                .withOptions("-Xlint:all", "-Werror").compile(NOTE, USE);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(0);
        assertThat(compilation).generatedSourceFile("shop.NoteTable").contentsAsUtf8String()
                .contains("public final TableField<Record, String> NOTE_ = createField(DSL.name(\"note\")");
        assertThat(compilation).generatedSourceFile("shop.NoteTable").contentsAsUtf8String()
                .contains("public final TableField<Record, String> A_B_ = createField(DSL.name(\"a-b\")");
        assertThat(compilation).generatedSourceFile("shop.NoteRepository").contentsAsUtf8String()
                .contains("A_B__COLUMN = ColumnCodec.of(\"a-b\", ValueCodecs.STRING)");
    }

    @Test
    void tableNamedLikeTheDslClassKeepsItsConstantApart() {
        JavaFileObject dsl = JavaFileObjects.forSourceLines("shop.Dsl",
                "package shop;",
                "import dev.neonkit.annotations.*;",
                "@NeonEntity",
                "public record Dsl(@Id long id, String dsl) {}");
        Compilation compilation = javac().withProcessors(new NeonProcessor())
                .withOptions("-Xlint:all", "-Werror").compile(dsl);
        assertThat(compilation).succeeded();
        assertThat(compilation).generatedSourceFile("shop.DslTable").contentsAsUtf8String()
                .contains("public static final DslTable DSL_ = new DslTable();");
        assertThat(compilation).generatedSourceFile("shop.DslTable").contentsAsUtf8String()
                .contains("public final TableField<Record, String> DSL__ = ");
    }
}
