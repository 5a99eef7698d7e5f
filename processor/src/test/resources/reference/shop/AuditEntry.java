package shop;

import dev.neonkit.annotations.Id;
import dev.neonkit.annotations.NeonEntity;
import dev.neonkit.annotations.RenamedFrom;
import java.time.Instant;
import org.acme.Nullable;

/** Reference model: a class with a no-argument constructor, setters and getters, an explicit identity key, and a
 * table rename hint. */
@NeonEntity
@RenamedFrom("audit_log")
public class AuditEntry {
    @Id(strategy = Id.Strategy.IDENTITY) private @Nullable Integer id;
    private String action;
    private Instant at;

    public AuditEntry() {}

    public @Nullable Integer getId() {
        return id;
    }

    public String getAction() {
        return action;
    }

    public Instant getAt() {
        return at;
    }

    public void setId(@Nullable Integer id) {
        this.id = id;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public void setAt(Instant at) {
        this.at = at;
    }
}
