package dev.neonkit.processor.mapping;

import com.palantir.javapoet.TypeName;
import dev.neonkit.schema.model.ColumnType;
import java.util.Objects;

/**
 * One row of {@link TypeMappings}: what a property becomes in the database, in jOOQ and in the runtime.
 *
 * @param sqlType   its column type: {@code @Column(type)} as written, else the default of its kind
 * @param jooqType  the {@code org.jooq.impl.SQLDataType} constant of its jOOQ field (of the element, for arrays)
 * @param jooqArray whether the field's type is {@code jooqType.array()}
 * @param jooqValue the Java type of the field's values
 * @param codec     the runtime codec that binds it, reads it and writes it as text
 */
public record TypeMapping(ColumnType sqlType, String jooqType, boolean jooqArray, TypeName jooqValue,
                          ValueCodecRef codec) {

    public TypeMapping {
        Objects.requireNonNull(sqlType, "sqlType");
        Objects.requireNonNull(jooqType, "jooqType");
        Objects.requireNonNull(jooqValue, "jooqValue");
        Objects.requireNonNull(codec, "codec");
    }
}
