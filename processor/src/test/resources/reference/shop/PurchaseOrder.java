package shop;

import dev.neonkit.annotations.Column;
import dev.neonkit.annotations.CreatedAt;
import dev.neonkit.annotations.Id;
import dev.neonkit.annotations.Index;
import dev.neonkit.annotations.Json;
import dev.neonkit.annotations.NeonEntity;
import dev.neonkit.annotations.References;
import dev.neonkit.annotations.Transient;
import dev.neonkit.annotations.UpdatedAt;
import dev.neonkit.annotations.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.acme.Nullable;

/** Reference model: a UUID key, a foreign key, an enum, JSON, arrays, timestamps and a version. */
@NeonEntity
@Index(columns = {"customerId", "placedAt"})
@Index(name = "purchase_order_open_idx", columns = "status", where = "status <> 'DELIVERED'")
public record PurchaseOrder(
    @Id @Nullable UUID id,
    @References(value = Customer.class, onDelete = References.Action.CASCADE) long customerId,
    Status status,
    @Column(precision = 12, scale = 2, check = "total >= 0") BigDecimal total,
    @Json @Nullable String details,
    List<String> tags,
    long[] lineIds,
    List<Integer> quantities,
    @Version int version,
    @Nullable @CreatedAt Instant placedAt,
    @Nullable @UpdatedAt OffsetDateTime updatedAt,
    @Transient @Nullable Object cachedTotals) {}
