package shop.geo;

import dev.neonkit.annotations.Column;
import dev.neonkit.annotations.Id;
import dev.neonkit.annotations.NeonEntity;
import dev.neonkit.annotations.RenamedFrom;
import dev.neonkit.annotations.Transient;
import org.acme.Nullable;

/**
 * Reference model: a class (not a record) with an application-assigned key, built through its constructor, in a
 * sub-package (so {@code NeonkitSchema} lands in {@code shop}).
 */
@NeonEntity
public class Country {
    @Id private final String isoCode;
    @Column(unique = true) private final String name;
    @Nullable @RenamedFrom("dial_code") private final String callingCode;
    @Transient private String displayLabel;

    public Country(String isoCode, String name, @Nullable String callingCode) {
        this.isoCode = isoCode;
        this.name = name;
        this.callingCode = callingCode;
    }

    public String isoCode() {
        return isoCode;
    }

    public String name() {
        return name;
    }

    public @Nullable String callingCode() {
        return callingCode;
    }
}
