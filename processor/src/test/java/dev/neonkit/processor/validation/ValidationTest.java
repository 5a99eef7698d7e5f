package dev.neonkit.processor.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.neonkit.processor.Compiler;
import dev.neonkit.processor.NeonProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every validation rule: the message, its tag, and the line it points at. */
class ValidationTest {

    private static JavaFileObject source(String qualifiedName, String... lines) {
        return Compiler.source(qualifiedName, lines);
    }

    private static Compilation compile(JavaFileObject... sources) {
        return Compiler.compile(List.of(), List.of(sources));
    }

    @Test
    void validEntityCompilesWithoutErrors() {
        JavaFileObject customer = source("shop.Customer",
                "@NeonEntity",
                "@Index(columns = \"email\", unique = true)",
                "public record Customer(@Id long id, String email, @Nullable String name, @Nullable @CreatedAt Instant at) {}");
        assertThat(compile(customer)).succeeded();
    }

    @Test
    void missingId() {
        JavaFileObject customer = source("shop.Customer",
                "@NeonEntity",
                "public record Customer(String email) {}");
        Compilation compilation = compile(customer);
        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining("[neonkit:missing-id] @NeonEntity Customer has no @Id property")
                .inFile(customer).onLineContaining("public record Customer");
    }

    @Test
    void twoIds() {
        JavaFileObject customer = source("shop.Customer",
                "@NeonEntity",
                "public record Customer(",
                "    @Id long id,",
                "    @Id String code) {}");
        assertThat(compile(customer))
                .hadErrorContaining("[neonkit:duplicate-id] Customer already has @Id 'id'")
                .inFile(customer).onLineContaining("@Id String code");
    }

    @Test
    void unsupportedType() {
        JavaFileObject customer = source("shop.Customer",
                "@NeonEntity",
                "public record Customer(",
                "    @Id long id,",
                "    Map<String, Object> attributes) {}");
        assertThat(compile(customer))
                .hadErrorContaining("[neonkit:unsupported-type] Property 'attributes' of Customer has type "
                        + "Map<String, Object>, which neonkit cannot map to a column. Supported types: boolean/Boolean")
                .inFile(customer).onLineContaining("attributes");
    }

    @Test
    void nullablePrimitiveOnTypeUse() {
        JavaFileObject customer = source("shop.Customer",
                "@NeonEntity",
                "public record Customer(",
                "    @Id long id,",
                "    @Nullable int age) {}");
        assertThat(compile(customer))
                .hadErrorContaining("[neonkit:nullable-primitive] Property 'age' is @Nullable but its type int is primitive")
                .inFile(customer).onLineContaining("int age");
    }

    @Test
    void nullableDeclarationAnnotationFromAnyPackageIsRecognised() {
        JavaFileObject otherNullable = JavaFileObjects.forSourceLines("javax.annotation.Nullable",
                "package javax.annotation;",
                "@java.lang.annotation.Target(java.lang.annotation.ElementType.FIELD)",
                "public @interface Nullable {}");
        JavaFileObject customer = JavaFileObjects.forSourceLines("shop.Customer",
                "package shop;",
                "import dev.neonkit.annotations.*;",
                "@NeonEntity",
                "public class Customer {",
                "  @Id long id;",
                "  @javax.annotation.Nullable long age;",
                "  public Customer(long id, long age) {}",
                "}");
        assertThat(compile(customer, otherNullable))
                .hadErrorContaining("[neonkit:nullable-primitive] Property 'age'")
                .inFile(customer).onLineContaining("long age;");
    }

    @Test
    void nullableApplicationAssignedId() {
        JavaFileObject customer = source("shop.Customer",
                "@NeonEntity",
                "public record Customer(@Id @Nullable String code) {}");
        assertThat(compile(customer))
                .hadErrorContaining("[neonkit:nullable-id] @Id 'code' is @Nullable but the application assigns it")
                .inFile(customer).onLineContaining("String code");
    }

    @Test
    void nullableGeneratedIdAndTimestampsAreAllowed() {
        JavaFileObject customer = source("shop.Customer",
                "@NeonEntity",
                "public record Customer(@Id @Nullable Long id, @Nullable @CreatedAt Instant createdAt,",
                "    @Nullable @UpdatedAt OffsetDateTime updatedAt) {}");
        assertThat(compile(customer)).succeeded();
    }

    @Test
    void idStrategyMismatch() {
        JavaFileObject customer = source("shop.Customer",
                "@NeonEntity",
                "public record Customer(",
                "    @Id(strategy = Id.Strategy.IDENTITY) String code) {}");
        assertThat(compile(customer))
                .hadErrorContaining("[neonkit:id-strategy] @Id(strategy = IDENTITY) needs an int or long property, but "
                        + "'code' is String.")
                .inFile(customer).onLineContaining("String code");
    }

    @Test
    void twoEntitiesOnOneTable() {
        JavaFileObject customer = source("shop.Customer",
                "@NeonEntity",
                "public record Customer(@Id long id) {}");
        JavaFileObject client = source("shop.Client",
                "@NeonEntity(table = \"customer\")",
                "public record Client(@Id long id) {}");
        Compilation compilation = compile(customer, client);
        assertThat(compilation)
                .hadErrorContaining(
                        "[neonkit:duplicate-table] shop.Client and shop.Customer both map to table public.customer.")
                .inFile(customer).onLineContaining("record Customer");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void twoPropertiesOnOneColumn() {
        JavaFileObject customer = source("shop.Customer",
                "@NeonEntity",
                "public record Customer(",
                "    @Id long id,",
                "    String email,",
                "    @Column(name = \"email\") String mail) {}");
        assertThat(compile(customer))
                .hadErrorContaining("[neonkit:duplicate-column] Properties 'email' and 'mail' of Customer both map to column "
                        + "email.")
                .inFile(customer).onLineContaining("String mail");
    }

    @Test
    void identifierLongerThan63Bytes() {
        JavaFileObject customer = source("shop.Customer",
                "@NeonEntity",
                "public record Customer(",
                "    @Id long id,",
                "    String theAddressWhereTheCustomerWantsEveryParcelDeliveredOnWeekdays) {}");
        assertThat(compile(customer))
                .hadErrorContaining("[neonkit:identifier-too-long] Column name "
                        + "the_address_where_the_customer_wants_every_parcel_delivered_on_weekdays of property "
                        + "'theAddressWhereTheCustomerWantsEveryParcelDeliveredOnWeekdays' is 71 bytes; PostgreSQL silently "
                        + "truncates identifiers to 63 bytes.")
                .inFile(customer).onLineContaining("theAddressWhere");
    }

    @Test
    void tableNameLongerThan63Bytes() {
        JavaFileObject customer = source("shop.Customer",
                "@NeonEntity(table = \"customers_of_the_northern_region_who_ordered_more_than_once_in_2024\")",
                "public record Customer(@Id long id) {}");
        assertThat(compile(customer))
                .hadErrorContaining("[neonkit:identifier-too-long] The table name "
                        + "customers_of_the_northern_region_who_ordered_more_than_once_in_2024 of Customer is 67 bytes")
                .inFile(customer).onLineContaining("public record Customer");
    }

    @Test
    void indexNamingAnUnknownProperty() {
        JavaFileObject customer = source("shop.Customer",
                "@NeonEntity",
                "@Index(columns = \"email\")",
                "@Index(columns = {\"id\", \"emial\"}, unique = true)",
                "public record Customer(@Id long id, String email) {}");
        assertThat(compile(customer))
                .hadErrorContaining("[neonkit:unknown-index-property] @Index names 'emial', which is not a persistent property "
                        + "of Customer. @Index(columns) lists Java property names: id, email.")
                .inFile(customer).onLineContaining("\"emial\"");
    }

    @Test
    void referenceToANonEntity() {
        JavaFileObject order = source("shop.PurchaseOrder",
                "@NeonEntity",
                "public record PurchaseOrder(",
                "    @Id long id,",
                "    @References(String.class) long customerId) {}");
        assertThat(compile(order))
                .hadErrorContaining("[neonkit:bad-reference] @References(String.class) on 'customerId': java.lang.String is "
                        + "not a @NeonEntity.")
                .inFile(order).onLineContaining("@References(String.class)");
    }

    @Test
    void referenceWithMismatchedType() {
        JavaFileObject customer = source("shop.Customer",
                "@NeonEntity",
                "public record Customer(@Id UUID id) {}");
        JavaFileObject order = source("shop.PurchaseOrder",
                "@NeonEntity",
                "public record PurchaseOrder(",
                "    @Id long id,",
                "    @References(Customer.class) long customerId) {}");
        assertThat(compile(customer, order))
                .hadErrorContaining("[neonkit:bad-reference] 'customerId' has type long but it references Customer, whose "
                        + "@Id 'id' has type UUID.")
                .inFile(order).onLineContaining("@References(Customer.class)");
    }

    @Test
    void referenceSetNullNeedsNullableProperty() {
        JavaFileObject customer = source("shop.Customer",
                "@NeonEntity",
                "public record Customer(@Id long id) {}");
        JavaFileObject order = source("shop.PurchaseOrder",
                "@NeonEntity",
                "public record PurchaseOrder(",
                "    @Id long id,",
                "    @References(value = Customer.class, onDelete = References.Action.SET_NULL) Long customerId) {}");
        assertThat(compile(customer, order))
                .hadErrorContaining("[neonkit:bad-reference] onDelete = SET_NULL sets 'customerId' to null, so the property "
                        + "must be @Nullable.")
                .inFile(order).onLineContaining("SET_NULL");
    }

    @Test
    void versionOfAnotherType() {
        JavaFileObject customer = source("shop.Customer",
                "@NeonEntity",
                "public record Customer(",
                "    @Id long id,",
                "    @Version String revision) {}");
        assertThat(compile(customer))
                .hadErrorContaining("[neonkit:bad-version] @Version property 'revision' has type String; a version counter "
                        + "must be int or long.")
                .inFile(customer).onLineContaining("String revision");
    }

    @Test
    void twoVersions() {
        JavaFileObject order = source("shop.Order",
                "@NeonEntity",
                "public record Order(",
                "    @Id long id,",
                "    @Version int version,",
                "    @Version long revision) {}");
        assertThat(compile(order))
                .hadErrorContaining("[neonkit:bad-version] Order already has @Version 'version'; an entity has at most one "
                        + "version counter. Remove @Version from 'revision'.")
                .inFile(order).onLineContaining("long revision");
    }

    @Test
    void nullableVersion() {
        JavaFileObject order = source("shop.Order",
                "@NeonEntity",
                "public record Order(",
                "    @Id long id,",
                "    @Version @Nullable Long version) {}");
        assertThat(compile(order))
                .hadErrorContaining("[neonkit:bad-version] @Version property 'version' is @Nullable, but a version counter "
                        + "starts at 0 and is never null.")
                .inFile(order).onLineContaining("Long version");
    }

    @Test
    void createdAtAndUpdatedAtOnOneProperty() {
        JavaFileObject order = source("shop.Order",
                "@NeonEntity",
                "public record Order(",
                "    @Id long id,",
                "    @CreatedAt @UpdatedAt Instant at) {}");
        Compilation compilation = compile(order);
        assertThat(compilation)
                .hadErrorContaining("[neonkit:conflicting-annotations] 'at' is both @CreatedAt and @UpdatedAt, which "
                        + "contradict each other")
                .inFile(order).onLineContaining("Instant at");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void idThatIsAlsoTheVersion() {
        JavaFileObject order = source("shop.Order",
                "@NeonEntity",
                "public record Order(",
                "    @Id @Version long id) {}");
        assertThat(compile(order))
                .hadErrorContaining("[neonkit:conflicting-annotations] 'id' is both @Version and @Id")
                .inFile(order).onLineContaining("long id");
    }

    @Test
    void generatedValueThatIsAlsoAForeignKeyOrJson() {
        JavaFileObject order = source("shop.Order",
                "@NeonEntity",
                "public record Order(",
                "    @Id long id,",
                "    @Version @References(Order.class) long parent,",
                "    @UpdatedAt @Json String touched) {}");
        Compilation compilation = compile(order);
        assertThat(compilation)
                .hadErrorContaining("[neonkit:conflicting-annotations] 'parent' is both @Version and @References")
                .inFile(order).onLineContaining("long parent");
        assertThat(compilation)
                .hadErrorContaining("[neonkit:conflicting-annotations] 'touched' is both @UpdatedAt and @Json")
                .inFile(order).onLineContaining("String touched");
    }

    @Test
    void transientComponentWithColumnAnnotations() {
        JavaFileObject order = source("shop.Order",
                "@NeonEntity",
                "public record Order(",
                "    @Id long id,",
                "    @Transient @Column(name = \"cached\") @Version int cache) {}");
        assertThat(compile(order))
                .hadErrorContaining("[neonkit:conflicting-annotations] 'cache' is @Transient, so it has no column, but it "
                        + "carries @Column, @Version. Remove @Column, @Version, or remove @Transient to make it a column.")
                .inFile(order).onLineContaining("int cache");
    }

    @Test
    void transientFieldWithColumnAnnotations() {
        JavaFileObject order = source("shop.Order",
                "@NeonEntity",
                "public class Order {",
                "  @Id private long id;",
                "  @CreatedAt private transient Instant loadedAt;",
                "  public Order(long id) { this.id = id; }",
                "  public long getId() { return id; }",
                "}");
        assertThat(compile(order))
                .hadErrorContaining("[neonkit:conflicting-annotations] 'loadedAt' is transient, so it has no column, but "
                        + "it carries @CreatedAt.")
                .inFile(order).onLineContaining("Instant loadedAt");
    }

    @Test
    void typeUseNullableOnAPrimitiveArraysElementIsAWarning() {
        JavaFileObject file = JavaFileObjects.forSourceLines("shop.File",
                "package shop;",
                "import dev.neonkit.annotations.*;",
                "import org.acme.Nullable;",
                "@NeonEntity",
                "public record File(",
                "    @Id long id,",
                "    @Nullable byte[] blob,",
                "    byte @Nullable [] thumbnail) {}");
        Compilation compilation = javac().withProcessors(new NeonProcessor()).compile(file, Compiler.TYPE_USE_NULLABLE);
        assertThat(compilation).succeeded();
        assertThat(compilation)
                .hadWarningContaining("[neonkit:nullable-primitive] The @Nullable on 'blob' annotates the element type of "
                        + "byte[], and a primitive element is never null; the column is NOT NULL. For a nullable column "
                        + "write the type-use annotation before the brackets: byte @Nullable [].")
                .inFile(file).onLineContaining("byte[] blob");
        assertThat(compilation).hadWarningCount(1);
    }

    @Test
    void timestampOfAnotherType() {
        JavaFileObject customer = source("shop.Customer",
                "@NeonEntity",
                "public record Customer(",
                "    @Id long id,",
                "    @CreatedAt LocalDate created) {}");
        assertThat(compile(customer))
                .hadErrorContaining("[neonkit:bad-timestamp] @CreatedAt property 'created' has type LocalDate; it must be "
                        + "Instant or OffsetDateTime.")
                .inFile(customer).onLineContaining("LocalDate created");
    }

    @Test
    void jsonOnANonString() {
        JavaFileObject customer = source("shop.Customer",
                "@NeonEntity",
                "public record Customer(",
                "    @Id long id,",
                "    @Json byte[] settings) {}");
        assertThat(compile(customer))
                .hadErrorContaining("[neonkit:bad-json] @Json property 'settings' has type byte[]")
                .inFile(customer).onLineContaining("byte[] settings");
    }

    @Test
    void columnLengthOnANonString() {
        JavaFileObject customer = source("shop.Customer",
                "@NeonEntity",
                "public record Customer(",
                "    @Id long id,",
                "    @Column(length = 10) long points) {}");
        assertThat(compile(customer))
                .hadErrorContaining("[neonkit:bad-column] @Column(length) applies to String properties, but 'points' is long.")
                .inFile(customer).onLineContaining("long points");
    }

    @Test
    void checkThatWouldEndItsStatement() {
        JavaFileObject customer = source("shop.Customer",
                "@NeonEntity",
                "public record Customer(",
                "    @Id long id,",
                "    @Column(check = \"points > 0); DROP TABLE customer; SELECT (1\") long points) {}");
        Compilation compilation = compile(customer);
        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining("[neonkit:bad-sql-expression] @Column(check) of 'points' is not a single SQL"
                        + " expression: a ) closes a parenthesis that was never opened. It is written into a migration"
                        + " statement, so write only the expression")
                .inFile(customer).onLineContaining("long points");
    }

    @Test
    void defaultWithAFlywayPlaceholder() {
        JavaFileObject customer = source("shop.Customer",
                "@NeonEntity",
                "public record Customer(",
                "    @Id long id,",
                "    @Column(defaultSql = \"'${region}'\") String region) {}");
        assertThat(compile(customer))
                .hadErrorContaining("[neonkit:bad-sql-expression] @Column(defaultSql) of 'region' is not a single SQL"
                        + " expression: it contains ${, which Flyway would replace as a placeholder")
                .inFile(customer).onLineContaining("String region");
    }

    @Test
    void partialIndexPredicateWithAComment() {
        JavaFileObject customer = source("shop.Customer",
                "@NeonEntity",
                "@Index(columns = \"email\", where = \"email IS NOT NULL -- only set ones\")",
                "public record Customer(@Id long id, @Nullable String email) {}");
        assertThat(compile(customer))
                .hadErrorContaining("[neonkit:bad-sql-expression] @Index(where) on Customer is not a single SQL"
                        + " expression: it contains a comment (--)")
                .inFile(customer).onLineContaining("@Index(columns = \"email\"");
    }

    @Test
    void abstractEntity() {
        JavaFileObject customer = source("shop.Customer",
                "@NeonEntity",
                "public abstract class Customer {",
                "  @Id long id;",
                "}");
        assertThat(compile(customer))
                .hadErrorContaining("[neonkit:entity-shape] @NeonEntity Customer is abstract")
                .inFile(customer).onLineContaining("abstract class Customer");
    }

    @Test
    void genericEntity() {
        JavaFileObject holder = source("shop.Holder",
                "@NeonEntity",
                "public record Holder<T>(@Id long id) {}");
        assertThat(compile(holder))
                .hadErrorContaining("[neonkit:entity-shape] @NeonEntity Holder declares type parameters")
                .inFile(holder).onLineContaining("record Holder<T>");
    }

    @Test
    void innerClassEntity() {
        JavaFileObject outer = source("shop.Outer",
                "public class Outer {",
                "  @NeonEntity",
                "  public class Inner {",
                "    @Id long id;",
                "    public Inner(long id) { this.id = id; }",
                "  }",
                "}");
        assertThat(compile(outer))
                .hadErrorContaining("[neonkit:entity-shape] @NeonEntity Inner is an inner class")
                .inFile(outer).onLineContaining("public class Inner");
    }

    @Test
    void staticNestedRecordIsFine() {
        JavaFileObject outer = source("shop.Outer",
                "public class Outer {",
                "  @NeonEntity",
                "  public record Nested(@Id long id) {}",
                "}");
        assertThat(compile(outer)).succeeded();
    }

    @Test
    void classWithoutUsableConstructor() {
        JavaFileObject customer = source("shop.Customer",
                "@NeonEntity",
                "public class Customer {",
                "  @Id long id;",
                "  String email;",
                "  public Customer(String email, long id) {}",
                "}");
        assertThat(compile(customer))
                .hadErrorContaining("[neonkit:no-constructor] Class Customer cannot be built from its columns. Add a "
                        + "constructor Customer(long id, String email), or a no-argument constructor and a setter for each "
                        + "property.")
                .inFile(customer).onLineContaining("public class Customer");
    }

    @Test
    void classWithNoArgConstructorAndSetters() {
        JavaFileObject customer = source("shop.Customer",
                "@NeonEntity",
                "public class Customer {",
                "  @Id private long id;",
                "  private String email;",
                "  private transient int cachedHash;",
                "  public void setId(long id) { this.id = id; }",
                "  public void setEmail(String email) { this.email = email; }",
                "  public long getId() { return id; }",
                "  public String getEmail() { return email; }",
                "}");
        assertThat(compile(customer)).succeeded();
    }

    @Test
    void classPropertyWithoutAccessor() {
        JavaFileObject customer = source("shop.Customer",
                "@NeonEntity",
                "public class Customer {",
                "  @Id private long id;",
                "  private String email;",
                "  public Customer(long id, String email) { this.id = id; this.email = email; }",
                "  public long id() { return id; }",
                "  private String getEmail() { return email; }",
                "}");
        assertThat(compile(customer))
                .hadErrorContaining("[neonkit:no-accessor] Repositories cannot read 'email' of Customer. Add a "
                        + "non-private method email() or getEmail() returning it.")
                .inFile(customer).onLineContaining("private String email;");
    }

    @Test
    void classMissingOneSetter() {
        JavaFileObject customer = source("shop.Customer",
                "@NeonEntity",
                "public class Customer {",
                "  @Id private long id;",
                "  private String email;",
                "  public Customer() {}",
                "  public void setId(long id) { this.id = id; }",
                "}");
        assertThat(compile(customer))
                .hadErrorContaining("[neonkit:no-constructor]")
                .inFile(customer).onLineContaining("public class Customer");
    }

    @Test
    void enumWithoutConstants() {
        JavaFileObject status = JavaFileObjects.forSourceLines("shop.Status", "package shop;", "public enum Status {}");
        JavaFileObject customer = source("shop.Customer",
                "@NeonEntity",
                "public record Customer(",
                "    @Id long id,",
                "    Status status) {}");
        assertThat(compile(customer, status))
                .hadErrorContaining("[neonkit:empty-enum] Property 'status' has enum type Status, which declares no constants")
                .inFile(customer).onLineContaining("Status status");
    }

    @Test
    void oneBadEntityDoesNotHideAnother() {
        JavaFileObject customer = source("shop.Customer",
                "@NeonEntity",
                "public record Customer(String email) {}");
        JavaFileObject order = source("shop.PurchaseOrder",
                "@NeonEntity",
                "public record PurchaseOrder(@Id long id, Object payload) {}");
        Compilation compilation = compile(customer, order);
        assertThat(compilation).hadErrorContaining("[neonkit:missing-id]").inFile(customer)
                .onLineContaining("record Customer");
        assertThat(compilation).hadErrorContaining("[neonkit:unsupported-type]").inFile(order)
                .onLineContaining("record PurchaseOrder");
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void transientPropertiesAreIgnored() {
        JavaFileObject customer = source("shop.Customer",
                "@NeonEntity",
                "public record Customer(@Id long id, @Transient Object cache) {}");
        assertThat(compile(customer)).succeeded();
    }

    @Test
    void unreadableColumnTypeIsReportedOnTheEntity() {
        JavaFileObject customer = source("shop.Customer",
                "@NeonEntity",
                "public record Customer(@Id long id, @Column(type = \"varchar(\") String email) {}");
        assertThat(compile(customer))
                .hadErrorContaining("[neonkit:invalid-schema] @Column(type) of 'email': ")
                .inFile(customer).onLineContaining("public record Customer");
    }

    @Test
    void entityGeneratedAfterNeonkitRanIsAnError() {
        JavaFileObject customer = source("shop.Customer",
                "@NeonEntity",
                "public record Customer(@Id long id) {}");
        Compilation compilation = javac()
                .withProcessors(new NeonProcessor(), new LateEntityGenerator())
                .compile(customer, Compiler.NULLABLE);
        assertThat(compilation)
                .hadErrorContaining("[neonkit:late-entity] @NeonEntity Late was generated by another annotation processor "
                        + "after neonkit read the entities.");
    }

    /** Another processor that writes an entity in the first round, so it only appears in the second. */
    private static final class LateEntityGenerator extends AbstractProcessor {
        private boolean generated;

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!generated) {
                generated = true;
                try (Writer writer = processingEnv.getFiler().createSourceFile("shop.Late").openWriter()) {
                    writer.write("package shop; @dev.neonkit.annotations.NeonEntity public record Late("
                            + "@dev.neonkit.annotations.Id long id) {}");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }
}
