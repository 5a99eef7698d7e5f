package dev.neonkit.repositorytest;

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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A record using every mapped type, non-null and nullable: a generated UUID key, a nullable foreign key, a unique
 * and an indexed property, a version, timestamps and a transient component.
 */
@NeonEntity
@Index(columns = "category")
public record Sample(
        @Id @Nullable UUID id,
        @References(Owner.class) @Nullable Long ownerId,
        @Column(unique = true, length = 40) String code,
        String title,
        @Nullable String note,
        Category category,
        @Nullable Category previousCategory,
        boolean active,
        @Nullable Boolean flagged,
        short level,
        @Nullable Short bonusLevel,
        int rank,
        @Nullable Integer bonus,
        long views,
        @Nullable Long likes,
        float ratio,
        @Nullable Float share,
        double weight,
        @Nullable Double score,
        @Column(precision = 12, scale = 3) BigDecimal price,
        @Nullable BigDecimal discount,
        @Json String attributes,
        @Json @Nullable String extra,
        byte @Nullable [] payload,
        LocalDate day,
        @Nullable LocalTime time,
        @Nullable LocalDateTime localStamp,
        Instant happenedAt,
        @Nullable OffsetDateTime confirmedAt,
        String[] labels,
        List<String> aliases,
        long[] counters,
        List<Long> refs,
        int[] slots,
        @Nullable List<Integer> marks,
        @Version int version,
        @CreatedAt @Nullable Instant createdAt,
        @UpdatedAt @Nullable Instant updatedAt,
        @Transient @Nullable String scratch) {}
