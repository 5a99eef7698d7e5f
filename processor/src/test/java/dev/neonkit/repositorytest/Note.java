package dev.neonkit.repositorytest;

import dev.neonkit.annotations.Column;
import dev.neonkit.annotations.Id;
import dev.neonkit.annotations.NeonEntity;
import dev.neonkit.annotations.Version;

/**
 * Names that collide in generated code or in SQL: the table's own name, two columns on one Java name, SQL keywords, a
 * leading digit, {@code _}, a repository method's name.
 */
@NeonEntity
public record Note(
        @Id @Nullable Long id,
        String note,
        @Column(name = "a_b") String underscored,
        @Column(name = "a-b") String dashed,
        @Column(name = "select", unique = true) String select,
        String order,
        String user,
        @Column(name = "1st") int first,
        @Column(name = "_") @Nullable String underscore,
        long count,
        @Version long version) {

    static Note of(String text) {
        return new Note(null, text, text + "_", text + "-", "select " + text, "order", "user", 1, null, 0, 0);
    }

    Note withNote(String value) {
        return new Note(id, value, underscored, dashed, select, order, user, first, underscore, count, version);
    }
}
